// Note-level properties: a log or plan note made of arbitrary lines mixed with valid entries.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { bodyLines } from "../../../src/core/notes/note-lines";
import { parseLogNote } from "../../../src/core/notes/log-note";
import { parsePlanNote } from "../../../src/core/notes/plan-note";
import { parseTimedLine, serializeTimedLine, type TimedLine } from "../../../src/core/notes/timed-line";
import { RUNS, logLineArb, refArb, timedLineArb } from "../support/arbitraries";
import { testIndex } from "../../support/vault";

const PATH = "Clients/Acme/Log/2026-11.md";

type Piece =
  | { kind: "entry"; line: TimedLine; text: string }
  | { kind: "junk"; text: string }
  | { kind: "bad"; text: string }
  /** Lines that hold valid entries but sit in a fence or a comment: never entries. */
  | { kind: "hidden"; lines: string[] };

const marker = fc.constantFrom("- ", "* ", "+ ", "  - ", "\t* ");

const entryPiece = (lines: fc.Arbitrary<TimedLine>) =>
  fc.tuple(lines, marker).map(([line, m]): Piece => ({
    kind: "entry",
    line,
    text: serializeTimedLine(line).replace(/^- /, m),
  }));

/** Any line that does not open a fence or comment, is not a frontmatter fence and is not an entry. */
const junkPiece: fc.Arbitrary<Piece> = fc
  .oneof(
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.string({ unit: "binary", maxLength: 20 }),
    fc.constantFrom("", "# Heading", "- worked 2h on the newsletter", "- [ ] todo", "Paragraph with [start:: text", "  ", "%% inline %% comment", "text ``` not a fence"),
  )
  .map((s) => s.replace(/[\r\n]/g, ""))
  .filter((s) => {
    const t = s.trimStart();
    return !t.startsWith("```") && !t.startsWith("~~~") && !t.startsWith("%%") && !s.startsWith("---") && !s.startsWith("...");
  })
  .filter((s) => parseTimedLine(s).kind !== "timed")
  .map((text): Piece => ({ kind: "junk", text }));

const badPiece: fc.Arbitrary<Piece> = fc
  .constantFrom(
    "- [start:: 2026-02-30T09:00+07:00] bad date ^cd-bad00001",
    "- [start:: 2026-11-23T10:00+07:00] [end:: 2026-11-23T10:00+07:00] empty ^cd-bad00002",
    "- [start:: 2026-11-23T10:00+07:00] [end:: 2026-11-23T09:00+07:00] backwards",
    "- [start:: 2026-11-23T09:00+07:00] [start:: 2026-11-23T09:10+07:00] twice",
    "- [start:: 2026-11-23T09:00 no offset]",
    "- [start:: unclosed",
  )
  .map((text): Piece => ({ kind: "bad", text }));

const hiddenPiece: fc.Arbitrary<Piece> = fc
  .tuple(fc.array(logLineArb, { minLength: 1, maxLength: 3 }), fc.constantFrom("```", "~~~", "```md", "%%", "inline"))
  .map(([lines, wrap]): Piece => {
    // A %% inside an entry would end the comment early, in Obsidian as here.
    const texts = lines.map(serializeTimedLine).map((t) => t.replace(/%{2,}/g, "%"));
    if (wrap === "inline") return { kind: "hidden", lines: texts.map((t) => `%% ${t} %%`) };
    const close = wrap.startsWith("%%") ? "%%" : wrap.slice(0, 3);
    return { kind: "hidden", lines: [wrap, ...texts, close] };
  });

function noteArb(lines: fc.Arbitrary<TimedLine>) {
  return fc.record({
    /** A closed frontmatter block, a lone `---` rule on line 1 (never closed below), or neither. */
    frontmatter: fc.constantFrom("block", "rule", "none"),
    eol: fc.constantFrom("\n", "\r\n"),
    finalEol: fc.boolean(),
    pieces: fc.array(fc.oneof({ arbitrary: entryPiece(lines), weight: 3 }, junkPiece, badPiece, hiddenPiece), {
      maxLength: 25,
    }),
  });
}

interface Built {
  text: string;
  /** Every line as generated, by 1-based number. */
  lines: string[];
  entries: { lineNo: number; line: TimedLine }[];
  bad: number[];
}

function build(note: { frontmatter: string; eol: string; finalEol: boolean; pieces: Piece[] }): Built {
  const lines: string[] =
    note.frontmatter === "block"
      ? ["---", "type: client-log", 'client: "[[Acme]]"', "month: 2026-11", "---"]
      : note.frontmatter === "rule"
        ? ["---"]
        : [];
  const entries: Built["entries"] = [];
  const bad: number[] = [];
  for (const p of note.pieces) {
    if (p.kind === "hidden") lines.push(...p.lines);
    else {
      lines.push(p.text);
      if (p.kind === "entry") entries.push({ lineNo: lines.length, line: p.line });
      if (p.kind === "bad") bad.push(lines.length);
    }
  }
  const text = lines.join(note.eol) + (note.finalEol ? note.eol : "");
  return { text, lines, entries, bad };
}

