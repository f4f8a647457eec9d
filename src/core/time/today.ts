// Time tracked today and this month, per client, for the status bar, the timer menu and
// `client-desk timer status`. Days and months are the user's own, in the user's zone, so a day
// is 23, 24 or 25 hours long on a DST switch; durations come from the entries' instants.

import type { Entry, Language } from "../shared/types";
import type { Range } from "../shared/week";

/** How much of `e` lies inside [from, to), a running entry counting up to `now`. */
export function overlapMs(e: Pick<Entry, "start" | "end">, from: number, to: number, now: number): number {
  const end = e.end ?? Math.max(now, e.start);
  return Math.max(0, Math.min(end, to) - Math.max(e.start, from));
}

export interface ClientTotal {
  key: string;
  ms: number;
  billableMs: number;
}

/**
 * Per client, the time of `entries` inside [from, to), running entries up to `now`; clients in
 * order of most time first, then by key.
 */
export function totalsByClient(entries: readonly Entry[], range: Range, now: number): ClientTotal[] {
  const map = new Map<string, ClientTotal>();
  for (const e of entries) {
    const ms = overlapMs(e, range.from, range.to, now);
    if (ms <= 0) continue;
    let t = map.get(e.clientKey);
    if (!t) map.set(e.clientKey, (t = { key: e.clientKey, ms: 0, billableMs: 0 }));
    t.ms += ms;
    if (e.billable) t.billableMs += ms;
  }
  return [...map.values()].sort((a, b) => b.ms - a.ms || a.key.localeCompare(b.key));
}

/** A retainer is marked once more than this share of its hours is used. */
export const RETAINER_WARNING = 0.8;

/** Hours with one decimal, rounded down so a burn is never shown ahead of itself: "12.5", in Vietnamese "12,5". */
export function hoursText(ms: number, language: Language): string {
  const tenths = Math.floor(ms / 360_000);
  const whole = Math.floor(tenths / 10);
  const frac = tenths % 10;
  const sep = language === "vi" ? "," : ".";
  return frac === 0 ? String(whole) : `${whole}${sep}${frac}`;
}

/** A number of hours as written in the client note (20, 12.5), in the language's decimal mark. */
export function numberText(n: number, language: Language): string {
  const s = String(Math.round(n * 100) / 100);
  return language === "vi" ? s.replace(".", ",") : s;
}

/** "1:02:03" (hours not padded), for a running timer. Negative durations show as 0:00:00. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${m < 10 ? "0" : ""}${m}:${s < 10 ? "0" : ""}${s}`;
}

/** Whole hours and minutes of a duration (minutes rounded down). */
export function hoursMinutes(ms: number): { h: number; m: number } {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  return { h: Math.floor(minutes / 60), m: minutes % 60 };
}

/** A client and task pair started recently, for the start-timer picker. */
export interface RecentPair {
  clientKey: string;
  task: string | null;
  /** Start of the latest entry with this pair. */
  last: number;
  billable: boolean;
}

/** Distinct (client, task) pairs of `entries`, latest first, at most `limit`. */
export function recentPairs(entries: readonly Entry[], limit = 8): RecentPair[] {
  const sorted = [...entries].sort((a, b) => b.start - a.start);
  const seen = new Set<string>();
  const out: RecentPair[] = [];
  for (const e of sorted) {
    const k = `${e.clientKey}\u0000${(e.task ?? "").toLowerCase()}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ clientKey: e.clientKey, task: e.task, last: e.start, billable: e.billable });
    if (out.length >= limit) break;
  }
  return out;
}

/** The entry a "resume" starts again: the one that ended last (or, with none ended, started last). */
export function lastEntry(entries: readonly Entry[]): Entry | null {
  let best: Entry | null = null;
  const key = (e: Entry) => e.end ?? e.start;
  for (const e of entries) if (best === null || key(e) > key(best) || (key(e) === key(best) && e.start > best.start)) best = e;
  return best;
}
