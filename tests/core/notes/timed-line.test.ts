import { describe, expect, it } from "vitest";
import {
  fastTimedLine,
  linkTarget,
  linkTo,
  newEntryId,
  parseTimedLine,
  sanitizeInline,
  serializeTimedLine,
  type LineResult,
  type TimedLine,
} from "../../../src/core/notes/timed-line";

const at = (iso: string) => Date.parse(iso);

function timed(raw: string): TimedLine {
  const r = parseTimedLine(raw);
  if (r.kind !== "timed") throw new Error(`not timed: ${JSON.stringify(r)}`);
  return r.line;
}

describe("parseTimedLine: the examples of docs/vault-format.md", () => {
  it("a finished entry with a task link and an id", () => {
    expect(
      timed(
        "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:30+07:00] [task:: [[Newsletter]]] Drafted the November issue ^cd-k3j9x2ma",
      ),
    ).toEqual({
      start: at("2026-11-23T02:00:00Z"),
      startOffset: 420,
      end: at("2026-11-23T03:30:00Z"),
      endOffset: 420,
      task: "[[Newsletter]]",
      client: null,
      device: null,
      text: "Drafted the November issue",
      billable: true,
      id: "cd-k3j9x2ma",
    });
  });

  it("a non-billable entry with seconds", () => {
    const l = timed(
      "- [start:: 2026-11-23T13:05:30+07:00] [end:: 2026-11-23T13:20+07:00] Inbox triage #non-billable ^cd-0b7q1zpe",
    );
    expect(l.billable).toBe(false);
    expect(l.text).toBe("Inbox triage");
    expect(l.end! - l.start).toBe(14.5 * 60_000);
    expect(l.id).toBe("cd-0b7q1zpe");
  });

  it("a running entry with its device", () => {
    const l = timed("- [start:: 2026-11-24T08:58+07:00] [device:: Linh's phone] Order follow-ups ^cd-m2r8v0c4");
    expect(l.end).toBeNull();
    expect(l.endOffset).toBeNull();
    expect(l.device).toBe("Linh's phone");
    expect(l.text).toBe("Order follow-ups");
  });

  it("a plan block with its client", () => {
    const l = timed(
      "- [start:: 2026-11-23T08:00+07:00] [end:: 2026-11-23T09:30+07:00] [client:: [[Harbour Goods]]] Product uploads ^cd-p4n1x7aa",
    );
    expect(l.client).toBe("[[Harbour Goods]]");
    expect(l.text).toBe("Product uploads");
  });
});

