import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  formatClock,
  formatHoursRange,
  isWeekday,
  parseClock,
  parseHoursRange,
  parseWeekdays,
} from "../../../src/core/shared/hours";
import { WEEKDAYS } from "../../../src/core/shared/types";
import { RUNS } from "../support/arbitraries";

describe("parseClock", () => {
  it.each<[string, number | null]>([
    ["00:00", 0],
    ["09:00", 540],
    ["9:05", 545],
    [" 16:00 ", 960],
    ["23:59", 1439],
    ["24:00", null],
    ["25:00", null],
    ["12:60", null],
    ["12:5", null],
    ["1200", null],
    ["noon", null],
    ["", null],
  ])("%j → %j", (text, minutes) => {
    expect(parseClock(text)).toBe(minutes);
  });

  it("24:00 only as an end", () => {
    expect(parseClock("24:00", true)).toBe(1440);
    expect(parseClock("24:01", true)).toBeNull();
  });
});

describe("parseHoursRange", () => {
  it.each<[string, { start: number; end: number } | null]>([
    ["09:00-17:00", { start: 540, end: 1020 }],
    ["9:00 – 17:30", { start: 540, end: 1050 }],
    ["00:00-24:00", { start: 0, end: 1440 }],
    ["25:00-26:00", null],
    ["17:00-09:00", null],
    ["09:00-09:00", null],
    ["24:00-24:00", null],
    ["09:00", null],
    ["9-5", null],
  ])("%j → %j", (text, range) => {
    expect(parseHoursRange(text)).toEqual(range);
  });
});

describe("hours round trip", () => {
  it("parseClock(formatClock(m)) is m for every minute of the day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (m) => {
        const text = formatClock(m);
        expect(text).toMatch(/^\d{2}:\d{2}$/);
        expect(parseClock(text)).toBe(m);
        expect(parseClock(text, true)).toBe(m);
      }),
      RUNS,
    );
  });

  it("parseHoursRange(formatHoursRange(r)) is r for every start before end, end up to 24:00", () => {
    const range = fc
      .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 }))
      .filter(([a, b]) => a < b)
      .map(([start, end]) => ({ start, end }));
    fc.assert(
      fc.property(range, (r) => {
        expect(parseHoursRange(formatHoursRange(r))).toEqual(r);
      }),
      RUNS,
    );
  });

  it("formatClock(parseClock(text)) is the zero-padded text for any valid H:MM or HH:MM", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.boolean(), (h, m, pad) => {
        const text = `${pad ? String(h).padStart(2, "0") : String(h)}:${String(m).padStart(2, "0")}`;
        expect(formatClock(parseClock(text)!)).toBe(`${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
      }),
      RUNS,
    );
  });
});

describe("weekdays", () => {
  it("isWeekday accepts exactly the seven keys", () => {
    for (const d of WEEKDAYS) expect(isWeekday(d)).toBe(true);
    for (const v of ["Mon", "monday", "", 1, null, undefined]) expect(isWeekday(v)).toBe(false);
  });

  it.each<[unknown, string[] | null]>([
    [["mon", "tue"], ["mon", "tue"]],
    [["Sunday", "MON", "sat", "mon"], ["mon", "sat", "sun"]],
    ["fri, mon", ["mon", "fri"]],
    [[], []],
    [["mon", "funday"], null],
    [["mon", 3], null],
    [5, null],
    [null, null],
  ])("parseWeekdays(%j) → %j", (v, out) => {
    expect(parseWeekdays(v)).toEqual(out);
  });

  it("any subset of days in any order and case reads back as that subset in week order", () => {
    fc.assert(
      fc.property(fc.subarray([...WEEKDAYS]), fc.func(fc.boolean()), (days, upper) => {
        const shuffled = [...days].reverse().map((d, i) => (upper(i) ? d.toUpperCase() : d));
        expect(parseWeekdays(shuffled)).toEqual(days);
      }),
      RUNS,
    );
  });
});
