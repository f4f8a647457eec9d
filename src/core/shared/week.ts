// Weeks, days and months in the user's own zone, as instants: a day is 23, 24 or 25 hours long on
// a DST switch. "2026-W48" names the ISO week; with a week start other than Monday, the week is the
// seven days from the configured start day on or before that ISO Monday.

import { DateTime } from "luxon";
import type { Weekday } from "./types";
import { WEEKDAYS } from "./types";

/** Instants [from, to). */
export interface Range {
  from: number;
  to: number;
}

export interface WeekRange {
  /** "2026-W48" */
  week: string;
  from: number;
  to: number;
  /** Midnight of each of the seven days, epoch ms; a day is 23, 24 or 25 hours long. */
  days: number[];
}

const WEEK = /^(\d{4})-W(\d{2})$/;

export function isWeekId(text: string): boolean {
  const m = WEEK.exec(text);
  if (!m) return false;
  const w = +m[2];
  return w >= 1 && w <= weeksInIsoYear(+m[1]);
}

/** 53 when the ISO year starts on a Thursday, or on a Wednesday in a leap year; else 52 (no luxon: `report` asks for every report note). */
export function weeksInIsoYear(year: number): number {
  // The weekday of 31 December (0 Sunday … 6 Saturday) of `y`, by the Gregorian rule.
  const dec31 = (y: number) => (((y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) % 7) + 7) % 7;
  return dec31(year) === 4 || dec31(year - 1) === 3 ? 53 : 52;
}

export function weekRange(week: string, zone: string, weekStart: Weekday): WeekRange {
  const m = WEEK.exec(week);
  if (!m || !isWeekId(week)) throw new RangeError(`not a week: ${week}`);
  const monday = DateTime.fromObject(
    { weekYear: +m[1], weekNumber: +m[2], weekday: 1 },
    { zone },
  ).startOf("day");
  const back = (7 - WEEKDAYS.indexOf(weekStart)) % 7;
  const first = monday.minus({ days: back });
  const days: number[] = [];
  for (let i = 0; i < 7; i++) days.push(dayStart(first.plus({ days: i })));
  return { week, from: days[0], to: dayStart(first.plus({ days: 7 })), days };
}

/**
 * The first instant of `d`'s local day. Where clocks fall back across midnight (Havana, the
 * Azores) 00:00 comes twice, and luxon's startOf may give the second one depending on the offset
 * it starts from: a week built from the Monday then began an hour after the week before ended.
 */
function dayStart(d: DateTime): number {
  const start = d.startOf("day");
  const before = start.minus({ milliseconds: 1 });
  if (before.toISODate() !== start.toISODate()) return start.toMillis();
  return Date.UTC(start.year, start.month - 1, start.day) - before.offset * 60_000;
}

/** The week that holds instant `ms` for a user in `zone` with weeks starting on `weekStart`. */
export function weekOf(ms: number, zone: string, weekStart: Weekday): string {
  const local = DateTime.fromMillis(ms, { zone });
  const back = (local.weekday - 1 - WEEKDAYS.indexOf(weekStart) + 7) % 7;
  const first = local.startOf("day").minus({ days: back });
  // The ISO week named is the one of the Monday inside this seven-day run.
  const monday = first.plus({ days: (7 - WEEKDAYS.indexOf(weekStart)) % 7 });
  return `${monday.weekYear}-W${String(monday.weekNumber).padStart(2, "0")}`;
}

/** "2026-11" for the month of `ms` in `zone`: the log note an entry starting then belongs in. */
export function monthOf(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM");
}

/** The local day of `ms` in `zone`: [midnight, next midnight). */
export function dayRange(ms: number, zone: string): Range {
  const d = DateTime.fromMillis(ms, { zone }).startOf("day");
  return { from: d.toMillis(), to: d.plus({ days: 1 }).startOf("day").toMillis() };
}

/** The local month of `ms` in `zone`, and its name "YYYY-MM" (as monthOf). */
export function monthRange(ms: number, zone: string): Range & { month: string } {
  const d = DateTime.fromMillis(ms, { zone }).startOf("month");
  return { from: d.toMillis(), to: d.plus({ months: 1 }).startOf("month").toMillis(), month: d.toFormat("yyyy-MM") };
}
