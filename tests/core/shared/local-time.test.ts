// Wall-clock times → instants (src/core/shared/local-time.ts): the one conversion, with its rules
// for the hour the clocks skip and the hour they pass twice, in zones that switch (Sydney, London,
// New York) and one that does not (Ho Chi Minh City); and the times typed in the dialogs.
import { describe, expect, it } from "vitest";
import { AS_CLOCKS, TYPED, formatLocalTime, parseLocalTime, wallInstants, wallToInstant, type OffsetOf } from "../../../src/core/shared/local-time";
import { offsetAt } from "../../../src/core/shared/zones";

const HCM = "Asia/Ho_Chi_Minh";
const at = (iso: string) => Date.parse(iso);
/** A wall-clock time written as if UTC: "2026-03-08 02:30" → Date.UTC(2026, 2, 8, 2, 30). */
const wall = (text: string) => Date.parse(`${text.replace(" ", "T")}:00Z`);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString().slice(0, 16) + "Z");

// [zone, a time the clocks skip, where AS_CLOCKS moves it, a time that happens twice, its first and second instants]
const SWITCHES: [string, string, string, string, string, string][] = [
  // 02:00 EST → 03:00 EDT on 8 March; 02:00 EDT → 01:00 EST on 1 November.
  ["America/New_York", "2026-03-08 02:30", "2026-03-08T07:30Z", "2026-11-01 01:30", "2026-11-01T05:30Z", "2026-11-01T06:30Z"],
  // 01:00 GMT → 02:00 BST on 29 March; 02:00 BST → 01:00 GMT on 25 October.
  ["Europe/London", "2026-03-29 01:15", "2026-03-29T01:15Z", "2026-10-25 01:30", "2026-10-25T00:30Z", "2026-10-25T01:30Z"],
  // 02:00 AEST → 03:00 AEDT on 4 October; 03:00 AEDT → 02:00 AEST on 5 April.
  ["Australia/Sydney", "2026-10-04 02:30", "2026-10-03T16:30Z", "2026-04-05 02:30", "2026-04-04T15:30Z", "2026-04-04T16:30Z"],
];

describe.each(SWITCHES)("%s", (zone, skipped, forward, twice, first, second) => {
  it("a skipped time has no instant: TYPED refuses it, AS_CLOCKS moves it forward by the gap", () => {
    expect(wallInstants(wall(skipped), zone)).toEqual([]);
    expect(wallToInstant(wall(skipped), zone, TYPED)).toBeNull();
    expect(iso(wallToInstant(wall(skipped), zone, AS_CLOCKS))).toBe(forward);
    // Forward by the gap: the wall clock then reads an hour later than written.
    const moved = wallToInstant(wall(skipped), zone, AS_CLOCKS);
    expect(moved + offsetAt(zone, moved) * 60_000 - wall(skipped)).toBe(3_600_000);
  });

  it("a repeated time has two instants an hour apart; both rules take the first, `second` the later", () => {
    expect(wallInstants(wall(twice), zone).map(iso)).toEqual([first, second]);
    expect(iso(wallToInstant(wall(twice), zone, TYPED))).toBe(first);
    expect(iso(wallToInstant(wall(twice), zone, AS_CLOCKS))).toBe(first);
    expect(iso(wallToInstant(wall(twice), zone, { gap: "refuse", overlap: "second" }))).toBe(second);
  });

  it("the hour before the switch and the hour after read once", () => {
    for (const t of [wall(skipped) - 2 * 3_600_000, wall(skipped) + 2 * 3_600_000, wall(twice) - 2 * 3_600_000, wall(twice) + 2 * 3_600_000]) {
      const all = wallInstants(t, zone);
      expect(all).toHaveLength(1);
      expect(wallToInstant(t, zone, TYPED)).toBe(all[0]);
      expect(wallToInstant(t, zone, AS_CLOCKS)).toBe(all[0]);
      expect(all[0] + offsetAt(zone, all[0]) * 60_000).toBe(t);
    }
  });
});

describe("Asia/Ho_Chi_Minh, which does not switch", () => {
  it("every wall time is one instant, 7 hours before it, on the other zones' switch days too", () => {
    for (const [, skipped, , twice] of SWITCHES) {
      for (const t of [wall(skipped), wall(twice)]) {
        expect(wallInstants(t, HCM)).toEqual([t - 7 * 3_600_000]);
        expect(wallToInstant(t, HCM, TYPED)).toBe(t - 7 * 3_600_000);
        expect(wallToInstant(t, HCM, AS_CLOCKS)).toBe(t - 7 * 3_600_000);
      }
    }
  });
});

describe("a cached or precomputed offset", () => {
  it("is asked instead of the zone, with the same answers", () => {
    const asked: number[] = [];
    const counting: OffsetOf = (zone, ms) => {
      asked.push(ms);
      return offsetAt(zone, ms);
    };
    expect(wallInstants(wall("2026-11-01 01:30"), "America/New_York", counting).map(iso)).toEqual(["2026-11-01T05:30Z", "2026-11-01T06:30Z"]);
    expect(asked.length).toBeGreaterThan(0);
    expect(iso(wallToInstant(wall("2026-03-08 02:30"), "America/New_York", AS_CLOCKS, counting))).toBe("2026-03-08T07:30Z");
  });
});

describe("local times typed in the dialogs", () => {
  it("reads wall-clock times in the user's zone, first occurrence when the clocks go back", () => {
    expect(parseLocalTime("2026-11-23 09:00", HCM)).toEqual({ ok: true, ms: at("2026-11-23T09:00+07:00") });
    expect(parseLocalTime("2026-11-01 01:30", "America/New_York")).toEqual({ ok: true, ms: at("2026-11-01T01:30-04:00") });
    expect(parseLocalTime("2026-03-08 02:30", "America/New_York")).toEqual({ ok: false, reason: "gap" });
    expect(parseLocalTime("2026-02-30 10:00", HCM)).toEqual({ ok: false, reason: "syntax" });
    expect(parseLocalTime("2026-11-23T09:00-05:00", HCM)).toEqual({ ok: true, ms: at("2026-11-23T14:00Z") });
    expect(formatLocalTime(at("2026-11-23T09:00:05+07:00"), HCM)).toBe("2026-11-23 09:00:05");
  });

  it("refuses a time the clocks skip in Sydney and London too, and takes the first of a repeated one", () => {
    expect(parseLocalTime("2026-10-04 02:30", "Australia/Sydney")).toEqual({ ok: false, reason: "gap" });
    expect(parseLocalTime("2026-03-29T01:15", "Europe/London")).toEqual({ ok: false, reason: "gap" });
    expect(parseLocalTime("2026-04-05 02:30", "Australia/Sydney")).toEqual({ ok: true, ms: at("2026-04-05T02:30+11:00") });
    expect(parseLocalTime("2026-10-25 01:30:30", "Europe/London")).toEqual({ ok: true, ms: at("2026-10-25T01:30:30+01:00") });
  });
});
