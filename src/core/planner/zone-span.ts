// One zone's offsets around a week and the wall-clock texts of instants in it: the zone arithmetic
// the week view, the slot finder and the CLI's `week` share. Pure; luxon is asked a handful of
// times per zone and week, never per item.

import type { HoursRange, Weekday } from "../shared/types";
import { WEEKDAYS } from "../shared/types";
import { formatInstant } from "../shared/instant";
import { offsetAt } from "../shared/zones";
import { AS_CLOCKS, wallToInstant, type OffsetOf } from "../shared/local-time";

const MINUTE = 60_000;
const DAY_MS = 86_400_000;
const CACHE_LIMIT = 500;
const spanCache = new Map<string, ZoneSpan>();

/** The span of `zone` around [from, to), shared by every caller asking for the same one. */
export function cachedSpan(zone: string, from: number, to: number): ZoneSpan {
  const key = `${zone}|${from}|${to}`;
  let z = spanCache.get(key);
  if (!z) {
    z = new ZoneSpan(zone, from, to);
    if (spanCache.size >= CACHE_LIMIT) spanCache.clear();
    spanCache.set(key, z);
  }
  return z;
}

export interface RawWindow {
  start: number;
  end: number;
  /** Local date of the window's start in its zone. */
  localDate: string;
}

/**
 * Working windows in `zone` (hours on the listed days, local wall clock) that touch [from, to), as
 * instants, by the one DST rule (shared/local-time.ts, AS_CLOCKS): a time the clocks skip moves
 * forward by the gap, a time that comes twice is the first; 24:00 is the next local midnight.
 * Windows of consecutive days that touch (00:00–24:00 every day) are one window (docs/cli.md).
 */
export function workingWindows(
  zone: string,
  hours: HoursRange,
  workingDays: readonly Weekday[],
  from: number,
  to: number,
  span: ZoneSpan = new ZoneSpan(zone, from, to),
): RawWindow[] {
  const out: RawWindow[] = [];
  const firstDay = Math.floor((from + span.offset(from) * MINUTE) / DAY_MS) * DAY_MS - DAY_MS;
  const lastDay = Math.floor((to + span.offset(to) * MINUTE) / DAY_MS) * DAY_MS + DAY_MS;
  for (let day = firstDay; day <= lastDay; day += DAY_MS) {
    // A wall-clock day written as if UTC: getUTCDay gives its weekday (0 = Sunday).
    const weekday = WEEKDAYS[(new Date(day).getUTCDay() + 6) % 7];
    if (!workingDays.includes(weekday)) continue;
    const start = span.instant(day + hours.start * MINUTE);
    const end = span.instant(day + hours.end * MINUTE);
    if (end <= from || start >= to || end <= start) continue;
    const prev = out[out.length - 1];
    if (prev && prev.end === start) prev.end = end;
    else out.push({ start, end, localDate: new Date(day).toISOString().slice(0, 10) });
  }
  return out;
}

/**
 * One zone's offsets around a week, found with a handful of lookups: the offset at both ends of
 * [from − 2 days, to + 2 days] and, when they differ, the switch between them by bisection (to the
 * minute). Real zones switch at most once in eleven days. Outside the span it asks the zone again.
 */
export class ZoneSpan {
  private readonly lo: number;
  private readonly hi: number;
  private readonly before: number;
  private readonly after: number;
  private readonly switchAt: number;

  constructor(
    readonly zone: string,
    from: number,
    to: number,
  ) {
    this.lo = from - 2 * DAY_MS;
    this.hi = to + 2 * DAY_MS;
    this.before = offsetAt(zone, this.lo);
    this.after = offsetAt(zone, this.hi);
    let a = this.lo;
    let b = this.hi;
    if (this.before !== this.after) {
      while (b - a > MINUTE) {
        const mid = Math.floor((a + b) / 2 / MINUTE) * MINUTE;
        if (mid <= a) break;
        if (offsetAt(zone, mid) === this.before) a = mid;
        else b = mid;
      }
    }
    this.switchAt = this.before === this.after ? Infinity : b;
  }

  /** Minutes east of UTC at `t`. */
  offset(t: number): number {
    if (t < this.lo || t > this.hi) return offsetAt(this.zone, t);
    return t < this.switchAt ? this.before : this.after;
  }

  /** The zone's offset as this span knows it, in the shape wallToInstant asks for. */
  private readonly offsetOf: OffsetOf = (_zone, t) => this.offset(t);

  /** The instant of a wall-clock time (written as if UTC), as clocks read it (AS_CLOCKS: a skipped time moves forward by the gap). */
  instant(wall: number): number {
    return wallToInstant(wall, this.zone, AS_CLOCKS, this.offsetOf);
  }

  /** "YYYY-MM-DD HH:mm" at `t`. */
  local(t: number): string {
    return wallText(t + this.offset(t) * MINUTE);
  }
}

const offsetTexts = new Map<number, string>();

/** "+11:00" for 660. */
export function offsetText(offset: number): string {
  let t = offsetTexts.get(offset);
  if (t === undefined) offsetTexts.set(offset, (t = formatInstant(0, offset).slice(-6)));
  return t;
}

// A week view formats ~1,500 local times; dates repeat and a day has 1,440 minutes, so both parts
// are looked up rather than built by Date#toISOString each time (each built when first asked for:
// not at module load, which every start of the plugin pays).
const dateTexts = new Map<number, string>();
const clockTexts = new Array<string | undefined>(1440);

function clockText(minute: number): string {
  let t = clockTexts[minute];
  if (t === undefined) clockTexts[minute] = t = `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
  return t;
}

/** "YYYY-MM-DD HH:mm" of a wall-clock time written as if UTC (seconds dropped). */
function wallText(wall: number): string {
  const day = Math.floor(wall / DAY_MS);
  let date = dateTexts.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dateTexts.size >= 4000) dateTexts.clear();
    dateTexts.set(day, date);
  }
  return `${date} ${clockText(Math.floor((wall - day * DAY_MS) / MINUTE))}`;
}
