import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { lateEntryWarnings, spanAt, spansOf, type Span } from "../../../src/core/time/late-entries";
import { CLIENTS, clientNotePath, entryLine, logNotePath, note, testIndex } from "../../support/vault";

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

describe("lateEntryWarnings", () => {
  const files = {
    [clientNotePath("Acme")]: note(CLIENTS.clara),
    "Clients/Acme/Invoices/INV-2026-0001.md": note([
      "type: invoice",
      'number: "INV-2026-0001"',
      'client: "[[Acme]]"',
      "status: sent",
      'issued: "2026-12-01"',
      'due: "2026-12-15"',
      'period_from: "2026-11-01"',
      'period_to: "2026-11-30"',
      "currency: GBP",
      "total: 30",
      "balance: 30",
      "entries: [cd-billed01]",
    ]),
    [logNotePath("Acme", "2026-11")]: [
      entryLine("2026-11-02T09:00Z", "2026-11-02T10:00Z", "Billed", "cd-billed01"),
      entryLine("2026-11-03T09:00Z", "2026-11-03T10:00Z", "Logged after", "cd-later001"),
      "- [start:: 2026-11-04T09:00Z] [end:: 2026-11-04T10:00Z] No id",
      "",
    ].join("\n"),
  };

  it("the same warnings whether `diagnostics()` walked the lines first or not", () => {
    const alone = lateEntryWarnings(testIndex(files));
    expect(alone.map((d) => [d.line, d.params.number])).toEqual([
      [2, "INV-2026-0001"],
      [3, "INV-2026-0001"],
    ]);
    const index = testIndex(files);
    index.diagnostics();
    expect(lateEntryWarnings(index)).toEqual(alone);
    // A change after the walk: the lines are read again.
    index.setFile(logNotePath("Acme", "2026-11"), files[logNotePath("Acme", "2026-11")].replace("cd-later001", "cd-billed01"));
    expect(lateEntryWarnings(index).map((d) => d.line)).toEqual([3]);
  });
});
