import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import fc from "fast-check";
import { dayRange, isWeekId, monthOf, monthRange, weekOf, weekRange, weeksInIsoYear } from "../../../src/core/shared/week";
import { WEEKDAYS } from "../../../src/core/shared/types";
import { RUNS } from "../support/arbitraries";

const HOUR = 3_600_000;
const VA = "Asia/Ho_Chi_Minh";
const Z = (iso: string) => Date.parse(iso);

beforeAll(() => {
  vi.useFakeTimers({ now: new Date("2026-06-15T12:00:00Z"), toFake: ["Date"] });
});
afterAll(() => {
  vi.useRealTimers();
});

describe("weeksInIsoYear", () => {
  it("is luxon's weeksInWeekYear for every year 0000–9999", () => {
    for (let y = 0; y <= 9999; y++) expect(weeksInIsoYear(y), String(y)).toBe(DateTime.fromObject({ weekYear: y, weekNumber: 1 }).weeksInWeekYear);
  });
});

describe("isWeekId", () => {
  it.each<[string, boolean]>([
    ["2026-W01", true],
    ["2026-W48", true],
    ["2026-W53", true],
    ["2020-W53", true],
    ["2015-W53", true],
    ["2027-W01", true],
    ["2027-W52", true],
    ["2027-W53", false],
    ["2025-W53", false],
    ["2026-W54", false],
    ["2026-W00", false],
    ["2026-W5", false],
    ["2026-w05", false],
    ["2026W05", false],
    ["26-W05", false],
    [" 2026-W05", false],
    ["", false],
  ])("%s → %s", (id, ok) => {
    expect(isWeekId(id)).toBe(ok);
  });
});

describe("weeks at the turn of the year, for a VA in Ho Chi Minh City", () => {
  it("2026-W53 runs from Monday 28 December 2026 to Monday 4 January 2027", () => {
    const r = weekRange("2026-W53", VA, "mon");
    expect(r.from).toBe(Z("2026-12-28T00:00+07:00"));
    expect(r.to).toBe(Z("2027-01-04T00:00+07:00"));
    expect(r.days.map((d) => new Date(d + 7 * HOUR).toISOString().slice(0, 10))).toEqual([
      "2026-12-28",
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
      "2027-01-01",
      "2027-01-02",
      "2027-01-03",
    ]);
  });

  it("2027-W01 starts where 2026-W53 ends", () => {
    expect(weekRange("2027-W01", VA, "mon").from).toBe(weekRange("2026-W53", VA, "mon").to);
  });

  it("weekOf puts 1–3 January 2027 in 2026-W53 and 4 January in 2027-W01", () => {
    expect(weekOf(Z("2027-01-01T12:00+07:00"), VA, "mon")).toBe("2026-W53");
    expect(weekOf(Z("2027-01-03T23:59:59.999+07:00"), VA, "mon")).toBe("2026-W53");
    expect(weekOf(Z("2027-01-04T00:00+07:00"), VA, "mon")).toBe("2027-W01");
    expect(weekOf(Z("2024-12-31T12:00+07:00"), VA, "mon")).toBe("2025-W01");
  });

  it("weeks starting on Sunday or Saturday are named for the ISO Monday inside them", () => {
    expect(weekOf(Z("2027-01-03T10:00+07:00"), VA, "sun")).toBe("2027-W01");
    expect(weekOf(Z("2027-01-02T10:00+07:00"), VA, "sun")).toBe("2026-W53");
    expect(weekOf(Z("2027-01-02T10:00+07:00"), VA, "sat")).toBe("2027-W01");
    expect(weekOf(Z("2027-01-01T10:00+07:00"), VA, "sat")).toBe("2026-W53");
    expect(weekRange("2027-W01", VA, "sun").from).toBe(Z("2027-01-03T00:00+07:00"));
    expect(weekRange("2027-W01", VA, "sat").from).toBe(Z("2027-01-02T00:00+07:00"));
  });

  it("refuses a week that does not exist", () => {
    expect(() => weekRange("2027-W53", VA, "mon")).toThrow(RangeError);
    expect(() => weekRange("2026-W00", VA, "mon")).toThrow(RangeError);
    expect(() => weekRange("next week", VA, "mon")).toThrow(RangeError);
  });

  it("the same week id is another span of time in another zone", () => {
    const va = weekRange("2026-W53", VA, "mon");
    expect(weekRange("2026-W53", "UTC", "mon").from - va.from).toBe(7 * HOUR);
    expect(weekRange("2026-W53", "Australia/Sydney", "mon").from - va.from).toBe(-4 * HOUR);
  });
});

