import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CURRENCY_CODES, minorDigits } from "../../../src/core/shared/currencies";
import {
  addMoney,
  formatMoney,
  multiplyRate,
  parseMajor,
  percentOf,
  sumMinor,
  toMajorString,
} from "../../../src/core/shared/money";

const MAX = Number.MAX_SAFE_INTEGER;
const HOUR = 3_600_000;
const MINUTE = 60_000;
/** Intl puts no-break spaces (U+00A0, U+202F) between number and symbol: compare with plain spaces. */
const plain = (s: string): string => s.replace(/[\u00a0\u202f]/g, " ");
const runs = { numRuns: 1000 };

describe("parseMajor", () => {
  it.each<[unknown, string, number]>([
    [45, "USD", 4500],
    ["45", "USD", 4500],
    ["32.50", "USD", 3250],
    [32.5, "USD", 3250],
    ["  32.50  ", "USD", 3250],
    ["+32.5", "USD", 3250],
    ["0.05", "USD", 5],
    [0, "USD", 0],
    ["-0", "USD", 0],
    ["-0.00", "USD", 0],
    ["007.10", "USD", 710],
    [19.99, "AUD", 1999],
    ["1234.5", "AUD", 123450],
    [0.1, "GBP", 10],
    ["99.99", "GBP", 9999],
    [1500000, "VND", 1500000],
    ["1500000", "VND", 1500000],
    ["1500000.000", "VND", 1500000],
    [45.0, "JPY", 45],
    ["45.0", "JPY", 45],
    ["45.00", "JPY", 45],
    [1.25, "KWD", 1250],
    ["1.250", "KWD", 1250],
    ["0.001", "KWD", 1],
    ["0.0001", "CLF", 1],
    [1e-4, "CLF", 1],
    [MAX, "JPY", MAX],
    [String(MAX), "VND", MAX],
    ["90071992547409.91", "USD", MAX],
    ["9007199254740.991", "KWD", MAX],
    [1e13, "USD", 1e15],
    ["10000000000000", "USD", 1e15],
  ])("%j %s → %i minor", (value, currency, minor) => {
    expect(parseMajor(value, currency)).toEqual({ ok: true, minor });
  });

  it.each<[unknown, string, "type" | "negative" | "precision" | "too-large"]>([
    ["abc", "USD", "type"],
    ["1,234.50", "USD", "type"],
    ["1 234.50", "USD", "type"],
    ["", "USD", "type"],
    ["   ", "USD", "type"],
    [".5", "USD", "type"],
    ["5.", "USD", "type"],
    ["1e3", "USD", "type"],
    ["$45", "USD", "type"],
    ["45 USD", "USD", "type"],
    ["0x10", "USD", "type"],
    ["Infinity", "USD", "type"],
    [Number.NaN, "USD", "type"],
    [Number.POSITIVE_INFINITY, "USD", "type"],
    [Number.NEGATIVE_INFINITY, "USD", "type"],
    [null, "USD", "type"],
    [undefined, "USD", "type"],
    [true, "USD", "type"],
    [{}, "USD", "type"],
    [[45], "USD", "type"],
    [-5, "USD", "negative"],
    ["-5", "USD", "negative"],
    [" -0.01 ", "USD", "negative"],
    [-0.001, "USD", "negative"],
    [32.505, "USD", "precision"],
    ["32.505", "USD", "precision"],
    [0.1 + 0.2, "USD", "precision"],
    ["45.50", "JPY", "precision"],
    [45.5, "JPY", "precision"],
    ["0.5", "VND", "precision"],
    ["1.2345", "KWD", "precision"],
    ["0.00001", "CLF", "precision"],
    [1e-7, "USD", "precision"],
    [1.5e-7, "KWD", "precision"],
    [5e-324, "USD", "precision"],
    [1e21, "USD", "too-large"],
    [1e21, "JPY", "too-large"],
    [1.7976931348623157e308, "USD", "too-large"],
    ["90071992547409.92", "USD", "too-large"],
    ["9007199254740992", "JPY", "too-large"],
    [MAX, "USD", "too-large"],
    ["1" + "0".repeat(400), "USD", "too-large"],
  ])("%j %s → %s", (value, currency, reason) => {
    expect(parseMajor(value, currency)).toEqual({ ok: false, reason });
  });

  it("rejects a bigint as type", () => {
    expect(parseMajor(45n, "USD")).toEqual({ ok: false, reason: "type" });
  });

  it("throws for a currency that is not in the table", () => {
    expect(() => parseMajor(45, "usd")).toThrow(RangeError);
    expect(() => parseMajor(45, "XAU")).toThrow(RangeError);
  });

  it("round-trips toMajorString for every currency and any safe non-negative amount", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CURRENCY_CODES), fc.integer({ min: 0, max: MAX }), (currency, minor) => {
        expect(parseMajor(toMajorString(minor, currency), currency)).toEqual({ ok: true, minor });
      }),
      runs,
    );
  });

  it("round-trips small amounts as YAML numbers too (≤ 15 significant digits survive a double)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CURRENCY_CODES),
        fc.integer({ min: 0, max: 999_999_999_999_999 }),
        (currency, minor) => {
          expect(parseMajor(Number(toMajorString(minor, currency)), currency)).toEqual({ ok: true, minor });
        },
      ),
      runs,
    );
  });

  it("rejects one fraction digit more than the currency has, with any padding", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CURRENCY_CODES),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 9 }),
        fc.stringMatching(/^ {0,2}$/),
        (currency, whole, last, pad) => {
          const digits = minorDigits(currency);
          const text = `${pad}${whole}.${"0".repeat(digits)}${last}${pad}`;
          expect(parseMajor(text, currency)).toEqual({ ok: false, reason: "precision" });
        },
      ),
      runs,
    );
  });

  it("reports any negative non-zero amount as negative", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CURRENCY_CODES), fc.integer({ min: 1, max: MAX }), (currency, minor) => {
        expect(parseMajor(toMajorString(-minor, currency), currency)).toEqual({ ok: false, reason: "negative" });
      }),
      runs,
    );
  });
});

