import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DateTime } from "luxon";
import { midnightAfter, midnightOf, steadyOffset, wallAsClocks } from "../../../src/core/shared/zone-days";
import { AS_CLOCKS, wallToInstant } from "../../../src/core/shared/local-time";
import { offsetAt } from "../../../src/core/shared/zones";

// Zones with switches at midnight (Santiago, Havana, Beirut, Asunción, Cairo), half hours (Lord
// Howe), odd offsets (Kathmandu), a whole day skipped (Apia, 2011-12-30) and the usual ones.
const ZONES = [
  "America/Santiago",
  "America/Havana",
  "Asia/Beirut",
  "America/Asuncion",
  "Africa/Cairo",
  "Australia/Lord_Howe",
  "Asia/Kathmandu",
  "Pacific/Apia",
  "Europe/London",
  "America/New_York",
  "Australia/Sydney",
  "Asia/Ho_Chi_Minh",
  "UTC",
];

const DAY = 86_400_000;

function dateText(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

describe("zone days against luxon", () => {
  it("every day of 2011 and 2026 in each zone", () => {
    for (const zone of ZONES) {
      for (const [from, to] of [[Date.UTC(2011, 0, 1), Date.UTC(2012, 0, 1)], [Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)]]) {
        for (let t = from; t < to; t += DAY) {
          const date = dateText(t);
          expect(midnightOf(date, zone), `${zone} ${date}`).toBe(DateTime.fromISO(date, { zone }).startOf("day").toMillis());
          expect(midnightAfter(date, zone), `${zone} ${date}`).toBe(DateTime.fromISO(date, { zone }).plus({ days: 1 }).startOf("day").toMillis());
        }
      }
    }
  }, 60_000);

  it("wall-clock times under AS_CLOCKS, switch hours included", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(1995, 0, 1) / 60_000, max: Date.UTC(2040, 0, 1) / 60_000 }), (zone, minute) => {
        const wall = minute * 60_000;
        expect(wallAsClocks(wall, zone)).toBe(wallToInstant(wall, zone, AS_CLOCKS));
      }),
      { numRuns: 2000 },
    );
  });

  it("a steady offset is luxon's offset", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }), (zone, ms) => {
        const o = steadyOffset(zone, ms);
        if (o !== null) expect(o).toBe(offsetAt(zone, ms));
      }),
      { numRuns: 2000 },
    );
  });

  it("dates that are not days, and unknown zones, are luxon's answer too", () => {
    for (const date of ["2026-02-30", "2026-13-01", "20260101", "0099-01-01", "2026-1-01"]) {
      expect(midnightOf(date, "Europe/London")).toBe(DateTime.fromISO(date, { zone: "Europe/London" }).startOf("day").toMillis());
      expect(midnightAfter(date, "Europe/London")).toBe(DateTime.fromISO(date, { zone: "Europe/London" }).plus({ days: 1 }).startOf("day").toMillis());
    }
    expect(midnightOf("2026-05-01", "Mars/Base")).toBeNaN();
    expect(steadyOffset("Mars/Base", 0)).toBeNull();
  });
});
