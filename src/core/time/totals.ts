// Time tracked per client inside a range (today, this month), for the status bar, the timer menu
// and `client-desk timer status`. Durations come from the entries' instants; a running entry
// counts up to now.

import type { Entry } from "../shared/types";
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
