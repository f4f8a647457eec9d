// When a client's weekly report is due, and which weeks a run writes. The report of ISO week W
// (in the client's zone) is due at the client's `report_day` + `report_time` inside W. A run at
// `now` writes the latest week already due and, to catch up after Obsidian was closed, every
// earlier week back to the client's newest existing report, at most MAX_CATCH_UP weeks in all.
// A client with no report yet gets only the latest due week: a new client is not sent a backlog.

import { DateTime } from "luxon";
import type { Client } from "../shared/types";
import { WEEKDAYS } from "../shared/types";
import { isWeekId } from "../shared/week";
import { AS_CLOCKS, wallToInstant } from "../shared/local-time";

export const MAX_CATCH_UP = 4;

function monday(week: string, zone: string): DateTime {
  if (!isWeekId(week)) throw new RangeError(`not a week: ${week}`);
  return DateTime.fromObject({ weekYear: +week.slice(0, 4), weekNumber: +week.slice(6), weekday: 1 }, { zone });
}

function weekId(d: DateTime): string {
  return `${d.weekYear}-W${String(d.weekNumber).padStart(2, "0")}`;
}

/** The ISO week, in `zone`, that holds instant `ms`. */
export function isoWeekOf(ms: number, zone: string): string {
  return weekId(DateTime.fromMillis(ms, { zone }));
}

const SHIFTED = new Map<string, string>();

/** The week `by` weeks after `week` (remembered: every report asks for its next week). */
export function shiftWeek(week: string, by: number): string {
  const key = `${week}|${by}`;
  let out = SHIFTED.get(key);
  if (out === undefined) {
    if (SHIFTED.size >= 1024) SHIFTED.clear();
    SHIFTED.set(key, (out = weekId(monday(week, "UTC").plus({ weeks: by }))));
  }
  return out;
}

/**
 * The instant the report of `week` is due, or null when the client wants none. A report time that a
 * DST switch skips moves forward, as clocks do.
 */
export function reportMoment(client: Client, week: string): number | null {
  if (client.reportDay === null) return null;
  const day = monday(week, client.timezone).plus({ days: WEEKDAYS.indexOf(client.reportDay) });
  return wallToInstant(Date.UTC(day.year, day.month - 1, day.day) + client.reportTime * 60_000, client.timezone, AS_CLOCKS);
}

/** The first report moment after `now`, or null when the client wants no reports. */
export function nextReportMoment(client: Client, now: number): number | null {
  const current = isoWeekOf(now, client.timezone);
  const at = reportMoment(client, current);
  if (at === null) return null;
  return at > now ? at : reportMoment(client, shiftWeek(current, 1));
}

/** The latest week whose report is due at `now`, or null when the client wants no reports. */
export function latestDueWeek(client: Client, now: number): string | null {
  const current = isoWeekOf(now, client.timezone);
  const at = reportMoment(client, current);
  if (at === null) return null;
  return now >= at ? current : shiftWeek(current, -1);
}

/**
 * The weeks a run at `now` writes for `client`, oldest first. `latestExisting` is the newest week
 * that already has a report (found by frontmatter, wherever the note is), or null; `exists` says
 * whether a given week has one.
 */
export function weeksToWrite(client: Client, now: number, latestExisting: string | null, exists: (week: string) => boolean, max = MAX_CATCH_UP): string[] {
  const latest = latestDueWeek(client, now);
  if (latest === null) return [];
  const out: string[] = [];
  let week = latest;
  for (let i = 0; i < max; i++) {
    if (latestExisting !== null && week <= latestExisting) break;
    if (!exists(week)) out.push(week);
    if (latestExisting === null) break;
    week = shiftWeek(week, -1);
  }
  return out.reverse();
}
