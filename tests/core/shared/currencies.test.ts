import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  CURRENCY_CODES,
  CURRENCY_MINOR_DIGITS,
  isCurrencyCode,
  minorDigits,
  suggestCurrency,
} from "../../../src/core/shared/currencies";

describe("currency table", () => {
  it("holds the ~170 active ISO 4217 codes, each three capitals", () => {
    expect(CURRENCY_CODES.length).toBeGreaterThanOrEqual(150);
    expect(CURRENCY_CODES.length).toBeLessThanOrEqual(190);
    for (const code of CURRENCY_CODES) {
      expect(code).toMatch(/^[A-Z]{3}$/);
      expect([0, 2, 3, 4]).toContain(CURRENCY_MINOR_DIGITS[code]);
    }
    expect(new Set(CURRENCY_CODES).size).toBe(CURRENCY_CODES.length);
    expect([...CURRENCY_CODES]).toEqual([...CURRENCY_CODES].sort());
  });

  it.each([
    ["USD", 2], ["AUD", 2], ["GBP", 2], ["EUR", 2], ["CAD", 2], ["SGD", 2], ["PHP", 2],
    ["VND", 0], ["JPY", 0], ["KRW", 0], ["CLP", 0], ["ISK", 0], ["UGX", 0], ["XOF", 0], ["XAF", 0],
    ["XPF", 0], ["PYG", 0], ["RWF", 0], ["KMF", 0], ["GNF", 0], ["DJF", 0], ["BIF", 0], ["VUV", 0], ["UYI", 0],
    ["KWD", 3], ["BHD", 3], ["OMR", 3], ["JOD", 3], ["TND", 3], ["LYD", 3], ["IQD", 3],
    ["CLF", 4], ["UYW", 4],
    ["XCD", 2], ["XCG", 2], ["ZWG", 2], ["SLE", 2], ["VED", 2], ["VES", 2], ["MRU", 2], ["STN", 2],
  ])("%s has %i minor digits", (code, digits) => {
    expect(isCurrencyCode(code)).toBe(true);
    expect(minorDigits(code)).toBe(digits);
  });

  it.each(["XAU", "XAG", "XPD", "XPT", "XDR", "XTS", "XXX", "XUA", "XSU", "XBA", "XBB", "XBC", "XBD", "XAD"])(
    "excludes the non-money code %s",
    (code) => {
      expect(isCurrencyCode(code)).toBe(false);
      expect(() => minorDigits(code)).toThrow(RangeError);
    },
  );

  it.each(["HRK", "SLL", "ZWL", "ANG", "CUC", "VEF", "MRO", "STD", "BGN"])("excludes the withdrawn code %s", (code) => {
    expect(isCurrencyCode(code)).toBe(false);
  });
});

describe("isCurrencyCode", () => {
  it.each(["usd", "Usd", " USD", "USD ", "US", "USDD", "", "U$D", "constructor", "__proto__", "toString"])(
    "rejects %j",
    (code) => {
      expect(isCurrencyCode(code)).toBe(false);
    },
  );

  it("accepts exactly the table's codes among random three-letter strings", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z]{3}$/), (code) => {
        expect(isCurrencyCode(code)).toBe(Object.prototype.hasOwnProperty.call(CURRENCY_MINOR_DIGITS, code));
        if (code !== code.toUpperCase()) expect(isCurrencyCode(code)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("minorDigits", () => {
  it("throws RangeError for unknown or badly cased codes", () => {
    expect(() => minorDigits("usd")).toThrow(RangeError);
    expect(() => minorDigits("ABC")).toThrow(RangeError);
    expect(() => minorDigits("")).toThrow(RangeError);
  });
});

describe("suggestCurrency", () => {
  it.each([
    ["usd", "USD"], [" Usd ", "USD"], ["USD", "USD"], ["vnd", "VND"], ["\tjpy\n", "JPY"], ["kwd", "KWD"],
    ["€", "EUR"], ["£", "GBP"], ["₫", "VND"], ["đ", "VND"], ["vnđ", "VND"], ["us$", "USD"], ["A$", "AUD"],
  ])("suggests %j → %s", (input, expected) => {
    expect(suggestCurrency(input)).toBe(expected);
  });

  it.each(["", "   ", "dollars", "XYZ", "xau", "$", "¥", "US", "USDD"])("has nothing for %j", (input) => {
    expect(suggestCurrency(input)).toBeNull();
  });

  it("always suggests a valid code or null", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), (input) => {
        const s = suggestCurrency(input);
        if (s !== null) expect(isCurrencyCode(s)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("recovers every code from any casing and padding", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CURRENCY_CODES),
        fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
        fc.stringMatching(/^[ \t]{0,3}$/),
        fc.stringMatching(/^[ \t]{0,3}$/),
        (code, lower, before, after) => {
          const cased = [...code].map((ch, i) => (lower[i] ? ch.toLowerCase() : ch)).join("");
          expect(suggestCurrency(before + cased + after)).toBe(code);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
