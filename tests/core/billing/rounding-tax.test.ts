import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseRounding, parseTax } from "../../../src/core/notes/client-note";
import type { Rounding } from "../../../src/core/shared/types";
import { RUNS } from "../support/arbitraries";

const blanks = fc.constantFrom(" ", "  ", "\t", " \t");
const edge = fc.constantFrom("", " ", "  ");
const caseOf = (s: string, upper: boolean) => (upper ? s.toUpperCase() : s);

describe("parseRounding", () => {
  it("reads any valid STEP MODE [SCOPE], in any case and spacing", () => {
    const rule = fc.record({
      stepMinutes: fc.integer({ min: 1, max: 60 }),
      mode: fc.constantFrom<Rounding["mode"]>("up", "nearest", "down"),
      scope: fc.option(fc.constantFrom<Rounding["scope"]>("entry", "task"), { nil: null }),
    });
    fc.assert(
      fc.property(rule, blanks, blanks, edge, edge, fc.boolean(), (r, b1, b2, lead, trail, upper) => {
        const text = `${lead}${r.stepMinutes}${b1}${caseOf(r.mode, upper)}${r.scope ? b2 + caseOf(r.scope, upper) : ""}${trail}`;
        expect(parseRounding(text)).toEqual({ stepMinutes: r.stepMinutes, mode: r.mode, scope: r.scope ?? "entry" });
      }),
      RUNS,
    );
  });

  it("refuses steps outside 1–60", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 10_000 }), fc.constantFrom("up", "down", "nearest"), (step, mode) => {
        expect(parseRounding(`${step} ${mode}`)).toBeNull();
      }),
      RUNS,
    );
    expect(parseRounding("0 up")).toBeNull();
  });

  it.each(["15 sideways", "15", "up 15", "15up", "15 up entry task", "1.5 up", "-5 down", "15 up tasks", ""])(
    "refuses %j",
    (text) => {
      expect(parseRounding(text)).toBeNull();
    },
  );
});

describe("parseTax", () => {
  const name = fc
    .string({ unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÀĐệ- "), minLength: 1, maxLength: 12 })
    .map((s) => s.trim())
    .filter((s) => s !== "");
  /** A rate 0–100% in thousandths, written with 0–3 decimals as people write it. */
  const rate = fc.integer({ min: 0, max: 100_000 }).chain((milli) => {
    const whole = Math.floor(milli / 1000);
    const frac = String(milli % 1000).padStart(3, "0").replace(/0+$/, "");
    const shortest = frac === "" ? String(whole) : `${whole}.${frac}`;
    const padded = `${whole}.${String(milli % 1000).padStart(3, "0")}`;
    return fc.constantFrom(shortest, padded).map((text) => ({ milli, text }));
  });

  it("reads any valid NAME RATE%", () => {
    fc.assert(
      fc.property(name, rate, blanks, fc.constantFrom("", " "), (n, r, gap, beforePct) => {
        expect(parseTax(`${n}${gap}${r.text}${beforePct}%`)).toEqual({ name: n, milliPercent: r.milli });
      }),
      RUNS,
    );
  });

  it("a rate without a name is called Tax", () => {
    fc.assert(
      fc.property(rate, (r) => {
        expect(parseTax(`${r.text}%`)).toEqual({ name: "Tax", milliPercent: r.milli });
      }),
      RUNS,
    );
  });

  it("refuses any rate above 100%", () => {
    fc.assert(
      fc.property(name, fc.integer({ min: 100_001, max: 999_999 }), (n, milli) => {
        const text = `${Math.floor(milli / 1000)}.${String(milli % 1000).padStart(3, "0")}`;
        expect(parseTax(`${n} ${text}%`)).toBeNull();
      }),
      RUNS,
    );
  });

  it("refuses a rate with a longer number or more decimals, instead of reading part of it", () => {
    fc.assert(
      fc.property(name, fc.integer({ min: 1000, max: 10 ** 9 }), (n, big) => {
        expect(parseTax(`${n} ${big}%`)).toBeNull();
      }),
      RUNS,
    );
    expect(parseTax("VAT 10.1050%")).toBeNull();
    expect(parseTax("VAT 1000%")).toBeNull();
  });

  it.each([["VAT ten"], ["GST 10"], ["10"], ["GST %"], ["GST -5%"], ["GST +5%"], ["-5%"], [""]])("refuses %j", (text) => {
    expect(parseTax(text)).toBeNull();
  });
});
