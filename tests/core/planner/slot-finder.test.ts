// Meeting slots with a pinned `now`: intersections of working windows, blocks and their buffer,
// the past, the grid, and DST switch days in Sydney, London and New York with the VA in Ho Chi Minh City.
import { describe, expect, it } from "vitest";
import { findSlots, type SlotClient, type SlotOptions } from "../../../src/core/planner/slot-finder";
import type { Weekday } from "../../../src/core/shared/types";

const Z = (iso: string) => Date.parse(iso);
const ALL: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const WORKDAYS: Weekday[] = ["mon", "tue", "wed", "thu", "fri"];
const VA = "Asia/Ho_Chi_Minh";

const client = (key: string, timezone: string, hours = "09:00-17:00", days = WORKDAYS): SlotClient => {
  const [s, e] = hours.split("-").map((h) => +h.slice(0, 2) * 60 + +h.slice(3));
  return { key, name: key, timezone, workingHours: { start: s, end: e }, workingDays: days };
};

function options(over: Partial<SlotOptions>): SlotOptions {
  return {
    week: "2026-W48",
    zone: VA,
    weekStart: "mon",
    workingHours: { start: 8 * 60, end: 22 * 60 },
    workingDays: WORKDAYS,
    clients: [],
    durationMinutes: 60,
    busy: [],
    now: Z("2026-11-20T00:00Z"),
    ...over,
  };
}