describe("monthOf near midnight", () => {
  it.each<[string, string, string]>([
    ["2026-10-31T17:30Z", VA, "2026-11"],
    ["2026-10-31T17:30Z", "UTC", "2026-10"],
    ["2026-10-31T16:59:59.999Z", VA, "2026-10"],
    ["2026-10-31T17:00Z", VA, "2026-11"],
    ["2026-12-31T17:00Z", VA, "2027-01"],
    ["2026-12-31T17:00Z", "UTC", "2026-12"],
    ["2026-10-31T17:30Z", "Australia/Sydney", "2026-11"],
    ["2026-10-31T17:30Z", "America/New_York", "2026-10"],
    ["2027-01-01T04:59Z", "America/New_York", "2026-12"],
    ["2027-01-01T05:00Z", "America/New_York", "2027-01"],
  ])("%s in %s is %s", (iso, zone, month) => {
    expect(monthOf(Z(iso), zone)).toBe(month);
  });
});

describe("weekOf and weekRange agree, in any zone, with any week start", { timeout: 60_000 }, () => {
  const zones = [
    VA,
    "UTC",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Europe/London",
    "America/New_York",
    "America/Santiago",
    "America/Havana",
    "Asia/Kathmandu",
    "Pacific/Chatham",
    "Pacific/Apia",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
  ];
  const instant = fc.integer({ min: Z("2000-01-01T00:00Z"), max: Z("2040-12-31T00:00Z") });

  it("the week of an instant holds it, and its seven days run in order", () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), fc.constantFrom(...WEEKDAYS), (ms, zone, start) => {
        const w = weekOf(ms, zone, start);
        expect(isWeekId(w)).toBe(true);
        const r = weekRange(w, zone, start);
        expect(r.from).toBeLessThanOrEqual(ms);
        expect(ms).toBeLessThan(r.to);
        expect(r.days[0]).toBe(r.from);
        for (let i = 0; i < 7; i++) {
          const length = (i < 6 ? r.days[i + 1] : r.to) - r.days[i];
          // 23, 24 or 25 hours (23.5/24.5 on Lord Howe); 0 for the day Samoa skipped, 2011-12-30.
          const ok = length === 0 ? zone === "Pacific/Apia" : length >= 22 * HOUR && length <= 26 * HOUR;
          expect(ok, `day ${i} of ${w} in ${zone} lasts ${length / HOUR} h`).toBe(true);
        }
        expect(weekOf(r.from, zone, start)).toBe(w);
        expect(weekOf(r.to - 1, zone, start)).toBe(w);
        expect(weekOf(r.to, zone, start)).not.toBe(w);
      }),
      RUNS,
    );
  });

  it("consecutive weeks tile time with no gap and no overlap", () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), fc.constantFrom(...WEEKDAYS), (ms, zone, start) => {
        const r = weekRange(weekOf(ms, zone, start), zone, start);
        const next = weekRange(weekOf(r.to, zone, start), zone, start);
        expect(next.from).toBe(r.to);
      }),
      RUNS,
    );
  });
});

describe("dayRange and monthRange: the user's day and month as instants", () => {
  const HCM = "Asia/Ho_Chi_Minh";
  it("a day in Ho Chi Minh City is 24 hours from local midnight", () => {
    const d = dayRange(Z("2026-11-23T00:30+07:00"), HCM);
    expect(d).toEqual({ from: Z("2026-11-23T00:00+07:00"), to: Z("2026-11-24T00:00+07:00") });
  });

  it("a DST day is 23 or 25 hours long", () => {
    const spring = dayRange(Z("2026-03-08T12:00-04:00"), "America/New_York");
    expect(spring.to - spring.from).toBe(23 * HOUR);
    const autumn = dayRange(Z("2026-10-25T12:00Z"), "Europe/London");
    expect(autumn.to - autumn.from).toBe(25 * HOUR);
  });

  it("a month runs from its first local midnight to the next month's, an hour shorter or longer across a switch", () => {
    expect(monthRange(Z("2026-11-23T12:00+07:00"), HCM)).toEqual({ from: Z("2026-11-01T00:00+07:00"), to: Z("2026-12-01T00:00+07:00"), month: "2026-11" });
    // 23:30 on 31 October in New York is already November in Ho Chi Minh City.
    expect(monthRange(Z("2026-10-31T23:30-04:00"), HCM).month).toBe("2026-11");
    const march = monthRange(Z("2026-03-15T12:00Z"), "Europe/London");
    expect(march.to - march.from).toBe(31 * 24 * HOUR - HOUR);
    const october = monthRange(Z("2026-10-15T12:00+11:00"), "Australia/Sydney");
    expect(october).toMatchObject({ from: Z("2026-10-01T00:00+10:00"), to: Z("2026-11-01T00:00+11:00"), month: "2026-10" });
    expect(monthRange(Z("2026-11-01T03:00Z"), "America/New_York").month).toBe("2026-10");
  });
});
