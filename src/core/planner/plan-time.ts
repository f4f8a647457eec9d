// Time arithmetic of the planner's edits, on the VA's wall clock and DST-safe: a block dragged to
// 09:00 starts at 09:00 local on that day whatever the offset, snapping is to the quarter hour of
// the local clock (zones such as +05:45 included), and a move keeps the block's real length.

import { DateTime } from "luxon";
import { offsetAt } from "../shared/zones";
import { AS_CLOCKS, wallToInstant } from "../shared/local-time";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
export const SNAP_MINUTES = 15;

/** Wall-clock time of `ms` in `zone`, written as if UTC. */
export function wallOf(ms: number, zone: string): number {
  return ms + offsetAt(zone, ms) * MINUTE;
}

/**
 * The instant of a wall-clock time (written as if UTC) in `zone`, as clocks read it (AS_CLOCKS): a
 * time the clocks pass twice is the first one; a time they skip moves forward by the gap.
 */
function instantOfWall(wall: number, zone: string): number {
  return wallToInstant(wall, zone, AS_CLOCKS);
}

/** The instant at `minute` wall-clock minutes after local midnight of `date` ("YYYY-MM-DD"). */
export function instantAtMinute(date: string, minute: number, zone: string): number {
  return instantOfWall(Date.parse(`${date}T00:00:00Z`) + minute * MINUTE, zone);
}

/** `minute` rounded to the nearest step. */
export function snapMinute(minute: number, step = SNAP_MINUTES): number {
  return Math.round(minute / step) * step;
}

/** `ms` rounded to the nearest step of the local clock in `zone`. */
export function snapInstant(ms: number, zone: string, step = SNAP_MINUTES): number {
  const wall = wallOf(ms, zone);
  return instantOfWall(Math.round(wall / (step * MINUTE)) * step * MINUTE, zone);
}

/**
 * A block moved by `minutes` of wall clock and `days` days (same local time on another day), its
 * start snapped to the quarter hour; the end follows at the block's real length.
 */
export function moveBlock(start: number, end: number, zone: string, by: { minutes?: number; days?: number }): { start: number; end: number } {
  const wall = wallOf(start, zone) + (by.minutes ?? 0) * MINUTE + (by.days ?? 0) * DAY;
  const step = SNAP_MINUTES * MINUTE;
  const next = instantOfWall(Math.round(wall / step) * step, zone);
  return { start: next, end: next + (end - start) };
}

/** A block whose end moved by `minutes` of wall clock, snapped; never shorter than one step. */
export function resizeBlock(start: number, end: number, zone: string, minutes: number): { start: number; end: number } {
  const step = SNAP_MINUTES * MINUTE;
  const wall = Math.round((wallOf(end, zone) + minutes * MINUTE) / step) * step;
  const next = instantOfWall(wall, zone);
  return { start, end: Math.max(next, start + step) };
}

/** The ISO week `n` weeks after `week` ("2026-W48"). */
export function addWeeks(week: string, n: number): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new RangeError(`not an ISO week: ${week}`);
  const d = DateTime.fromObject({ weekYear: +m[1], weekNumber: +m[2], weekday: 4 }, { zone: "UTC" }).plus({ weeks: n });
  return `${d.weekYear}-W${String(d.weekNumber).padStart(2, "0")}`;
}
