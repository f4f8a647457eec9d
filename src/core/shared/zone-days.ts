// Local midnights and wall-clock times of a zone by integer arithmetic where the zone's offset is
// steady around the day. luxon's zone arithmetic costs ~60 µs a call, and `check` and `report` ask
// for the deadline of every task and the period of every invoice: thousands of distinct days at
// scale L. Near an offset change the callers' own luxon code answers, so every answer is the one
// luxon gives.
//
// Steady means: the offset at 00:00 UTC of six days in a row around the day is one number. As in
// local-time.ts (wallInstants), two offset changes are taken to be more than a day apart, so no
// change hides between two of those probes.

import { DateTime, IANAZone } from "luxon";
import { AS_CLOCKS, wallToInstant } from "./local-time";

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Days a block of probes holds: a zone's probes are kept as runs of days, not one Map entry a day. */
const BLOCK = 64;
/** Blocks kept per zone before its probes are forgotten (about 270 years of days). */
const BLOCKS_KEPT = 1600;
/** A day not probed yet: no offset is -Infinity (an unknown one is NaN). */
const UNPROBED = -Infinity;

/**
 * Per zone: UTC day number / BLOCK → minutes east of UTC at 00:00 UTC of each day of that block.
 * Blocks of doubles, because deadlines and invoice periods probe thousands of days and a Map entry
 * a day held ~40 B each for as long as the plugin runs; a block holds 8 B a day.
 */
const probes = new Map<string, Map<number, Float64Array>>();
/** Per zone: a formatter that names the offset ("GMT+07:00"), or null when the platform has none. */
const formats = new Map<string, Intl.DateTimeFormat | null>();

const GMT = /GMT(?:([+-])(\d\d):(\d\d)(?::(\d\d))?)?$/;

function formatOf(zone: string): Intl.DateTimeFormat | null {
  let f = formats.get(zone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    } catch {
      // An unknown zone, or no "longOffset" (older engines): luxon answers.
      f = null;
    }
    if (formats.size < 1000) formats.set(zone, f);
  }
  return f;
}

/** Minutes east of UTC of `zone` at `ms`, as luxon's IANAZone.offset gives it. */
function offsetNow(zone: string, ms: number): number {
  const f = formatOf(zone);
  const m = f === null ? null : GMT.exec(f.format(ms));
  if (m === null) return IANAZone.create(zone).offset(ms);
  if (m[1] === undefined) return 0;
  const seconds = +m[2] * 3600 + +m[3] * 60 + (m[4] === undefined ? 0 : +m[4]);
  // luxon divides whole milliseconds by a minute: the same division gives the same number.
  return ((m[1] === "-" ? -seconds : seconds) * 1000) / MINUTE;
}

function probe(zone: string, day: number): number {
  let blocks = probes.get(zone);
  if (blocks === undefined) probes.set(zone, (blocks = new Map<number, Float64Array>()));
  const b = Math.floor(day / BLOCK);
  let block = blocks.get(b);
  if (block === undefined) {
    if (blocks.size >= BLOCKS_KEPT) blocks.clear();
    blocks.set(b, (block = new Float64Array(BLOCK).fill(UNPROBED)));
  }
  const at = day - b * BLOCK;
  let o = block[at];
  if (o === UNPROBED) block[at] = o = offsetNow(zone, day * DAY);
  return o;
}

/**
 * The offset of `zone` (minutes east) when it is one number from two days before the UTC day of
 * `ms` to three days after; null near an offset change or for a zone the platform does not know.
 */
export function steadyOffset(zone: string, ms: number): number | null {
  if (!Number.isFinite(ms) || formatOf(zone) === null) return null;
  const day = Math.floor(ms / DAY);
  const o = probe(zone, day - 2);
  for (let k = -1; k <= 3; k++) if (probe(zone, day + k) !== o) return null;
  return Number.isNaN(o) ? null : o;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" of a real day (years 1900–2500) → that day's 00:00 written as if UTC; NaN otherwise. */
function dayStart(date: string): number {
  const m = DATE.exec(date);
  if (m === null) return NaN;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  if (y < 1900 || y > 2500) return NaN;
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? ms : NaN;
}

/** 00:00 of `date` in `zone`: luxon's `DateTime.fromISO(date, { zone }).startOf("day").toMillis()`. */
export function midnightOf(date: string, zone: string): number {
  const local = dayStart(date);
  const o = Number.isNaN(local) ? null : steadyOffset(zone, local);
  if (o === null) return DateTime.fromISO(date, { zone }).startOf("day").toMillis();
  return local - o * MINUTE;
}

/** 00:00 of the day after `date` in `zone`: luxon's `DateTime.fromISO(date, { zone }).plus({ days: 1 }).startOf("day").toMillis()`. */
export function midnightAfter(date: string, zone: string): number {
  const local = dayStart(date);
  // The probes around `date` reach two days past it: the next midnight is inside them.
  const o = Number.isNaN(local) ? null : steadyOffset(zone, local);
  if (o === null) return DateTime.fromISO(date, { zone }).plus({ days: 1 }).startOf("day").toMillis();
  return local + DAY - o * MINUTE;
}

/** A wall-clock time (written as if UTC) in `zone` under AS_CLOCKS: local-time.ts's wallToInstant, cheaper. */
export function wallAsClocks(wall: number, zone: string): number {
  const o = steadyOffset(zone, wall);
  return o === null ? wallToInstant(wall, zone, AS_CLOCKS) : wall - o * MINUTE;
}