describe("log note of arbitrary lines mixed with entries", { timeout: 60_000 }, () => {
  it("finds exactly the visible entries, each on its line with its values", () => {
    fc.assert(
      fc.property(noteArb(logLineArb), (note) => {
        const b = build(note);
        const parsed = parseLogNote(PATH, "Acme", b.text);
        expect(parsed.entries.map((e) => e.line)).toEqual(b.entries.map((e) => e.lineNo));
        parsed.entries.forEach((e, i) => {
          const want = b.entries[i].line;
          expect(e).toEqual({
            id: want.id ?? `${PATH}:${b.entries[i].lineNo}`,
            clientKey: "Acme",
            file: PATH,
            line: b.entries[i].lineNo,
            start: want.start,
            startOffset: want.startOffset,
            end: want.end,
            endOffset: want.endOffset,
            task: want.task,
            note: want.text,
            billable: want.billable,
            device: want.device,
          });
        });
      }),
      RUNS,
    );
  });

  it("reports every unreadable entry as an error on its line, and every entry without id as a warning", () => {
    fc.assert(
      fc.property(noteArb(logLineArb), (note) => {
        const b = build(note);
        const { diagnostics } = parseLogNote(PATH, "Acme", b.text);
        const errors = diagnostics.filter((d) => d.severity === "error").map((d) => d.line);
        expect(errors).toEqual(b.bad);
        const missing = diagnostics.filter((d) => d.code === "entry-missing-id").map((d) => d.line);
        expect(missing).toEqual(b.entries.filter((e) => e.line.id === null).map((e) => e.lineNo));
        for (const d of diagnostics) expect(d.file).toBe(PATH);
      }),
      RUNS,
    );
  });

  it("positions point at each entry's line in the original text", () => {
    fc.assert(
      fc.property(noteArb(logLineArb), (note) => {
        const b = build(note);
        const parsed = parseLogNote(PATH, "Acme", b.text);
        parsed.positions.forEach((pos, i) => {
          const line = b.lines[parsed.entries[i].line - 1];
          expect(b.text.slice(pos, pos + line.length)).toBe(line);
        });
      }),
      RUNS,
    );
  });

  it("bodyLines reproduces each yielded line exactly from the original at its pos", () => {
    fc.assert(
      fc.property(noteArb(logLineArb), (note) => {
        const b = build(note);
        let last = 0;
        for (const { line, text, pos } of bodyLines(b.text)) {
          expect(line).toBeGreaterThan(last);
          last = line;
          expect(text).toBe(b.lines[line - 1] ?? "");
          expect(b.text.slice(pos, pos + text.length)).toBe(text);
          const after = b.text.slice(pos + text.length, pos + text.length + note.eol.length);
          expect(after === note.eol || pos + text.length === b.text.length).toBe(true);
          expect(b.text.slice(0, pos).split("\n").length).toBe(line);
        }
      }),
      RUNS,
    );
  });

  it("the index holds the same entries, re-read from its compact store, and never throws", () => {
    fc.assert(
      fc.property(noteArb(logLineArb), (note) => {
        const b = build(note);
        const index = testIndex([], { timeZone: "UTC" });
        index.setFile(PATH, b.text);
        const parsed = parseLogNote(PATH, "Acme", b.text);
        const byLine = (x: { line: number }, y: { line: number }) => x.line - y.line;
        expect(index.entriesOf("Acme", -Infinity, Infinity).sort(byLine)).toEqual(parsed.entries);
        expect(index.entryCount()).toBe(b.entries.length);
        expect(index.running().map((e) => e.line)).toEqual(
          expect.arrayContaining(b.entries.filter((e) => e.line.end === null).map((e) => e.lineNo)),
        );
        expect(index.running()).toHaveLength(b.entries.filter((e) => e.line.end === null).length);
        index.removeFile(PATH);
        expect(index.entryCount()).toBe(0);
      }),
      RUNS,
    );
  });
});

describe("plan note of arbitrary lines mixed with blocks", { timeout: 60_000 }, () => {
  const blockArb = fc
    .tuple(timedLineArb, refArb, fc.integer({ min: 1, max: 8 * 3_600_000 }))
    .map(([l, client, d]) => ({ ...l, client, end: l.end ?? l.start + d, endOffset: l.endOffset ?? l.startOffset }));

  it("finds exactly the visible blocks on their lines and never throws", () => {
    fc.assert(
      fc.property(noteArb(blockArb), (note) => {
        const b = build(note);
        const { blocks, diagnostics } = parsePlanNote("Planner/2026-W48.md", b.text);
        expect(blocks.map((x) => x.line)).toEqual(b.entries.map((e) => e.lineNo));
        blocks.forEach((block, i) => {
          const want = b.entries[i].line;
          expect(block.start).toBe(want.start);
          expect(block.end).toBe(want.end);
          expect(block.title).toBe(want.text);
          expect(block.id).toBe(want.id ?? `Planner/2026-W48.md:${b.entries[i].lineNo}`);
        });
        expect(diagnostics.map((d) => d.line)).toEqual(b.bad);
      }),
      RUNS,
    );
  });
});
