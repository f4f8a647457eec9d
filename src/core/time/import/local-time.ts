// Wall-clock times of an import → exact instants, DST-safe, with the zone's offsets cached (an
// import asks for hundreds of thousands). A local time can happen once, twice (the hour the clocks
// go back) or never (the hour they skip); every case is returned, never guessed: the conversion is
// shared/local-time.ts's wallInstants.

import { offsetAt } from "../../shared/zones";
import { wallInstants } from "../../shared/local-time";

const HOUR = 3_600_000;
/** Offsets are cached per zone and per six-hour bucket of UTC time. */
const BUCKET = 6 * HOUR;
const MAX_CACHED = 200_000;
const cache = new Map<string, Map<number, number | null>>();
let cached = 0;

/**
 * The zone's offset at `ms` (minutes east of UTC), as zones.offsetAt, cached: a bucket whose first
 * and last millisecond have the same offset holds that offset throughout (no zone changes its
 * offset twice within six hours and back), so every instant in it is answered from the cache; a
 * bucket with a transition in it is always computed. Importing 50 000 rows asks this ~300 000 times.
 */
export function cachedOffset(zone: string, ms: number): number {
  let byBucket = cache.get(zone);
  if (!byBucket) cache.set(zone, (byBucket = new Map<number, number | null>()));
  const bucket = Math.floor(ms / BUCKET);
  let known = byBucket.get(bucket);
  if (known === undefined) {
    const first = offsetAt(zone, bucket * BUCKET);
    known = first === offsetAt(zone, (bucket + 1) * BUCKET - 1) ? first : null;
    if (cached >= MAX_CACHED) {
      cache.clear();
      cached = 0;
      cache.set(zone, (byBucket = new Map<number, number | null>()));
    }
    byBucket.set(bucket, known);
    cached++;
  }
  return known ?? offsetAt(zone, ms);
}

/** Forgets the cached offsets (for measurements). */
export function clearOffsetCache(): void {
  cache.clear();
  cached = 0;
}

/**
 * Every instant whose wall-clock time in `zone` is `wall` (a wall time written as if it were UTC,
 * e.g. Date.UTC(2026, 10, 1, 1, 30)), earliest first: none when the zone skips that time, two when
 * it happens twice (shared/local-time.ts, with the cached offsets).
 */
export function localInstants(wall: number, zone: string): number[] {
  return wallInstants(wall, zone, cachedOffset);
}

/** A calendar date and a clock time as a wall time (ms as if UTC); null when not a real date. */
export function wallTime(year: number, month: number, day: number, hour: number, minute: number, second: number): number | null {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  let wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC reads years 0–99 as 1900–1999.
  if (year < 100) wall = new Date(wall).setUTCFullYear(year, month - 1, day);
  const d = new Date(wall);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return wall;
}
