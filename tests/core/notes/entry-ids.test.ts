// Adding block ids to entry lines typed without one: exactly those lines get ` ^cd-…` at their end,
// every other byte of the note stays, and the note reads back with the same entries plus their ids.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addMissingEntryIds } from "../../../src/core/notes/entry-ids";
import { parseLogNote, syntheticId } from "../../../src/core/notes/log-note";
import { serializeTimedLine } from "../../../src/core/notes/timed-line";
import { RUNS, idArb, logLineArb } from "../support/arbitraries";
import { testIndex } from "../../support/vault";

const PATH = "Clients/Acme/Log/2026-11.md";
const ID = /^cd-[0-9a-z]{8}$/;

/** Ids from a list, in order: tests know which line gets which. */
function ids(...list: string[]): () => string {
  let i = 0;
  return () => list[i++ % list.length];
}

describe("addMissingEntryIds", () => {
  it("adds an id at the end of each entry line without one, and nothing else", () => {
    const text = [
      "---",
      "type: client-log",
      "---",
      "# November",
      "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] Typed by hand",
      "- [start:: 2026-11-23T10:00+07:00] [end:: 2026-11-23T11:00+07:00] Has one ^cd-aaaa0001",
      "- worked 2h on the newsletter",
      "* [start:: 2026-11-23T12:00+07:00] [end:: 2026-11-23T12:30+07:00] Trailing blanks #non-billable  \t",
      "",
    ].join("\r\n");
    const r = addMissingEntryIds(PATH, text, { make: ids("cd-new00001", "cd-new00002") });
    expect(r.added).toEqual([
      { line: 5, id: "cd-new00001" },
      { line: 8, id: "cd-new00002" },
    ]);
    expect(r.errors).toEqual([]);
    expect(r.text).toBe(
      [
        "---",
        "type: client-log",
        "---",
        "# November",
        "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] Typed by hand ^cd-new00001",
        "- [start:: 2026-11-23T10:00+07:00] [end:: 2026-11-23T11:00+07:00] Has one ^cd-aaaa0001",
        "- worked 2h on the newsletter",
        "* [start:: 2026-11-23T12:00+07:00] [end:: 2026-11-23T12:30+07:00] Trailing blanks #non-billable  \t ^cd-new00002",
        "",
      ].join("\r\n"),
    );
    const after = parseLogNote(PATH, "Acme", r.text);
    expect(after.entries.map((e) => [e.id, e.note, e.billable])).toEqual([
      ["cd-new00001", "Typed by hand", true],
      ["cd-aaaa0001", "Has one", true],
      ["cd-new00002", "Trailing blanks", false],
    ]);
    expect(after.diagnostics.map((d) => d.code)).toEqual(["line-freehand"]);
  });

  it("reports a line with an error and never gives it an id", () => {
    const text = [
      "- [start:: 2026-11-23T10:00+07:00] [end:: 2026-11-23T09:00+07:00] backwards",
      "- [start:: 2026-02-30T09:00+07:00] impossible day",
      "- [start:: 2026-11-23T09:00+07:00] [End:: 2026-11-23T10:00+07:00] near miss",
      "- [start:: 2026-11-23T09:00+07:00] running, typed by hand",
    ].join("\n");
    const r = addMissingEntryIds(PATH, text, { make: ids("cd-new00001") });
    expect(r.errors.map((d) => [d.line, d.code, d.field])).toEqual([
      [1, "entry-end-before-start", "end"],
      [2, "entry-time-invalid", "start"],
      [3, "entry-near-miss", "end"],
    ]);
    expect(r.added).toEqual([{ line: 4, id: "cd-new00001" }]);
    expect(r.text).toBe(`${text} ^cd-new00001`);
  });

  it("skips ids the vault or the note already uses, and never gives one id twice", () => {
    const text = [
      "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] one",
      "- [start:: 2026-11-23T10:00+07:00] [end:: 2026-11-23T11:00+07:00] two",
      "Links to ^cd-note0001 in prose",
    ].join("\n");
    const r = addMissingEntryIds(PATH, text, {
      taken: (id) => id === "cd-vault001",
      make: ids("cd-vault001", "cd-note0001", "cd-fresh001", "cd-fresh001", "cd-fresh002"),
    });
    expect(r.added.map((a) => a.id)).toEqual(["cd-fresh001", "cd-fresh002"]);
  });

  it("leaves a note whose entries all have ids as the very same text", () => {
    const text = "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] one ^cd-aaaa0001\n```\n- [start:: 2026-11-23T09:00+07:00] in code\n```\n%%\n- [start:: 2026-11-23T09:00+07:00] in a comment\n%%\n";
    const r = addMissingEntryIds(PATH, text);
    expect(r.added).toEqual([]);
    expect(r.text).toBe(text);
  });

  it("leaves a line holding a lone carriage return as it is", () => {
    const text = "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] one\rtwo\n";
    expect(addMissingEntryIds(PATH, text).text).toBe(text);
  });
});

// --- properties ---

