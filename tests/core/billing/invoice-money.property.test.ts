// Money on invoices never loses or invents a minor unit beyond the documented rule: lines are
// rounded half up once each, the subtotal is their exact sum, each percentage is rounded half up
// once, and every total is the exact sum of the figures shown.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { invoiceTotals } from "../../../src/core/billing/invoice-totals";
import { bill } from "../../../src/core/billing/billing";
import { periodOf } from "../../../src/core/billing/invoice-period";
import { minorDigits } from "../../../src/core/shared/currencies";
import { entry, makeClient } from "../support/invoice-fixtures";

const RUNS = { numRuns: 400 } as const;
const CURRENCIES = ["JPY", "VND", "USD", "AUD", "KWD", "BHD"] as const;
const milli = fc.integer({ min: 0, max: 100_000 });
const amount = fc.integer({ min: 0, max: 10 ** 11 });

/** |rounded − exact| ≤ ½ minor unit, with exact = base × milli / 100000, checked in integers. */
function withinHalf(rounded: number, base: number, m: number): boolean {
  const exactTimes = BigInt(base) * BigInt(m); // exact × 100000
  const diff = BigInt(rounded) * 100000n - exactTimes;
  return (diff < 0n ? -diff : diff) * 2n <= 100000n;
}

describe("invoice totals", () => {
  it("covers currencies of 0, 2 and 3 minor digits", () => {
    expect(new Set(CURRENCIES.map(minorDigits))).toEqual(new Set([0, 2, 3]));
  });

  it("subtotal = Σ lines; total = subtotal − discount + Σ taxes; balance = total − deposit − paid; each rounding within half a minor unit", () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 30 }), fc.array(milli, { maxLength: 3 }), milli, milli, (lines, taxes, disc, dep) => {
        const t = invoiceTotals(lines, { discountMilli: disc, tax: taxes.map((m, i) => ({ name: `T${i}`, milliPercent: m })), depositMilli: dep });
        const sum = lines.reduce((a, b) => a + b, 0);
        expect(t.subtotal).toBe(sum);
        expect(withinHalf(t.discount, sum, disc)).toBe(true);
        const base = t.subtotal - t.discount;
        t.taxes.forEach((x, i) => {
          expect(Number.isSafeInteger(x.amount)).toBe(true);
          expect(withinHalf(x.amount, base, taxes[i])).toBe(true);
        });
        expect(t.tax).toBe(t.taxes.reduce((a, x) => a + x.amount, 0));
        expect(t.total).toBe(t.subtotal - t.discount + t.tax);
        expect(withinHalf(t.deposit, t.total, dep)).toBe(true);
        expect(t.balance).toBe(t.total - t.deposit - t.paid);
        expect(t.balance).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it("through billing, in every currency: each line is its billed hours at the rate, rounded once; the totals add up", () => {
    const NOV = periodOf("2026-11-01", "2026-11-30", "UTC")!;
    fc.assert(
      fc.property(
        fc.constantFrom(...CURRENCIES),
        fc.integer({ min: 1, max: 5_000_000 }),
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 28 }), minutes: fc.integer({ min: 1, max: 600 }), seconds: fc.integer({ min: 0, max: 59 }), task: fc.constantFrom(null, "A", "B", "[[C]]") }), { minLength: 1, maxLength: 25 }),
        fc.constantFrom("1 up", "6 nearest", "15 up", "30 down task", "15 nearest task"),
        fc.array(milli, { maxLength: 2 }),
        (currency, rateMinor, spans, rounding, taxes) => {
          const digits = minorDigits(currency);
          const rate = (rateMinor / 10 ** digits).toFixed(digits);
          const { client, fields } = makeClient({ timezone: "UTC", currency, rate, rounding, tax: taxes.map((m) => `Tax ${m / 1000}%`) });
          expect(client.rate).toBe(rateMinor);
          const es = spans.map((s) => entry(new Date(Date.UTC(2026, 10, 1 + s.day, 8)).toISOString(), s.minutes, { task: s.task, end: Date.UTC(2026, 10, 1 + s.day, 8) + s.minutes * 60_000 + s.seconds * 1000 }));
          const r = bill({ client, fields, entries: es, ...NOV, billed: new Set(), packages: new Map(), packagesBilled: new Set(), retainer: { charged: new Map(), used: new Map(), overage: new Map() }, depositCredit: 0 });
          const errors = r.problems.filter((p) => p.severity === "error");
          if (errors.length > 0) {
            // Only a fully rounded-down month may have nothing to bill; it then bills nothing at all.
            expect(errors.map((p) => p.code)).toEqual([]);
          }
          for (const l of r.lines) {
            const exact = BigInt(rateMinor) * BigInt(l.minutes ?? 0); // × 60 of the exact amount
            const diff = BigInt(l.amount) * 60n - exact;
            expect((diff < 0n ? -diff : diff) * 2n <= 60n).toBe(true);
          }
          expect(r.totals.subtotal).toBe(r.lines.reduce((a, l) => a + l.amount, 0));
          expect(r.totals.total).toBe(r.totals.subtotal - r.totals.discount + r.totals.taxes.reduce((a, x) => a + x.amount, 0));
          expect(new Set(r.entries.map((e) => e.id))).toEqual(new Set(es.map((e) => e.id)));
        },
      ),
      { numRuns: 200 },
    );
  });
});