describe("findSlots", () => {
  it("keeps inside the VA's and the client's windows, on a 15-minute grid, with every party's local time", () => {
    // London in winter (+00:00): 09:00–17:00 there is 16:00–24:00 in Ho Chi Minh City; the VA stops at 22:00.
    const slots = findSlots(options({ clients: [client("Clara", "Europe/London")] }));
    const monday = slots.filter((s) => s.parties[0].date === "2026-11-23");
    expect(monday[0].start).toBe(Z("2026-11-23T16:00+07:00"));
    expect(monday[1].start - monday[0].start).toBe(15 * 60_000);
    expect(monday[monday.length - 1].end).toBe(Z("2026-11-23T22:00+07:00"));
    expect(monday).toHaveLength(21);
    expect(monday[0].parties).toEqual([
      { clientKey: null, zone: VA, date: "2026-11-23", endDate: "2026-11-23", start: "16:00", end: "17:00", abbreviation: "GMT+7", offset: "+07:00" },
      { clientKey: "Clara", zone: "Europe/London", date: "2026-11-23", endDate: "2026-11-23", start: "09:00", end: "10:00", abbreviation: "GMT", offset: "+00:00" },
    ]);
    expect(new Set(slots.map((s) => s.parties[0].date)).size).toBe(5);
  });

  it("needs every chosen client at once: Sydney and London share no working hour", () => {
    const sydney = client("Harbour", "Australia/Sydney");
    expect(findSlots(options({ clients: [sydney] })).length).toBeGreaterThan(0);
    expect(findSlots(options({ clients: [sydney, client("Clara", "Europe/London")] }))).toEqual([]);
    // New York's evening reaches Sydney's morning on the VA's day: 17:00–18:00 EST is 09:00–10:00 AEDT.
    const ny = client("Brightloop", "America/New_York", "09:00-18:00");
    const both = findSlots(options({ clients: [sydney, ny], workingHours: { start: 0, end: 1440 }, workingDays: ALL }));
    expect(both.map((s) => s.parties.map((p) => `${p.date} ${p.start}`))).toEqual([
      ["2026-11-24 05:00", "2026-11-24 09:00", "2026-11-23 17:00"],
      ["2026-11-25 05:00", "2026-11-25 09:00", "2026-11-24 17:00"],
      ["2026-11-26 05:00", "2026-11-26 09:00", "2026-11-25 17:00"],
      ["2026-11-27 05:00", "2026-11-27 09:00", "2026-11-26 17:00"],
    ]);
  });

  it("keeps the buffer from every planned block, of any client", () => {
    const busy = [{ start: Z("2026-11-23T17:00+07:00"), end: Z("2026-11-23T18:00+07:00") }];
    const monday = findSlots(options({ clients: [client("Clara", "Europe/London")], busy })).filter((s) => s.parties[0].date === "2026-11-23");
    const starts = monday.map((s) => s.parties[0].start);
    // 16:00 would end at 17:00, touching the block: less than the 10 minutes' buffer. 18:10 is the
    // first time clear of it, and the grid moves it to 18:15.
    expect(starts.slice(0, 2)).toEqual(["18:15", "18:30"]);
    const noBuffer = findSlots(options({ clients: [client("Clara", "Europe/London")], busy, bufferMinutes: 0 })).filter((s) => s.parties[0].date === "2026-11-23");
    expect(noBuffer.map((s) => s.parties[0].start).slice(0, 2)).toEqual(["16:00", "18:00"]);
  });

  it("offers nothing in the past, and nothing longer than the windows allow", () => {
    const now = Z("2026-11-25T19:07+07:00");
    const slots = findSlots(options({ clients: [client("Clara", "Europe/London")], now }));
    expect(slots[0].start).toBe(Z("2026-11-25T19:15+07:00"));
    expect(findSlots(options({ clients: [client("Clara", "Europe/London")], durationMinutes: 7 * 60 }))).toEqual([]);
    expect(findSlots(options({ durationMinutes: 0 }))).toEqual([]);
  });

  describe("on DST switch days, the VA in Asia/Ho_Chi_Minh and a client who works every day 09:00–17:00", () => {
    const CASES = [
      { name: "Sydney springs forward (Sun 4 Oct 2026)", zone: "Australia/Sydney", week: "2026-W40", sat: "2026-10-03T09:00+10:00", sun: "2026-10-04T09:00+11:00", sunEnd: "2026-10-04T17:00+11:00", abbr: ["GMT+10", "GMT+11"] },
      { name: "Sydney falls back (Sun 5 Apr 2026)", zone: "Australia/Sydney", week: "2026-W14", sat: "2026-04-04T09:00+11:00", sun: "2026-04-05T09:00+10:00", sunEnd: "2026-04-05T17:00+10:00", abbr: ["GMT+11", "GMT+10"] },
      { name: "London springs forward (Sun 29 Mar 2026)", zone: "Europe/London", week: "2026-W13", sat: "2026-03-28T09:00+00:00", sun: "2026-03-29T09:00+01:00", sunEnd: "2026-03-29T17:00+01:00", abbr: ["GMT", "GMT+1"] },
      { name: "London falls back (Sun 25 Oct 2026)", zone: "Europe/London", week: "2026-W43", sat: "2026-10-24T09:00+01:00", sun: "2026-10-25T09:00+00:00", sunEnd: "2026-10-25T17:00+00:00", abbr: ["GMT+1", "GMT"] },
      { name: "New York springs forward (Sun 8 Mar 2026)", zone: "America/New_York", week: "2026-W10", sat: "2026-03-07T09:00-05:00", sun: "2026-03-08T09:00-04:00", sunEnd: null, abbr: ["EST", "EDT"] },
      { name: "New York falls back (Sun 1 Nov 2026)", zone: "America/New_York", week: "2026-W44", sat: "2026-10-31T09:00-04:00", sun: "2026-11-01T09:00-05:00", sunEnd: null, abbr: ["EDT", "EST"] },
    ];
    for (const c of CASES) {
      it(c.name, () => {
        const slots = findSlots(
          options({ week: c.week, workingHours: { start: 0, end: 1440 }, workingDays: ALL, clients: [client("X", c.zone, "09:00-17:00", ALL)], now: 0 }),
        );
        const on = (date: string) => slots.filter((s) => s.parties[1].date === date);
        const sat = on(c.sat.slice(0, 10));
        const sun = on(c.sun.slice(0, 10));
        expect(sat[0].start).toBe(Z(c.sat));
        expect(sun[0].start).toBe(Z(c.sun));
        expect(sun[0].parties[1]).toMatchObject({ start: "09:00", offset: c.sun.slice(-6), abbreviation: c.abbr[1] });
        expect(sat[0].parties[1]).toMatchObject({ start: "09:00", offset: c.sat.slice(-6), abbreviation: c.abbr[0] });
        // Eight hours of the client's day, whatever the switch did to the VA's view of it; New York's
        // Sunday afternoon is past the VA's week end (Monday 00:00 in Ho Chi Minh City).
        if (c.sunEnd) expect(sun[sun.length - 1].end).toBe(Z(c.sunEnd));
        else expect(sun[sun.length - 1].end).toBeLessThanOrEqual(Z(`${c.sun.slice(0, 10)}T17:00Z`));
        for (const s of slots) expect(s.parties[1].start >= "09:00" && s.parties[1].end <= "17:00" && s.parties[1].end > s.parties[1].start).toBe(true);
      });
    }
  });
});
