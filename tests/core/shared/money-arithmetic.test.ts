// Sums, rates and percentages of integer minor units (src/core/shared/money.ts); parsing and
// formatting are tested in money.test.ts.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addMoney, multiplyRate, percentOf, sumMinor } from "../../../src/core/shared/money";

const MAX = Number.MAX_SAFE_INTEGER;
const HOUR = 3_600_000;
const MINUTE = 60_000;
const runs = { numRuns: 1000 };

describe("addMoney and sumMinor", () => {
  it("adds amounts of one currency", () => {
    expect(addMoney({ minor: 4500, currency: "USD" }, { minor: 1125, currency: "USD" })).toEqual({
      minor: 5625,
      currency: "USD",
    });
    expect(addMoney({ minor: -500, currency: "VND" }, { minor: 1500000, currency: "VND" })).toEqual({
      minor: 1499500,
      currency: "VND",
    });
  });

  it("refuses mixed currencies and overflow", () => {
    expect(() => addMoney({ minor: 1, currency: "USD" }, { minor: 1, currency: "AUD" })).toThrow();
    expect(() => addMoney({ minor: MAX, currency: "USD" }, { minor: 1, currency: "USD" })).toThrow(RangeError);
    expect(() => addMoney({ minor: 0.5, currency: "USD" }, { minor: 1, currency: "USD" })).toThrow(RangeError);
  });

  it("sums exactly", () => {
    expect(sumMinor([])).toBe(0);
    expect(sumMinor([4500, 1125, -625])).toBe(5000);
    expect(sumMinor([MAX, 1, -1])).toBe(MAX);
    expect(sumMinor([MAX - 1, 1])).toBe(MAX);
    expect(sumMinor([-MAX, -1, 1])).toBe(-MAX);
  });

  it("throws RangeError past MAX_SAFE_INTEGER or for non-integers", () => {
    expect(() => sumMinor([MAX, 1])).toThrow(RangeError);
    expect(() => sumMinor([-MAX, -1])).toThrow(RangeError);
    expect(() => sumMinor([MAX, MAX, MAX])).toThrow(RangeError);
    expect(() => sumMinor([1, 0.5])).toThrow(RangeError);
    expect(() => sumMinor([1, Number.NaN])).toThrow(RangeError);
    expect(() => sumMinor([MAX + 1, -2])).toThrow(RangeError);
  });

  it("equals the BigInt sum, or throws when that is not a safe integer", () => {
    const amount = fc.oneof(
      fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
      fc.maxSafeInteger(),
      fc.constantFrom(MAX, -MAX, MAX - 1, 1, -1, 0),
    );
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 30 }), (values) => {
        const exact = values.reduce((acc, v) => acc + BigInt(v), 0n);
        if (exact >= BigInt(-MAX) && exact <= BigInt(MAX)) {
          expect(sumMinor(values)).toBe(Number(exact));
        } else {
          expect(() => sumMinor(values)).toThrow(RangeError);
        }
      }),
      runs,
    );
  });
});

describe("multiplyRate", () => {
  it.each<[number, number, number]>([
    [4500, 15 * MINUTE, 1125],
    [3333, HOUR + 20 * MINUTE, 4444],
    [4500, HOUR, 4500],
    [4500, 0, 0],
    [0, 8 * HOUR, 0],
    [100, 18_000, 1], // 0.5 minor rounds half up
    [100, 17_999, 0],
    [100, 54_000, 2], // 1.5 → 2
    [1, 1, 0],
    [3333, MINUTE, 56], // 55.55 → 56
    [500000, 90 * MINUTE, 750000], // VND 500 000/h × 1.5 h
    [25000, 7 * MINUTE, 2917], // KWD 25.000/h × 7 min = 2.91666 → 2.917
    [MAX, HOUR, MAX],
  ])("%i/h for %i ms → %i", (rate, ms, amount) => {
    expect(multiplyRate(rate, ms)).toBe(amount);
  });

  it("throws RangeError past MAX_SAFE_INTEGER or for non-integers", () => {
    expect(() => multiplyRate(MAX, 2 * HOUR)).toThrow(RangeError);
    expect(() => multiplyRate(45.5, HOUR)).toThrow(RangeError);
    expect(() => multiplyRate(4500, 0.5)).toThrow(RangeError);
  });

  const rate = fc.integer({ min: 0, max: 100_000_000 });
  const duration = fc.integer({ min: 0, max: 10_000 * HOUR });

  it("is monotonic in duration", () => {
    fc.assert(
      fc.property(rate, duration, duration, (r, a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        expect(multiplyRate(r, short)).toBeLessThanOrEqual(multiplyRate(r, long));
      }),
      runs,
    );
  });

  it("is exact for whole hours", () => {
    fc.assert(
      fc.property(rate, fc.integer({ min: 0, max: 10_000 }), (r, hours) => {
        expect(multiplyRate(r, hours * HOUR)).toBe(r * hours);
      }),
      runs,
    );
  });

  it("is the exact product rounded half up", () => {
    fc.assert(
      fc.property(rate, duration, (r, ms) => {
        const amount = BigInt(multiplyRate(r, ms));
        const scaled = BigInt(r) * BigInt(ms); // exact amount × 3 600 000
        const error = scaled - amount * 3_600_000n; // half up leaves exact - rounded in [-0.5, 0.5) minor
        expect(error).toBeGreaterThanOrEqual(-1_800_000n);
        expect(error).toBeLessThan(1_800_000n);
      }),
      runs,
    );
  });
});

describe("percentOf", () => {
  it.each<[number, number, number]>([
    [10000, 10000, 1000], // 10% of $100.00
    [12345, 10000, 1235], // 1234.5 → 1235
    [12344, 10000, 1234],
    [12345, 8875, 1096], // 8.875% of 123.45 = 10.9561875
    [1500000, 10000, 150000], // VND
    [1500000, 8000, 120000], // 8% VAT
    [999, 50000, 500], // 50% of 9.99 = 4.995 → 5.00
    [5, 10000, 1], // 0.5 → 1
    [4, 10000, 0],
    [7777, 100000, 7777],
    [7777, 0, 0],
    [-12345, 10000, -1235], // symmetric for credits
    [MAX, 100000, MAX],
  ])("%i × %i m%% → %i", (minor, milliPercent, amount) => {
    expect(percentOf(minor, milliPercent)).toBe(amount);
  });

  it("throws RangeError past MAX_SAFE_INTEGER or for non-integers", () => {
    expect(() => percentOf(MAX, 200000)).toThrow(RangeError);
    expect(() => percentOf(100, 10.5)).toThrow(RangeError);
  });

  it("is the exact product rounded half up, and monotonic in the amount", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.integer({ min: 0, max: 100_000 }),
        (a, b, mp) => {
          const amount = BigInt(percentOf(a, mp));
          const error = BigInt(a) * BigInt(mp) - amount * 100_000n;
          expect(error).toBeGreaterThanOrEqual(-50_000n);
          expect(error).toBeLessThan(50_000n);
          const [small, large] = a <= b ? [a, b] : [b, a];
          expect(percentOf(small, mp)).toBeLessThanOrEqual(percentOf(large, mp));
        },
      ),
      runs,
    );
  });
});
