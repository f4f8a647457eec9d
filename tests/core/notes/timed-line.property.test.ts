import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseTimedLine, serializeTimedLine } from "../../../src/core/notes/timed-line";
import { RUNS, timedLineArb } from "../support/arbitraries";

describe("timed line round trip", () => {
  it("parseTimedLine(serializeTimedLine(x)) deep-equals x", () => {
    fc.assert(
      fc.property(timedLineArb, (line) => {
        expect(parseTimedLine(serializeTimedLine(line))).toEqual({ kind: "timed", line });
      }),
      RUNS,
    );
  });

  it("serializing what was parsed gives the same text back", () => {
    fc.assert(
      fc.property(timedLineArb, (line) => {
        const text = serializeTimedLine(line);
        const r = parseTimedLine(text);
        expect(r.kind).toBe("timed");
        if (r.kind === "timed") expect(serializeTimedLine(r.line)).toBe(text);
      }),
      RUNS,
    );
  });

  it("the round trip survives another list marker, indentation and extra blanks between parts", () => {
    const marker = fc.constantFrom("- ", "* ", "+ ", "  - ", "\t- ", "-   ");
    const gap = fc.constantFrom(" ", "  ", "\t", " \t ");
    fc.assert(
      fc.property(timedLineArb, marker, gap, (line, m, g) => {
        const text = serializeTimedLine(line).replace(/^- /, m).replace(/\] \[/g, `]${g}[`);
        expect(parseTimedLine(text)).toEqual({ kind: "timed", line });
      }),
      RUNS,
    );
  });

  it("never throws on any single line", () => {
    const piece = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 12 }),
      fc.constantFrom("- ", "[start:: ", "[end:: ", "[task:: ", "[[", "]]", "]", "[", "::", " ^cd-", "#non-billable", " ", "\t"),
      fc.constantFrom("2026-11-23T09:00+07:00", "2026-02-30T09:00Z", "2026-11-23T10:00:00.5-03:30"),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const r = parseTimedLine(parts.join(""));
        expect(["timed", "other", "freehand", "bad"]).toContain(r.kind);
      }),
      RUNS,
    );
  });
});
