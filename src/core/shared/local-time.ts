// Wall-clock times → exact instants, with the DST rules in one place. A local time can happen once,
// twice (the hour the clocks go back) or never (the hour they skip); wallInstants finds every
// instant, and wallToInstant settles the two odd cases by an explicit rule:
// - TYPED (times typed in the plugin's dialogs and the CLI's TIME, docs/cli.md): a time the clocks
//   skip is refused; when they go back, the first occurrence is taken.
// - AS_CLOCKS (the planner's blocks, template, working windows, task deadlines and report times,
//   docs/vault-format.md): a skipped time moves forward by the gap (02:30 becomes 03:30), as
//   clocks do; when they go back, the first occurrence is taken.
// Imported CSV rows take every occurrence and let the row's duration choose (docs/import.md).
// parseLocalTime reads the times typed in the plugin's dialogs: a wall-clock time in the user's zone
// (`2026-11-23 09:00`, `2026-11-23T09:00:30`) or an exact instant with its offset.

import { DateTime } from "luxon";
import { parseInstant } from "./instant";
import { offsetAt } from "./zones";

export type LocalTime = { ok: true; ms: number } | { ok: false; reason: "syntax" | "gap" };

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

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
  const ms = wallToInstant(wall, zone, TYPED);
  return ms === null ? { ok: false, reason: "gap" } : { ok: true, ms };
}

/** What a wall-clock time means when the clocks skip it, and when they pass it twice. */
export interface WallRule {
  /** "refuse": no instant; "forward": read with the offset before the switch, so it lands as far past the gap as it was into it. */
  gap: "refuse" | "forward";
  /** "first": the earlier of the two instants; "second": the later. */
  overlap: "first" | "second";
}

/** Times the user types (dialogs, the CLI's TIME): a skipped time is refused, a repeated one is the first. */
export const TYPED = { gap: "refuse", overlap: "first" } as const satisfies WallRule;
/** Times of plans, templates, working hours, deadlines and reports: a skipped time moves forward, a repeated one is the first. */
export const AS_CLOCKS = { gap: "forward", overlap: "first" } as const satisfies WallRule;

/** Minutes east of UTC of a zone at an instant: zones.offsetAt, or a cached or precomputed form of it. */
export type OffsetOf = (zone: string, ms: number) => number;

/**
 * Every instant whose wall-clock time in `zone` is `wall` (a wall time written as if it were UTC,
 * e.g. Date.UTC(2026, 10, 1, 1, 30)), earliest first: none when the zone skips that time, two when
 * it happens twice. The offsets in force a day either side cover every real zone's transitions.
 */
export function wallInstants(wall: number, zone: string, offset: OffsetOf = offsetAt): number[] {
  const out: number[] = [];
  const tried: number[] = [];
  for (const probe of [wall - 26 * HOUR, wall, wall + 26 * HOUR]) {
    const o = offset(zone, probe);
    if (tried.includes(o)) continue;
    tried.push(o);
    const t = wall - o * MINUTE;
    if (offset(zone, t) === o && !out.includes(t)) out.push(t);
  }
  return out.sort((a, b) => a - b);
}

/** The instant of wall-clock time `wall` (written as if UTC) in `zone` under `rule`; null only for a refused gap. */
export function wallToInstant(wall: number, zone: string, rule: WallRule & { gap: "forward" }, offset?: OffsetOf): number;
export function wallToInstant(wall: number, zone: string, rule: WallRule, offset?: OffsetOf): number | null;
export function wallToInstant(wall: number, zone: string, rule: WallRule, offset: OffsetOf = offsetAt): number | null {
  const all = wallInstants(wall, zone, offset);
  if (all.length > 0) return rule.overlap === "first" ? all[0] : all[all.length - 1];
  if (rule.gap === "refuse") return null;
  // In a gap: read with the offset before the switch, the instant lands after it, as far on as the gap is long.
  return wall - offset(zone, wall - 26 * HOUR) * MINUTE;
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