const marker = fc.constantFrom("- ", "* ", "+ ", "  - ", "\t* ");
/** What a hand-typed line may end with: blanks, carets that are no block id, the tag. */
const tail = fc.constantFrom("", " ", "  ", "\t", " \t ", " ^", " ^ab_c", "x^abc", " see ^ref.", " #non-billable", " #non-billable  ", " ^cd-");

const entryText = fc.tuple(logLineArb, marker, tail, fc.boolean()).map(([line, m, t, keepId]) => {
  const base = serializeTimedLine(keepId ? line : { ...line, id: null }).replace(/^- /, m);
  // A tail after an id would make it text: tails go only on lines without one.
  return keepId && line.id !== null ? base : base + t;
});

const otherText = fc
  .oneof(
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.constantFrom(
      "",
      "# Heading",
      "- worked 2h on the newsletter",
      "- [ ] todo",
      "- [start:: 2026-02-30T09:00+07:00] bad date",
      "- [start:: 2026-11-23T10:00+07:00] [end:: 2026-11-23T09:00+07:00] backwards",
      "- [start:: 2026-11-23T09:00+07:00] [start:: 2026-11-23T09:10+07:00] twice",
      "- [start:: unclosed",
      "- [start:: 2026-11-23T09:00+07:00] [End:: 2026-11-23T10:00+07:00] near miss",
      "```",
      "~~~",
      "%%",
      "---",
    ),
  )
  .map((s) => s.replace(/[\r\n]/g, ""));

const noteArb = fc.record({
  frontmatter: fc.boolean(),
  eol: fc.constantFrom("\n", "\r\n"),
  finalEol: fc.boolean(),
  lines: fc.array(fc.oneof({ arbitrary: entryText, weight: 3 }, otherText), { maxLength: 25 }),
  taken: fc.uniqueArray(idArb, { maxLength: 5 }),
});

function noteText(n: { frontmatter: boolean; eol: string; finalEol: boolean; lines: string[] }): string {
  const lines = n.frontmatter ? ["---", "type: client-log", "---", ...n.lines] : n.lines;
  return lines.join(n.eol) + (n.finalEol ? n.eol : "");
}

describe("addMissingEntryIds on random notes", { timeout: 60_000 }, () => {
  it("keeps every byte but the ids it adds, at the end of exactly the entry lines without one", () => {
    fc.assert(
      fc.property(noteArb, (n) => {
        const text = noteText(n);
        const before = parseLogNote(PATH, "Acme", text);
        const r = addMissingEntryIds(PATH, text, { taken: (id) => n.taken.includes(id) });
        const idless = before.entries.filter((e) => e.id === syntheticId(PATH, e.line)).map((e) => e.line);
        expect(r.added.map((a) => a.line)).toEqual(idless);
        // The text with each added ` ^id` put in by hand, before the line's own break.
        const lines = text.split("\n");
        for (const a of r.added) {
          const l = lines[a.line - 1];
          const cr = l.endsWith("\r") ? 1 : 0;
          lines[a.line - 1] = `${l.slice(0, l.length - cr)} ^${a.id}${cr ? "\r" : ""}`;
        }
        expect(r.text).toBe(lines.join("\n"));
        const all = r.added.map((a) => a.id);
        expect(new Set(all).size).toBe(all.length);
        for (const id of all) {
          expect(id).toMatch(ID);
          expect(n.taken).not.toContain(id);
          expect(text).not.toContain(`^${id}`);
        }
        expect(r.errors).toEqual(before.diagnostics.filter((d) => d.severity === "error"));
      }),
      RUNS,
    );
  });

  it("re-reads with the same entries, each now with its id, and the same problems but the missing ids", () => {
    fc.assert(
      fc.property(noteArb, (n) => {
        const text = noteText(n);
        const before = parseLogNote(PATH, "Acme", text);
        const r = addMissingEntryIds(PATH, text);
        const after = parseLogNote(PATH, "Acme", r.text);
        const given = new Map(r.added.map((a) => [a.line, a.id]));
        expect(after.entries).toEqual(before.entries.map((e) => ({ ...e, id: given.get(e.line) ?? e.id })));
        expect(after.diagnostics.filter((d) => d.code !== "entry-missing-id").map((d) => [d.line, d.code])).toEqual(
          before.diagnostics.filter((d) => d.code !== "entry-missing-id").map((d) => [d.line, d.code]),
        );
        expect(after.diagnostics.filter((d) => d.code === "entry-missing-id")).toEqual([]);
        // The index's own fast reader agrees, and a second run has nothing left to do.
        const index = testIndex([], { timeZone: "UTC" });
        index.setFile(PATH, r.text);
        // (An id on two lines is counted once by the index, at its first line.)
        const once = after.entries.filter((e, i) => after.entries.findIndex((o) => o.id === e.id) === i);
        expect(index.entriesOf("Acme", -Infinity, Infinity).sort((a, b) => a.line - b.line)).toEqual(once);
        const again = addMissingEntryIds(PATH, r.text);
        expect(again.added).toEqual([]);
        expect(again.text).toBe(r.text);
      }),
      RUNS,
    );
  });
});
