// The fast scanner (timed-line-fast.ts) reads a line only when it reads it exactly as the full
// parser does. parseTimedLine reads a "- [" line with the scanner first; the same line with a "* "
// marker goes to the full parser alone, which is the reference here.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fastTimedLine, parseTimedLine, serializeTimedLine } from "../../../src/core/notes/timed-line";
import { timedLineArb } from "../support/arbitraries";

const full = (line: string) => parseTimedLine(`* ${line.slice(2)}`);

const piece = fc.constantFrom(" ", "  ", "\t", "\u00a0", "\u3000", ":", "::", "a:", "end:: x", "[end:: x]", "(task:: y)", "#", "#non-billable", " #non-billable ",
  "#non-billable-x", "^", "^cd-abc12345", " ^cd-abc12345", " ^x y", "^^", "Trà Hà Nội", "[[Acme]]", "[", "]", "x", "note", "\u0001", "😀");
const rest = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(""));

describe("the fast scanner", () => {
  it("reads what the full parser reads, the same, and declines the rest", () => {
    fc.assert(
      fc.property(timedLineArb, rest, rest, (l, a, b) => {
        const line = serializeTimedLine(l);
        // Odd pieces before the id, at the end, or instead of the text.
        const id = line.lastIndexOf(" ^");
        const variants = [line, `${line}${a}`, id === -1 ? `${line} ${a}` : `${line.slice(0, id)} ${a}${line.slice(id)}`, `${line.slice(0, line.lastIndexOf("]") + 1)}${a}${b}`];
        for (const v of variants) {
          const fast = fastTimedLine(v);
          if (fast !== null) expect({ kind: "timed", line: fast }).toEqual(full(v));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("gives back the line the plugin wrote, when it reads it (milliseconds and Z are the full parser's)", () => {
    fc.assert(
      fc.property(timedLineArb, (l) => {
        const fast = fastTimedLine(serializeTimedLine(l));
        if (fast !== null) expect(fast).toEqual(l);
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    "- [start:: 2026-05-01T08:30+07:00] [end:: 2026-05-01T08:50+07:00] [task:: [[CRM cleanup 2026-05]]] Followed up on [[Brand guide]] questions ^cd-g8eqooro",
    "- [start:: 2026-05-25T07:10+07:00] [end:: 2026-05-25T08:35+07:00] Formatted the blog post #non-billable ^cd-warukuvm",
    "- [start:: 2026-05-27T18:45+07:00] [end:: 2026-05-27T21:10+07:00] Canva graphics for #instagram ^cd-yuh6lmc8",
    "- [start:: 2026-05-27T18:45+07:00] Họp tuần ^cd-yuh6lmc8",
    "- [start:: 2026-05-27T18:45:10+07:00] [device:: Mac] x  y\t z ",
  ])("%j: the scanner's reading is the full parser's", (line) => {
    const fast = fastTimedLine(line);
    expect(fast).not.toBeNull();
    expect({ kind: "timed", line: fast }).toEqual(full(line));
  });

  it.each(["- [start:: 2026-05-27T18:45+07:00] x ^bad id", "- [start:: 2026-05-27T18:45+07:00] x^cd-a", "- [start:: 2026-05-27T18:45+07:00] a ^ b", "- [start:: 2026-05-27T18:45+07:00] [end:: x] y", "- [start:: 2026-05-27T18:45+07:00] y end:: z"])(
    "%j is left to the full parser",
    (line) => {
      expect(fastTimedLine(line)).toBeNull();
    },
  );
});
