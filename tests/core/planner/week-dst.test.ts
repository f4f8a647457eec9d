// Weeks and entries on daylight-saving switch days, with a pinned clock and a pinned default zone:
// nothing here may depend on "now" or on the machine's zone.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Settings } from "luxon";
import { weekOf, weekRange } from "../../../src/core/shared/week";
import { formatInstant } from "../../../src/core/shared/instant";
import { parseTimedLine } from "../../../src/core/notes/timed-line";
import { offsetAt } from "../../../src/core/shared/zones";
import type { Weekday } from "../../../src/core/shared/types";
import { testIndex } from "../../support/vault";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const VA = "Asia/Ho_Chi_Minh";
const Z = (iso: string) => Date.parse(iso);

interface SwitchDay {
  zone: string;
  /** The Sunday of the switch. */
  date: string;
  /** Its local midnight and the next one, as UTC instants worked out by hand. */
  midnight: string;
  nextMidnight: string;
  hours: 23 | 25;
  /** ISO weeks holding the switch day when weeks start on Monday, Sunday, Saturday. */
  weeks: Record<"mon" | "sun" | "sat", string>;
  /** A one-hour entry across the switch, written with the offsets in force. */
  entry: [string, string];
}

const SWITCHES: SwitchDay[] = [
  {
    zone: "Australia/Sydney",
    date: "2026-10-04",
    midnight: "2026-10-03T14:00Z",
    nextMidnight: "2026-10-04T13:00Z",
    hours: 23,
    weeks: { mon: "2026-W40", sun: "2026-W41", sat: "2026-W41" },
    entry: ["2026-10-04T01:30+10:00", "2026-10-04T03:30+11:00"],
  },
  {
    zone: "Australia/Sydney",
    date: "2026-04-05",
    midnight: "2026-04-04T13:00Z",
    nextMidnight: "2026-04-05T14:00Z",
    hours: 25,
    weeks: { mon: "2026-W14", sun: "2026-W15", sat: "2026-W15" },
    entry: ["2026-04-05T02:30+11:00", "2026-04-05T02:30+10:00"],
  },
  {
    zone: "Europe/London",
    date: "2026-03-29",
    midnight: "2026-03-29T00:00Z",
    nextMidnight: "2026-03-29T23:00Z",
    hours: 23,
    weeks: { mon: "2026-W13", sun: "2026-W14", sat: "2026-W14" },
    entry: ["2026-03-29T00:30+00:00", "2026-03-29T02:30+01:00"],
  },
  {
    zone: "Europe/London",
    date: "2026-10-25",
    midnight: "2026-10-24T23:00Z",
    nextMidnight: "2026-10-26T00:00Z",
    hours: 25,
    weeks: { mon: "2026-W43", sun: "2026-W44", sat: "2026-W44" },
    entry: ["2026-10-25T01:30+01:00", "2026-10-25T01:30+00:00"],
  },
  {
    zone: "America/New_York",
    date: "2026-03-08",
    midnight: "2026-03-08T05:00Z",
    nextMidnight: "2026-03-09T04:00Z",
    hours: 23,
    weeks: { mon: "2026-W10", sun: "2026-W11", sat: "2026-W11" },
    entry: ["2026-03-08T01:30-05:00", "2026-03-08T03:30-04:00"],
  },
  {
    zone: "America/New_York",
    date: "2026-11-01",
    midnight: "2026-11-01T04:00Z",
    nextMidnight: "2026-11-02T05:00Z",
    hours: 25,
    weeks: { mon: "2026-W44", sun: "2026-W45", sat: "2026-W45" },
    entry: ["2026-11-01T01:30-04:00", "2026-11-01T01:30-05:00"],
  },
];

/** Where the switch day sits in the week for each week start (the switch days are Sundays). */
const SLOT: Record<"mon" | "sun" | "sat", number> = { mon: 6, sun: 0, sat: 1 };

function dayLengths(days: number[], to: number): number[] {
  return days.map((d, i) => ((i < 6 ? days[i + 1] : to) - d) / HOUR);
}