describe("parseTimedLine: grammar", () => {
  it("fields come in any order, spacing as typed, other list markers and indentation", () => {
    const a = timed("- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] [task:: Inbox] x ^cd-aaaaaaaa");
    const b = timed("  *   [task::Inbox]  x [end::2026-11-23T10:00+07:00][start::   2026-11-23T09:00+07:00 ]   ^cd-aaaaaaaa  ");
    expect(b).toEqual(a);
    expect(timed("+ [start:: 2026-11-23T09:00+07:00] x").text).toBe("x");
  });

  it("the tag #non-billable anywhere in the text makes the entry non-billable", () => {
    const l = timed("- #non-billable [start:: 2026-11-23T09:00+07:00] setup call ^cd-aaaaaaaa");
    expect(l.billable).toBe(false);
    expect(l.text).toBe("setup call");
    const mid = timed("- [start:: 2026-11-23T09:00+07:00] call #non-billable with Mia");
    expect(mid.billable).toBe(false);
    expect(mid.text).toBe("call with Mia");
  });

  it("a longer tag or a tag glued to a word is not #non-billable", () => {
    expect(timed("- [start:: 2026-11-23T09:00+07:00] call #non-billable-later").billable).toBe(true);
    expect(timed("- [start:: 2026-11-23T09:00+07:00] call x#non-billable").billable).toBe(true);
  });

  it("unknown fields and other links stay in the text", () => {
    const l = timed("- [start:: 2026-11-23T09:00+07:00] [mood:: good] see [[Brief]] and #tag ^cd-aaaaaaaa");
    expect(l.text).toBe("[mood:: good] see [[Brief]] and #tag");
  });

  it("a task as text, or a link with an alias", () => {
    expect(timed("- [start:: 2026-11-23T09:00+07:00] [task:: Inbox zero]").task).toBe("Inbox zero");
    expect(timed("- [start:: 2026-11-23T09:00+07:00] [task:: [[Tasks/Inbox|Inbox]]]").task).toBe("[[Tasks/Inbox|Inbox]]");
  });

  it("an empty end or task field is the same as none", () => {
    const l = timed("- [start:: 2026-11-23T09:00+07:00] [end:: ] [task::] x");
    expect(l.end).toBeNull();
    expect(l.task).toBeNull();
  });

  it("a line without an id has a null id; a caret inside the text is not an id", () => {
    expect(timed("- [start:: 2026-11-23T09:00+07:00] x").id).toBeNull();
    expect(timed("- [start:: 2026-11-23T09:00+07:00] 2^10 items").id).toBeNull();
  });

  it.each<[string, LineResult["kind"]]>([
    ["", "other"],
    ["# Heading", "other"],
    ["A paragraph [start:: 2026-11-23T09:00+07:00]", "other"],
    ["-[start:: 2026-11-23T09:00+07:00]", "other"],
    ["- worked 2h", "freehand"],
    ["- [ ] call the bank", "freehand"],
  ])("%j is %s", (raw, kind) => {
    expect(parseTimedLine(raw).kind).toBe(kind);
  });

  it.each<[string, string, string | undefined]>([
    ["- [start:: 2026-02-30T09:00+07:00] x", "entry-time-invalid", "start"],
    ["- [start:: 2026-11-23 09:00] x", "entry-time-invalid", "start"],
    ["- [start:: 2026-11-23T09:00+07:00] [end:: 25:00] x", "entry-time-invalid", "end"],
    ["- [start:: 2026-11-23T10:00+07:00] [end:: 2026-11-23T09:00+07:00] x", "entry-end-before-start", "end"],
    ["- [start:: 2026-11-23T10:00+07:00] [end:: 2026-11-23T10:00+07:00] x", "entry-end-before-start", "end"],
    // Same instant written with two offsets: still not after the start.
    ["- [start:: 2026-11-23T10:00+07:00] [end:: 2026-11-23T03:00Z] x", "entry-end-before-start", "end"],
    ["- [start:: 2026-11-23T09:00+07:00] [start:: 2026-11-23T10:00+07:00] x", "entry-malformed", "start"],
    ["- [start:: 2026-11-23T09:00+07:00] [task:: a] [task:: b]", "entry-malformed", "task"],
    ["- [start:: 2026-11-23T09:00+07:00 unclosed", "entry-malformed", "start"],
  ])("%j is bad: %s (%s)", (raw, code, field) => {
    const r = parseTimedLine(raw);
    expect(r).toMatchObject({ kind: "bad", code, field });
  });

  // A typo in a field must never leave a line that reads as a running timer.
  it.each<[string, string]>([
    ["- [start:: 2026-11-23T09:00+07:00] [End:: 2026-11-23T10:00+07:00] x ^cd-a", "end"],
    ["- [start:: 2026-11-23T09:00+07:00] [END::2026-11-23T10:00+07:00] x", "end"],
    ["- [start:: 2026-11-23T09:00+07:00] [end: 2026-11-23T10:00+07:00] x", "end"],
    ["- [start:: 2026-11-23T09:00+07:00] [ end:: 2026-11-23T10:00+07:00] x", "end"],
    ["- [start:: 2026-11-23T09:00+07:00] [end :: 2026-11-23T10:00+07:00] x", "end"],
    ["- [start:: 2026-11-23T09:00+07:00] (end:: 2026-11-23T10:00+07:00) x", "end"],
    ["- [start:: 2026-11-23T09:00+07:00] end:: 2026-11-23T10:00+07:00 x", "end"],
    ["- [start:: 2026-11-23T09:00+07:00] x [end:: 2026-11-23T10:00+07:00", "end"],
    ["- [start:: 2026-11-23T09:00+07:00] [Task:: Inbox] x", "task"],
    ["- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] [device: Mac] x", "device"],
    ["- [Start:: 2026-11-23T09:00+07:00] x ^cd-a", "start"],
    ["- [start: 2026-11-23T09:00+07:00] x", "start"],
    ["- start:: 2026-11-23T09:00+07:00 x", "start"],
  ])("%j is refused: a mistyped %s field", (raw, field) => {
    expect(parseTimedLine(raw)).toMatchObject({ kind: "bad", code: "entry-near-miss", field });
    // The fast scanner hands such lines to the full parser (it never reads them itself).
    expect(fastTimedLine(raw)).toBeNull();
  });

  it.each([
    "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] Deadline: end of the month",
    "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] Task list for the weekend: done",
    "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] (start: slow) backend::api",
    "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] [[Client notes]]: end of year, start: Monday",
  ])("%j is read: prose with a colon is not a mistyped field", (raw) => {
    expect(parseTimedLine(raw).kind).toBe("timed");
  });

  it("a list item with a block id but no start is refused, not taken as prose", () => {
    expect(parseTimedLine("- worked on the newsletter ^cd-abc12345")).toMatchObject({ kind: "bad", code: "entry-malformed", field: "start" });
  });

  it("reports the offending value", () => {
    expect(parseTimedLine("- [start:: 2026-02-30T09:00+07:00] x")).toEqual({
      kind: "bad",
      code: "entry-time-invalid",
      field: "start",
      value: "2026-02-30T09:00+07:00",
    });
  });

  it("a long line of blanks after [start:: without its ] is read in one pass", () => {
    // The old field pattern backtracked cubically here (seconds for a few thousand blanks).
    const r = parseTimedLine(`- [start::${" ".repeat(20_000)}x`);
    expect(r).toMatchObject({ kind: "bad", code: "entry-malformed", field: "start" });
    const tabs = parseTimedLine(`- [start:: 2026-11-23T09:00+07:00] [task:: a${" \t".repeat(10_000)}x`);
    expect(tabs).toMatchObject({ kind: "bad", code: "entry-near-miss", field: "task" });
  });
});

