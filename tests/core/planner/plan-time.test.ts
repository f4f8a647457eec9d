// The planner's time arithmetic on the VA's wall clock, including DST switch days.
import { describe, expect, it } from "vitest";
import { addWeeks, instantAtMinute, moveBlock, resizeBlock, snapInstant, snapMinute } from "../../../src/core/planner/plan-time";

const at = (iso: string) => Date.parse(iso);
const M = 60_000;
const HCM = "Asia/Ho_Chi_Minh";
const LONDON = "Europe/London";
const SYDNEY = "Australia/Sydney";

describe("plan-time", () => {
  it("snaps to the quarter hour of the local clock, also in a +05:45 zone", () => {
    expect(snapMinute(67)).toBe(60);
    expect(snapMinute(68)).toBe(75);
    expect(snapInstant(at("2026-11-23T09:07+07:00"), HCM)).toBe(at("2026-11-23T09:00+07:00"));
    expect(snapInstant(at("2026-11-23T09:08+05:45"), "Asia/Kathmandu")).toBe(at("2026-11-23T09:15+05:45"));
  });

  it("reads a wall-clock minute of a day in the zone, on DST days too", () => {
    expect(instantAtMinute("2026-11-23", 9 * 60, HCM)).toBe(at("2026-11-23T09:00+07:00"));
    // London falls back at 02:00 BST on 25 October: 01:30 comes twice, the first is taken.
    expect(instantAtMinute("2026-10-25", 90, LONDON)).toBe(at("2026-10-25T01:30+01:00"));
    expect(instantAtMinute("2026-10-25", 180, LONDON)).toBe(at("2026-10-25T03:00+00:00"));
    // London springs forward at 01:00 GMT on 29 March: 01:30 does not exist and lands at 02:30 BST.
    expect(instantAtMinute("2026-03-29", 90, LONDON)).toBe(at("2026-03-29T02:30+01:00"));
    // Sydney springs forward on 4 October 2026 at 02:00.
    expect(instantAtMinute("2026-10-04", 10 * 60, SYDNEY)).toBe(at("2026-10-04T10:00+11:00"));
  });

  it("moves a block by wall-clock steps and days, keeping its real length", () => {
    const start = at("2026-11-23T09:00+07:00");
    expect(moveBlock(start, start + 90 * M, HCM, { minutes: 15 })).toEqual({ start: start + 15 * M, end: start + 105 * M });
    expect(moveBlock(start, start + 90 * M, HCM, { days: -1 })).toEqual({ start: start - 1440 * M, end: start - 1350 * M });
    // The day after the switch, the block is at the same local time: 23 hours later.
    const sat = at("2026-10-24T09:00+01:00");
    expect(moveBlock(sat, sat + 60 * M, LONDON, { days: 1 })).toEqual({ start: at("2026-10-25T09:00+00:00"), end: at("2026-10-25T10:00+00:00") });
    // A drag lands off the grid: snapped to the nearest quarter.
    expect(moveBlock(start, start + 60 * M, HCM, { minutes: 22 }).start).toBe(start + 15 * M);
  });

  it("resizes the end by wall-clock minutes, never below one quarter", () => {
    const start = at("2026-11-23T09:00+07:00");
    expect(resizeBlock(start, start + 60 * M, HCM, 30)).toEqual({ start, end: start + 90 * M });
    expect(resizeBlock(start, start + 60 * M, HCM, -120)).toEqual({ start, end: start + 15 * M });
    // Across the fall-back hour an end dragged to 03:00 local is 03:00 GMT: four real hours long.
    const s = at("2026-10-25T00:00+01:00");
    expect(resizeBlock(s, at("2026-10-25T01:00+01:00"), LONDON, 120)).toEqual({ start: s, end: at("2026-10-25T03:00+00:00") });
  });

  it("steps ISO weeks across a year end", () => {
    expect(addWeeks("2026-W48", 1)).toBe("2026-W49");
    expect(addWeeks("2026-W53", 1)).toBe("2027-W01");
    expect(addWeeks("2027-W01", -1)).toBe("2026-W53");
    expect(() => addWeeks("2026-48", 1)).toThrow(RangeError);
  });
});
