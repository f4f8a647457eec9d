// @vitest-environment node
// The small pieces: log-append (new note, one appended line, canonical entry line), the argv
// parser, and how a typed time becomes an instant.

import { describe, expect, it } from "vitest";
import { appendLine, entryLine, newLogNote } from "../../src/core/notes/log-append";
import { parseTimedLine } from "../../src/core/notes/timed-line";
import { parseLogNote } from "../../src/core/notes/log-note";
import { parseArgs } from "../../src/cli/args";
import { UsageError } from "../../src/cli/errors";
import { parseTimeArg } from "../../src/cli/time";

describe("newLogNote", () => {
  it("writes the frontmatter, the heading and a blank line", () => {
    expect(newLogNote("Harbour Goods", "2026-11")).toBe(
      '---\ntype: client-log\nclient: "[[Harbour Goods]]"\nmonth: 2026-11\n---\n# Harbour Goods — November 2026\n\n',
    );
    expect(newLogNote("Trà Sen Tây Hồ", "2027-01")).toContain("# Trà Sen Tây Hồ — January 2027\n");
  });
  it("refuses a month that is not YYYY-MM", () => {
    expect(() => newLogNote("A", "2026-13")).toThrow(RangeError);
    expect(() => newLogNote("A", "2026-1")).toThrow(RangeError);
  });
  it("reads back with no entries and no diagnostics", () => {
    const parsed = parseLogNote("Clients/A/Log/2026-11.md", "A", newLogNote("A", "2026-11"));
    expect(parsed.entries).toEqual([]);
    expect(parsed.diagnostics).toEqual([]);
  });
});

describe("appendLine", () => {
  it.each([
    ["", "L\n"],
    ["a\n", "a\nL\n"],
    ["a", "a\nL\n"],
    ["a\n\n", "a\n\nL\n"],
    ["a\r\nb\r\n", "a\r\nb\r\nL\r\n"],
    ["a\r\nb", "a\r\nb\r\nL\r\n"],
  ])("%j + L → %j", (text, expected) => {
    const out = appendLine(text, "L");
    expect(out).toBe(expected);
    expect(out.startsWith(text)).toBe(true);
  });
  it("takes one line only", () => {
    expect(() => appendLine("", "a\nb")).toThrow(RangeError);
    expect(appendLine("", "a\n")).toBe("a\n");
  });
});

describe("entryLine", () => {
  const start = Date.parse("2026-11-23T02:00:00Z");
  it("writes the canonical line, which parses back to the same values", () => {
    const line = entryLine({
      id: "cd-abcdefgh",
      start,
      startOffset: 420,
      end: start + 90 * 60_000,
      endOffset: 420,
      task: "Newsletter",
      taskAsLink: true,
      note: "Drafted the November issue",
    });
    expect(line).toBe(
      "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:30+07:00] [task:: [[Newsletter]]] Drafted the November issue ^cd-abcdefgh",
    );
    const r = parseTimedLine(line);
    expect(r.kind).toBe("timed");
    if (r.kind === "timed") expect(r.line).toMatchObject({ start, end: start + 5_400_000, task: "[[Newsletter]]", billable: true, id: "cd-abcdefgh" });
  });
  it("keeps a task as text unless asked for a link, and sanitizes task and note", () => {
    const line = entryLine({ id: "x1", start, startOffset: 0, task: "A [b]|c", note: "one\ntwo ]", billable: false });
    expect(line).toBe("- [start:: 2026-11-23T02:00+00:00] [task:: A (b)|c] one two ) #non-billable ^x1");
    const link = entryLine({ id: "x1", start, startOffset: 0, task: "A [b]|c", taskAsLink: true });
    expect(link).toContain("[task:: [[A (b)c]]]");
    expect(parseTimedLine(link).kind).toBe("timed");
  });
  it("writes a running timer without an end, and refuses an end not after the start or a bad id", () => {
    expect(entryLine({ id: "cd-1", start, startOffset: 60, device: "Linh's phone" })).toBe(
      "- [start:: 2026-11-23T03:00+01:00] [device:: Linh's phone] ^cd-1",
    );
    expect(() => entryLine({ id: "cd-1", start, startOffset: 0, end: start })).toThrow(RangeError);
    expect(() => entryLine({ id: "^cd 1", start, startOffset: 0 })).toThrow(RangeError);
  });
});

describe("parseArgs", () => {
  const spec = { values: ["vault", "now"], booleans: ["json", "help"] };
  it("reads --flag value, --flag=value, booleans, positionals and --", () => {
    const a = parseArgs(["check", "--vault", "V", "--json", "--now=2026-01-01T00:00Z", "--", "--json"], spec);
    expect(a.positionals).toEqual(["check", "--json"]);
    expect(a.values).toEqual(new Map([["vault", "V"], ["now", "2026-01-01T00:00Z"]]));
    expect(a.booleans).toEqual(new Set(["json"]));
    expect(parseArgs(["-h"], spec).booleans.has("help")).toBe(true);
    expect(parseArgs(["--vault="], spec).values.get("vault")).toBe("");
    expect(parseArgs(["--vault", "-"], spec).values.get("vault")).toBe("-");
  });
  it.each([
    [["--nope"], "cli.error.flag-unknown"],
    [["--vault"], "cli.error.flag-needs-value"],
    [["--vault", "--json"], "cli.error.flag-needs-value"],
    [["--json=1"], "cli.error.flag-takes-no-value"],
    [["--json", "--json"], "cli.error.flag-repeated"],
  ])("%j is a usage error (%s)", (argv, key) => {
    try {
      parseArgs(argv, spec);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      expect((e as UsageError).key).toBe(key);
    }
  });
});

describe("parseTimeArg", () => {
  it("takes an exact instant and gives the user's offset at it", () => {
    expect(parseTimeArg("2026-11-23T09:00-05:00", "Asia/Ho_Chi_Minh")).toEqual({ ok: true, ms: Date.parse("2026-11-23T14:00:00Z"), offset: 420 });
    expect(parseTimeArg("2026-07-01T12:00Z", "Europe/London")).toEqual({ ok: true, ms: Date.parse("2026-07-01T12:00:00Z"), offset: 60 });
  });
  it("reads a local time in the zone, the earlier one when it happens twice, none in a gap", () => {
    expect(parseTimeArg("2026-11-01T01:30", "America/New_York")).toEqual({ ok: true, ms: Date.parse("2026-11-01T05:30:00Z"), offset: -240 });
    expect(parseTimeArg("2026-10-25T01:30", "Europe/London")).toEqual({ ok: true, ms: Date.parse("2026-10-25T00:30:00Z"), offset: 60 });
    expect(parseTimeArg("2026-04-05T02:30", "Australia/Sydney")).toEqual({ ok: true, ms: Date.parse("2026-04-04T15:30:00Z"), offset: 660 });
    expect(parseTimeArg("2026-03-08T02:30", "America/New_York")).toEqual({ ok: false, reason: "gap" });
    expect(parseTimeArg("2026-10-04T02:30", "Australia/Sydney")).toEqual({ ok: false, reason: "gap" });
    expect(parseTimeArg("2026-11-23 09:00:30", "Asia/Ho_Chi_Minh")).toEqual({ ok: true, ms: Date.parse("2026-11-23T02:00:30Z"), offset: 420 });
  });
  it.each(["2026-02-29T10:00", "2026-11-23T24:00", "2026-11-23T09:60", "2026-11-23", "09:00", "2026-11-23T09:00+7", "now"])(
    "refuses %s",
    (text) => {
      expect(parseTimeArg(text, "UTC")).toEqual({ ok: false, reason: "syntax" });
    },
  );
});
