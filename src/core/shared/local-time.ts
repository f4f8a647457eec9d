// Times typed by the user in the plugin's dialogs: a wall-clock time in the user's zone
// (`2026-11-23 09:00`, `2026-11-23T09:00:30`) or an exact instant with its offset. The same rules
// as the CLI's TIME (docs/cli.md): when the clocks go back the first occurrence is taken, a time
// the clocks skip is refused.

import { DateTime } from "luxon";
import { parseInstant } from "./instant";
import { offsetAt } from "./zones";

export type LocalTime = { ok: true; ms: number } | { ok: false; reason: "syntax" | "gap" };

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const HOUR = 3_600_000;

export function parseLocalTime(text: string, zone: string): LocalTime {
  const t = text.trim();
  const exact = parseInstant(t);
  if (exact) return { ok: true, ms: exact.ms };
  const m = LOCAL.exec(t);
  if (!m) return { ok: false, reason: "syntax" };
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return { ok: false, reason: "syntax" };
  }
  const ms = wallToInstant(wall, zone);
  return ms === null ? { ok: false, reason: "gap" } : { ok: true, ms };
}

/** The earliest instant whose wall-clock time in `zone` is `wall` (written as if UTC), or null in a gap. */
export function wallToInstant(wall: number, zone: string): number | null {
  const offsets = new Set([offsetAt(zone, wall - 26 * HOUR), offsetAt(zone, wall), offsetAt(zone, wall + 26 * HOUR)]);
  let best: number | null = null;
  for (const o of offsets) {
    const t = wall - o * 60_000;
    if (offsetAt(zone, t) === o && (best === null || t < best)) best = t;
  }
  return best;
}

/** `2026-11-23 09:00` (with `:ss` when the seconds are not zero) in `zone`: what the dialogs show and accept. */
export function formatLocalTime(ms: number, zone: string): string {
  const d = DateTime.fromMillis(ms, { zone });
  return d.toFormat(d.second === 0 ? "yyyy-MM-dd HH:mm" : "yyyy-MM-dd HH:mm:ss");
}

/** `09:00` in `zone`, for short messages. */
export function formatClockTime(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat("HH:mm");
}
