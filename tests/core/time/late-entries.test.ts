import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { spanAt, spansOf, type Span } from "../../../src/core/time/late-entries";

describe("spanAt", () => {
  it("finds the first invoice (in the invoices' order) whose period holds the moment, as a linear search does", () => {
    const span = fc.record({ from: fc.integer({ min: 0, max: 1000 }), len: fc.integer({ min: 1, max: 400 }) });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), fc.array(fc.integer({ min: -50, max: 1500 }), { maxLength: 40 }), (raw, moments) => {
        const list: Span[] = raw.map((r, order) => ({ from: r.from, to: r.from + r.len, number: `INV-${order}`, order }));
        const spans = spansOf(list);
        for (const t of moments) {
          const expected = list.find((s) => t >= s.from && t < s.to);
          expect(spanAt(spans, t)?.number).toBe(expected?.number);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("names the earlier-listed invoice when two periods overlap, and none outside every period", () => {
    const list: Span[] = [
      { from: 100, to: 200, number: "A", order: 0 },
      { from: 50, to: 300, number: "B", order: 1 },
      { from: 400, to: 500, number: "C", order: 2 },
    ];
    const spans = spansOf(list);
    expect(spanAt(spans, 60)?.number).toBe("B");
    expect(spanAt(spans, 150)?.number).toBe("A");
    expect(spanAt(spans, 250)?.number).toBe("B");
    expect(spanAt(spans, 300)).toBeUndefined();
    expect(spanAt(spans, 499)?.number).toBe("C");
    expect(spanAt(spans, 10)).toBeUndefined();
  });
});
