// parseMajor reads plain amounts by integer arithmetic: it must give what the regular expressions
// and BigInt of parseMajorPlain give, for every value and currency.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseMajor, parseMajorPlain } from "../../../src/core/shared/money";

const currency = fc.constantFrom("USD", "VND", "JPY", "KWD", "CLF", "EUR");
const digitText = fc.stringMatching(/^[+-]?\d{0,18}(\.\d{0,6})?$/);
const value = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.double({ noNaN: false }),
  fc.double({ min: 0, max: 1e6 }),
  fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 100),
  fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000),
  fc.constantFrom(0, -0, 1e15, 1e16, 9007199254740991, 9007199254740992, 1e21, 0.1 + 0.2, Infinity, -Infinity, NaN, -5, 12.5),
  digitText,
  fc.constantFrom("", " ", "+", ".", "5.", ".5", " 5", "5 ", "45.00", "0.50", "007", "-0", "-0.00", "1e3", "1,000", "999999999999999.99", "9999999999999999", "٣"),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(null, undefined, true, [], {}),
);

describe("parseMajor", () => {
  it("gives what parseMajorPlain gives", () => {
    fc.assert(
      fc.property(value, currency, (v, c) => {
        const fast = parseMajor(v, c);
        expect(fast).toEqual(parseMajorPlain(v, c));
        if (fast.ok) expect(Object.is(fast.minor, -0)).toBe(false);
      }),
      { numRuns: 20000 },
    );
  });

  it("refuses an unknown currency the same way", () => {
    expect(() => parseMajor(5, "XYZ")).toThrow(RangeError);
  });
});
