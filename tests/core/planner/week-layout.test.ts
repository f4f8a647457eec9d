// Overlap columns (src/core/planner/week-layout.ts): the fast ordering (packed keys, then one pass for
// items that start together) must give what a plain stable sort by day, start, longest first and
// the tie-break gives, and the columns must never let two overlapping items share one.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { layout } from "../../../src/core/planner/week-layout";
import type { Placement } from "../../../src/core/planner/week-model";

const DAY = 86_400_000;
const BASE = Date.parse("2026-11-23T00:00:00+07:00");

interface Item extends Placement {
  n: number;
  since: number;
}

const item = (day: number, start: number, length: number, n: number, since: number): Item => ({
  day,
  start: BASE + day * DAY + start,
  end: BASE + day * DAY + start + length,
  top: 0,
  bottom: 0,
  minutes: 0,
  column: -1,
  columns: -1,
  n,
  since,
});

// Starts on a coarse grid so that many items start together, ends likewise.
const items = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 47 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 3 })), {
    maxLength: 80,
  })
  .map((rows) => rows.map(([day, slot, length, since], n) => item(day, slot * 1_800_000, length * 900_000, n, since)));

const order = (a: Item, b: Item) => a.day - b.day || a.start - b.start || b.end - a.end || a.since - b.since;

describe("layout", () => {
  it("orders as a stable sort would, with the tie-break, then gives overlapping items their own columns", () => {
    fc.assert(
      fc.property(items, (list) => {
        const expected = list.slice().sort(order).map((i) => i.n);
        const laid = list.slice();
        layout(laid, (a, b) => a.since - b.since);
        expect(laid.map((i) => i.n)).toEqual(expected);
        for (const a of laid) {
          expect(a.column).toBeGreaterThanOrEqual(0);
          expect(a.column).toBeLessThan(a.columns);
          for (const b of laid) {
            if (a !== b && a.day === b.day && a.start < b.end && b.start < a.end) {
              expect(a.column).not.toBe(b.column);
              expect(a.columns).toBe(b.columns);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("falls back to a plain sort for starts that are not whole milliseconds or lie years apart", () => {
    const odd = [item(0, 600_000.5, 60_000, 0, 0), item(0, 0, 60_000, 1, 0), item(0, 0, 120_000, 2, 0)];
    layout(odd);
    expect(odd.map((i) => i.n)).toEqual([2, 1, 0]);
    const far = [item(0, 0, 60_000, 0, 0), { ...item(0, 0, 60_000, 1, 0), start: BASE - 3e9, end: BASE - 3e9 + 60_000 }];
    layout(far);
    expect(far.map((i) => i.n)).toEqual([1, 0]);
  });
});
