// Amounts read from text and written for people (src/core/shared/money.ts): parseMajor,
// toMajorString, formatMoney; sums, rates and percentages are in money-arithmetic.test.ts.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CURRENCY_CODES, minorDigits } from "../../../src/core/shared/currencies";
import { formatMoney, parseMajor, toMajorString } from "../../../src/core/shared/money";

const MAX = Number.MAX_SAFE_INTEGER;
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