describe("serializeTimedLine", () => {
  it("writes the canonical line", () => {
    const line: TimedLine = {
      start: at("2026-11-23T02:00:00Z"),
      startOffset: 420,
      end: at("2026-11-23T03:30:00Z"),
      endOffset: 420,
      task: "[[Newsletter]]",
      client: "[[Harbour Goods]]",
      device: "Linh's laptop",
      text: "Drafted the issue",
      billable: false,
      id: "cd-k3j9x2ma",
    };
    expect(serializeTimedLine(line)).toBe(
      "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:30+07:00] [client:: [[Harbour Goods]]] [task:: [[Newsletter]]] [device:: Linh's laptop] Drafted the issue #non-billable ^cd-k3j9x2ma",
    );
  });

  it("a running entry with nothing else is just its start", () => {
    expect(
      serializeTimedLine({
        start: at("2026-11-23T02:00:00Z"),
        startOffset: 420,
        end: null,
        endOffset: null,
        task: null,
        client: null,
        device: null,
        text: "",
        billable: true,
        id: null,
      }),
    ).toBe("- [start:: 2026-11-23T09:00+07:00]");
  });
});

describe("helpers", () => {
  it("sanitizeInline removes line breaks and brackets", () => {
    expect(sanitizeInline(" a\r\nb [x] ")).toBe("a b (x)");
  });

  it("linkTo drops characters that break a link", () => {
    expect(linkTo("Harbour Goods")).toBe("[[Harbour Goods]]");
    expect(linkTo("a[b]|c#d^e")).toBe("[[abcde]]");
  });

  it.each([
    ["[[Harbour Goods]]", "Harbour Goods"],
    ["[[Harbour Goods|HG]]", "Harbour Goods"],
    ["[[Harbour Goods#Notes]]", "Harbour Goods"],
    [" Harbour Goods ", "Harbour Goods"],
    ["[[ Harbour Goods ]]", "Harbour Goods"],
  ])("linkTarget(%j) is %j", (value, target) => {
    expect(linkTarget(value)).toBe(target);
  });

  it("newEntryId makes cd- and 8 lowercase letters or digits, from the injected random", () => {
    let i = 0;
    const seq = [0, 0.5, 0.999999, 0.1, 0.2, 0.3, 0.4, 0.6];
    expect(newEntryId(() => seq[i++])).toBe("cd-0iz37ael");
    expect(newEntryId()).toMatch(/^cd-[0-9a-z]{8}$/);
  });
});
