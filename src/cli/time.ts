// Times typed on the command line: an exact ISO instant with its offset, or a local wall-clock
// time read in the user's zone, with the right offset on daylight-saving days.

import { parseInstant } from "../core/instant";
import { offsetAt } from "../core/zones";

export type TimeArg =
  | { ok: true; ms: number; /** The offset to write: the user's zone at that instant. */ offset: number }
  | { ok: false; reason: "syntax" | "gap" };

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const HOUR = 3_600_000;

/**
 * `2026-11-23T09:00+07:00` / `…Z`: that instant. `2026-11-23T09:00` (or with seconds): that
 * wall-clock time in `zone`. When the clocks go back and the time happens twice, the first
 * (earlier) occurrence is taken; when they go forward and it never happens, it is refused.
 * Either way the result carries `zone`'s offset at the instant, which is what gets written.
 */
export function parseTimeArg(text: string, zone: string): TimeArg {
  const exact = parseInstant(text.trim());
  if (exact) return { ok: true, ms: exact.ms, offset: offsetAt(zone, exact.ms) };
  const m = LOCAL.exec(text.trim());
  if (!m) return { ok: false, reason: "syntax" };
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return { ok: false, reason: "syntax" };
  }
  const ms = localToInstant(wall, zone);
  return ms === null ? { ok: false, reason: "gap" } : { ok: true, ms, offset: offsetAt(zone, ms) };
}

/**
 * The earliest instant whose wall-clock time in `zone` is `wall` (a wall time written as if it were
 * UTC), or null when the zone skips that time. The offsets in force a day either side cover every
 * real zone's transitions.
 */
export function localToInstant(wall: number, zone: string): number | null {
  const offsets = new Set([offsetAt(zone, wall - 26 * HOUR), offsetAt(zone, wall), offsetAt(zone, wall + 26 * HOUR)]);
  let best: number | null = null;
  for (const o of offsets) {
    const t = wall - o * 60_000;
    if (offsetAt(zone, t) === o && (best === null || t < best)) best = t;
  }
  return best;
}