// Two pinned worlds: results must not change with the clock or the machine's zone.
describe.each([
  { now: "2026-06-15T12:00:00Z", defaultZone: "Pacific/Kiritimati" },
  { now: "2031-01-02T03:04:05Z", defaultZone: "America/Adak" },
])("with the clock at $now and the default zone $defaultZone", ({ now, defaultZone }) => {
  const saved = Settings.defaultZone;
  beforeAll(() => {
    vi.useFakeTimers({ now: new Date(now), toFake: ["Date"] });
    Settings.defaultZone = defaultZone;
  });
  afterAll(() => {
    vi.useRealTimers();
    Settings.defaultZone = saved;
  });

  it("the clock is pinned", () => {
    expect(Date.now()).toBe(Z(now));
  });

  describe.each(SWITCHES)("$zone on $date", (s) => {
    it.each(["mon", "sun", "sat"] as const)("weekRange in the client's zone, week starting %s", (start: Weekday & keyof typeof SLOT) => {
      const r = weekRange(s.weeks[start], s.zone, start);
      const slot = SLOT[start];
      expect(r.week).toBe(s.weeks[start]);
      expect(r.days).toHaveLength(7);
      expect(r.days[slot]).toBe(Z(s.midnight));
      expect(slot < 6 ? r.days[slot + 1] : r.to).toBe(Z(s.nextMidnight));
      const lengths = dayLengths(r.days, r.to);
      expect(lengths[slot]).toBe(s.hours);
      expect(lengths.filter((l, i) => i !== slot)).toEqual([24, 24, 24, 24, 24, 24]);
      expect((r.to - r.from) / HOUR).toBe(7 * 24 + (s.hours - 24));
      expect(r.from).toBe(r.days[0]);
    });

    it.each(["mon", "sun", "sat"] as const)("weekOf in the client's zone, week starting %s", (start) => {
      const at = [Z(s.midnight), Z(s.midnight) + 2.5 * HOUR, Z(s.nextMidnight) - 1];
      for (const ms of at) expect(weekOf(ms, s.zone, start)).toBe(s.weeks[start]);
      // One millisecond before that local midnight is the day before.
      const before = weekOf(Z(s.midnight) - 1, s.zone, start);
      expect(before === s.weeks[start]).toBe(start !== "sun");
    });

    it("a one-hour entry written with the offsets in force lasts exactly 3600 s", () => {
      const [from, to] = s.entry;
      const r = parseTimedLine(`- [start:: ${from}] [end:: ${to}] across the switch ^cd-dst00001`);
      expect(r.kind).toBe("timed");
      if (r.kind !== "timed") return;
      expect(r.line.end! - r.line.start).toBe(3600 * 1000);
      // The offsets written are the zone's at those instants, and the writer writes the same text.
      expect(r.line.startOffset).toBe(offsetAt(s.zone, r.line.start));
      expect(r.line.endOffset).toBe(offsetAt(s.zone, r.line.end!));
      expect(r.line.startOffset).not.toBe(r.line.endOffset);
      expect(formatInstant(r.line.start, offsetAt(s.zone, r.line.start))).toBe(from);
      expect(formatInstant(r.line.end!, offsetAt(s.zone, r.line.end!))).toBe(to);
      // It falls on the switch day of the client's zone.
      expect(r.line.start).toBeGreaterThanOrEqual(Z(s.midnight));
      expect(r.line.end!).toBeLessThanOrEqual(Z(s.nextMidnight));
    });

    it("the entry is found in the client's week and in the VA's week", () => {
      const index = testIndex([], { timeZone: VA });
      const [from, to] = s.entry;
      index.setFile("Clients/C/Log/2026-01.md", `- [start:: ${from}] [end:: ${to}] x ^cd-dst00001\n`);
      const client = weekRange(s.weeks.mon, s.zone, "mon");
      expect(index.entriesOf("C", client.from, client.to).map((e) => e.id)).toEqual(["cd-dst00001"]);
      const start = parseTimedLine(`- [start:: ${from}]`);
      const vaWeek = weekOf(start.kind === "timed" ? start.line.start : NaN, VA, "mon");
      const va = weekRange(vaWeek, VA, "mon");
      expect(index.entriesOf("C", va.from, va.to).map((e) => e.id)).toEqual(["cd-dst00001"]);
    });

    it.each(["mon", "sun", "sat"] as const)("the same week in the VA's zone has seven 24-hour days (%s)", (start) => {
      const r = weekRange(s.weeks[start], VA, start);
      expect(dayLengths(r.days, r.to)).toEqual([24, 24, 24, 24, 24, 24, 24]);
      // Ho Chi Minh City midnight is 17:00 UTC the day before.
      expect(new Date(r.from).toISOString().slice(11)).toBe("17:00:00.000Z");
      // The VA's week starts before the client's when the client is east of the VA, after when west.
      const client = weekRange(s.weeks[start], s.zone, start);
      if (s.zone === "Australia/Sydney") expect(client.from).toBeLessThan(r.from);
      else expect(client.from).toBeGreaterThan(r.from);
    });
  });

  it("01:30–03:30 on the Sydney spring-forward day is one hour, 01:30+10:00–03:30+10:00 would be two", () => {
    const right = parseTimedLine("- [start:: 2026-10-04T01:30+10:00] [end:: 2026-10-04T03:30+11:00]");
    const naive = parseTimedLine("- [start:: 2026-10-04T01:30+10:00] [end:: 2026-10-04T03:30+10:00]");
    expect(right.kind === "timed" && right.line.end! - right.line.start).toBe(HOUR);
    expect(naive.kind === "timed" && naive.line.end! - naive.line.start).toBe(2 * HOUR);
  });

  it("the same instant is in different weeks for the VA and a client behind her", () => {
    // Monday 2026-10-05 06:30 in Ho Chi Minh City is still Sunday evening in London and New York.
    const ms = Z("2026-10-04T23:30Z");
    expect(weekOf(ms, VA, "mon")).toBe("2026-W41");
    expect(weekOf(ms, "Europe/London", "mon")).toBe("2026-W41");
    expect(weekOf(ms, "America/New_York", "mon")).toBe("2026-W40");
    expect(weekOf(ms, "Australia/Sydney", "mon")).toBe("2026-W41");
  });

  it("weekRange days are 24 h apart in the VA's zone all year", () => {
    for (let w = 1; w <= 53; w++) {
      const r = weekRange(`2026-W${String(w).padStart(2, "0")}`, VA, "mon");
      expect(r.to - r.from).toBe(7 * DAY);
    }
  });
});

