// Generators shared by the property tests of the line and note parsers.
import fc from "fast-check";
import type { TimedLine } from "../../../src/core/notes/timed-line";

export const RUNS = { numRuns: 1000 } as const;

const MINUTE = 60_000;
/** 0000-01-01T00:00 and 9999-12-31T23:59:59.999 as UTC wall clocks: what YYYY can write. */
export const FIRST_WALL = new Date(0).setUTCFullYear(0, 0, 1);
export const LAST_WALL = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Minutes east of UTC, −12:00…+14:00: mostly real-world quarter hours, sometimes any minute. */
export const offsetArb = fc.oneof(
  fc.integer({ min: -48, max: 56 }).map((q) => q * 15),
  fc.integer({ min: -720, max: 840 }),
  fc.constantFrom(-720, 0, 330, 345, 420, 840),
);

/** A wall-clock time (ms as if UTC), at minute, second or millisecond precision. */
function wallArb(min: number, max: number): fc.Arbitrary<number> {
  const any = fc.integer({ min, max });
  return fc.oneof(
    any.map((ms) => ms - (((ms % MINUTE) + MINUTE) % MINUTE)),
    any.map((ms) => ms - (((ms % 1000) + 1000) % 1000)),
    any,
  );
}

export interface InstantCase {
  ms: number;
  offset: number;
}

/** Any instant whose local time under its offset is writable as YYYY-MM-DDTHH:MM[:SS[.sss]]. */
export const instantArb: fc.Arbitrary<InstantCase> = fc
  .tuple(wallArb(FIRST_WALL, LAST_WALL), offsetArb)
  .map(([wall, offset]) => ({ ms: wall - offset * MINUTE, offset }));

/** Characters that stress the grammar: blanks, colons, hashes, pipes, quotes, markup, non-Latin. */
const trickyChar = fc.constantFrom(
  " ", " ", "\t", ":", "#", "-", "|", "'", "\"", "%", "*", "<", ">", "/", "\\", "é", "ệ", "Đ", "😀", "\u00a0",
);
const chunk = fc.string({ unit: fc.oneof(fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }), trickyChar), maxLength: 24 });

function noLineBreaks(s: string): string {
  return s.replace(/[\r\n\u2028\u2029]/g, " ");
}

/** A field value as text: no brackets, no line breaks, not blank at either end, not empty. */
export const fieldTextArb: fc.Arbitrary<string> = chunk
  .map((s) => noLineBreaks(s).replace(/[[\]]/g, "").replace(/^[ \t]+|[ \t]+$/g, ""))
  .filter((s) => s !== "");

/** A wikilink target: no brackets, no line breaks. */
const linkArb: fc.Arbitrary<string> = chunk
  .map((s) => noLineBreaks(s).replace(/[[\]]/g, ""))
  .filter((s) => s.trim() !== "")
  .map((s) => `[[${s}]]`);

export const refArb: fc.Arbitrary<string> = fc.oneof(fieldTextArb, linkArb);

/** The free text as a parsed line holds it: single spaces, trimmed, and none of the reserved marks. */
export const freeTextArb: fc.Arbitrary<string> = chunk
  .map((s) =>
    s
      .replace(/[[\]^\r\n]/g, " ")
      .replace(/::/g, ":")
      .replace(/\s+/g, " ")
      .trim(),
  )
  .filter((s) => !s.includes("::") && !s.includes("#non-billable"));

export const idArb: fc.Arbitrary<string> = fc
  .string({ unit: fc.constantFrom(..."0123456789abcdefghijklmnopqrstuvwxyz"), minLength: 8, maxLength: 8 })
  .map((s) => `cd-${s}`);

/** Entries from year 0001 to 9998 so that an end up to ten days later still has a writable year. */
const entryStartArb: fc.Arbitrary<InstantCase> = fc
  .tuple(wallArb(new Date(0).setUTCFullYear(1, 0, 1), Date.UTC(9998, 0, 1)), offsetArb)
  .map(([wall, offset]) => ({ ms: wall - offset * MINUTE, offset }));

const HOUR = 3_600_000;
const durationArb = fc.oneof(
  fc.integer({ min: 1, max: 10 * 24 * HOUR }),
  fc.integer({ min: 1, max: 12 * 60 }).map((m) => m * MINUTE),
  fc.integer({ min: 1, max: 59 }).map((s) => s * 1000),
);

export const timedLineArb: fc.Arbitrary<TimedLine> = fc
  .record({
    start: entryStartArb,
    end: fc.option(fc.tuple(durationArb, offsetArb), { nil: null }),
    task: fc.option(refArb, { nil: null }),
    client: fc.option(refArb, { nil: null }),
    device: fc.option(fieldTextArb, { nil: null }),
    text: freeTextArb,
    billable: fc.boolean(),
    id: fc.option(idArb, { nil: null }),
  })
  .map((r) => ({
    start: r.start.ms,
    startOffset: r.start.offset,
    end: r.end === null ? null : r.start.ms + r.end[0],
    endOffset: r.end === null ? null : r.end[1],
    task: r.task,
    client: r.client,
    device: r.device,
    text: r.text,
    billable: r.billable,
    id: r.id,
  }));

/** A time entry for a log note (no client field). */
export const logLineArb: fc.Arbitrary<TimedLine> = timedLineArb.map((l) => ({ ...l, client: null }));
