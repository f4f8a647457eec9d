// What the timer offers to start again: the client and task pairs of recent entries, and the entry
// a "resume" continues.

import type { Entry } from "../shared/types";

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