describe("zones whose clocks fall back across midnight, so that 00:00 comes twice", () => {
  it.each<[string, string, string, string]>([
    // Havana: 01:00 CDT → 00:00 CST on Sunday 1 November 2026.
    ["America/Havana", "2026-W44", "2026-W45", "2026-11-01T04:00Z"],
    // The Azores: 01:00 (+00:00) → 00:00 (−01:00) on Sunday 25 October 2026.
    ["Atlantic/Azores", "2026-W43", "2026-W44", "2026-10-25T00:00Z"],
  ])("%s: a week starting on the switch Sunday begins at the first midnight, where the week before ends", (zone, before, week, midnight) => {
    const prev = weekRange(before, zone, "sun");
    const r = weekRange(week, zone, "sun");
    expect(r.from).toBe(Z(midnight));
    expect(prev.to).toBe(Z(midnight));
    expect((r.days[1] - r.days[0]) / HOUR).toBe(25);
    expect(weekOf(Z(midnight), zone, "sun")).toBe(week);
    expect(weekOf(Z(midnight) - 1, zone, "sun")).toBe(before);
  });

  it("a week starting on Monday holds the whole 25-hour Sunday", () => {
    const r = weekRange("2026-W44", "America/Havana", "mon");
    expect(r.days[6]).toBe(Z("2026-11-01T04:00Z"));
    expect(r.to).toBe(Z("2026-11-02T05:00Z"));
  });
});