describe("toMajorString", () => {
  it.each<[number, string, string]>([
    [4500, "USD", "45.00"],
    [4550, "AUD", "45.50"],
    [5, "GBP", "0.05"],
    [0, "USD", "0.00"],
    [-305, "USD", "-3.05"],
    [-5, "USD", "-0.05"],
    [1500000, "VND", "1500000"],
    [0, "VND", "0"],
    [1500, "JPY", "1500"],
    [-1500, "JPY", "-1500"],
    [1250, "KWD", "1.250"],
    [7, "KWD", "0.007"],
    [1, "CLF", "0.0001"],
    [MAX, "USD", "90071992547409.91"],
    [MAX, "VND", "9007199254740991"],
    [-MAX, "KWD", "-9007199254740.991"],
    [10_000_000_000_000, "USD", "100000000000.00"],
  ])("%i %s → %s", (minor, currency, text) => {
    expect(toMajorString(minor, currency)).toBe(text);
  });

  it("throws for non-integer, unsafe or unknown input", () => {
    expect(() => toMajorString(1.5, "USD")).toThrow(RangeError);
    expect(() => toMajorString(Number.NaN, "USD")).toThrow(RangeError);
    expect(() => toMajorString(MAX + 1, "USD")).toThrow(RangeError);
    expect(() => toMajorString(100, "usd")).toThrow(RangeError);
  });
});

describe("formatMoney", () => {
  it.each<[number, string, "en" | "vi", string]>([
    [123450, "USD", "en", "$1,234.50"],
    [4500, "USD", "en", "$45.00"],
    [-305, "USD", "en", "-$3.05"],
    [-5, "USD", "en", "-$0.05"],
    [0, "USD", "en", "$0.00"],
    [123450, "AUD", "en", "A$1,234.50"],
    [123450, "GBP", "en", "£1,234.50"],
    [1500000, "VND", "en", "₫1,500,000"],
    [1500000, "VND", "vi", "1.500.000 ₫"],
    [-1500000, "VND", "vi", "-1.500.000 ₫"],
    [1500, "JPY", "en", "¥1,500"],
    [1250, "KWD", "en", "KWD 1.250"],
    [1234567, "KWD", "vi", "1.234,567 KWD"],
    [123450, "USD", "vi", "1.234,50 US$"],
    [10_000_000_000_000, "USD", "en", "$100,000,000,000.00"],
    [10_000_000_000_001, "USD", "en", "$100,000,000,000.01"],
    [9_999_999_999_999, "USD", "en", "$99,999,999,999.99"],
    [10_000_000_000_000, "VND", "vi", "10.000.000.000.000 ₫"],
    [MAX, "USD", "en", "$90,071,992,547,409.91"],
    [MAX, "JPY", "en", "¥9,007,199,254,740,991"],
  ])("%i %s %s → %s", (minor, currency, language, text) => {
    expect(plain(formatMoney(minor, currency, language))).toBe(text);
  });

  it("throws for non-integer minor amounts and unknown currencies", () => {
    expect(() => formatMoney(0.5, "USD", "en")).toThrow(RangeError);
    expect(() => formatMoney(100, "usd", "en")).toThrow(RangeError);
  });

  it("shows exactly the currency's digits after the decimal point (en)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CURRENCY_CODES), fc.integer({ min: -MAX, max: MAX }), (currency, minor) => {
        const text = formatMoney(minor, currency, "en");
        const digits = minorDigits(currency);
        const fractions = [...text.matchAll(/\d\.(\d+)/g)];
        if (digits === 0) {
          expect(fractions).toHaveLength(0);
        } else {
          expect(fractions).toHaveLength(1);
          expect(fractions[0][1]).toBe(toMajorString(minor, currency).split(".")[1]);
        }
        expect(text.startsWith("-")).toBe(minor < 0);
      }),
      runs,
    );
  });

  it("shows exactly the currency's digits after the decimal comma (vi)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CURRENCY_CODES), fc.integer({ min: 0, max: MAX }), (currency, minor) => {
        const text = formatMoney(minor, currency, "vi");
        const digits = minorDigits(currency);
        const fractions = [...text.matchAll(/\d,(\d+)/g)];
        expect(fractions).toHaveLength(digits === 0 ? 0 : 1);
        if (digits > 0) expect(fractions[0][1]).toHaveLength(digits);
        // Grouped digits read back to the amount.
        expect(text.replace(/[^\d]/g, "")).toBe(String(minor).padStart(digits + 1, "0"));
      }),
      runs,
    );
  });

  it("agrees with Intl formatting the exact decimal string, for every currency and both languages", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CURRENCY_CODES),
        fc.constantFrom<"en" | "vi">("en", "vi"),
        fc.integer({ min: -MAX, max: MAX }),
        (currency, language, minor) => {
          const digits = minorDigits(currency);
          const reference = new Intl.NumberFormat(language === "en" ? "en-US" : "vi-VN", {
            style: "currency",
            currency,
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          });
          // Node 20 formats decimal strings exactly (Intl.NumberFormat v3).
          const exact = reference.format(toMajorString(minor, currency) as unknown as number);
          expect(formatMoney(minor, currency, language)).toBe(exact);
        },
      ),
      runs,
    );
  });
});

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
