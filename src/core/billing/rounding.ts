// Billing rounding (the client note's `rounding: STEP MODE [SCOPE]`, docs/vault-format.md).
// Rounding applies to billed figures only: the raw instants of an entry are never changed, and a
// billed figure is always computed again from them. Pure integer arithmetic on milliseconds.
//
// The rule, for a step of S minutes (S × 60 000 ms) and a raw duration of D ms:
// - `up`:      the smallest multiple of the step that is ≥ D;
// - `down`:    the largest multiple of the step that is ≤ D (0 when D is shorter than a step);
// - `nearest`: the closest multiple of the step, halves rounding up (7.5 min to a 15-minute step
//              gives 15 min, 7.4999 min gives 0).
// Scope `entry` rounds each entry and adds the results; scope `task` adds the entries of each task
// first and rounds each task's total once. Tasks are told apart by their link target (`[[Name]]`,
// `[[Name|alias]]` and the plain text `Name` are the same task, in any letter case); entries
// without a task form one group of their own.
// Only finished, billable entries count: a running timer (no end) and an entry tagged
// `#non-billable` add nothing to a billed figure.

import type { Rounding, RoundingMode } from "../shared/types";
import { linkTarget } from "../notes/timed-line";

const MINUTE = 60_000;

/** What the billed figures read from an entry. `Entry` has these fields. */
export interface BillableSpan {
  start: number;
  end: number | null;
  billable: boolean;
  task?: string | null;
}

/** The rule's step in ms; throws for a step outside 1–60 minutes. */
export function stepMs(rounding: Rounding): number {
  const step = rounding.stepMinutes;
  if (!Number.isInteger(step) || step < 1 || step > 60) throw new RangeError(`rounding step must be 1–60 minutes, got ${step}`);
  return step * MINUTE;
}

/** `ms` (a whole, non-negative number of milliseconds) rounded to the step by the mode. */
export function roundMs(ms: number, rounding: Rounding): number {
  if (!Number.isSafeInteger(ms) || ms < 0) throw new RangeError(`duration must be a whole number of ms ≥ 0, got ${ms}`);
  return roundToStep(ms, stepMs(rounding), rounding.mode);
}

/** roundMs for a rule checked once (`stepMs`): a week view rounds a thousand entries a redraw. */
export function roundToStep(ms: number, step: number, mode: RoundingMode): number {
  const whole = Math.floor(ms / step);
  const rest = ms - whole * step;
  if (rest === 0) return ms;
  switch (mode) {
    case "up":
      return (whole + 1) * step;
    case "down":
      return whole * step;
    case "nearest":
      return rest * 2 >= step ? (whole + 1) * step : whole * step;
  }
}

/** The raw duration of a finished entry, 0 for a running one. */
export function rawMs(entry: BillableSpan): number {
  return entry.end === null || entry.end <= entry.start ? 0 : entry.end - entry.start;
}

function counts(entry: BillableSpan): boolean {
  return entry.billable && entry.end !== null && entry.end > entry.start;
}

/** One entry's billed duration on its own (scope `entry`): 0 when not billable or running. */
export function billedEntryMs(entry: BillableSpan, rounding: Rounding): number {
  return counts(entry) ? roundMs(rawMs(entry), rounding) : 0;
}

/** The group key of an entry's task: its link target, case- and normalisation-insensitive. */
export function taskKey(task: string | null | undefined): string | null {
  if (task == null) return null;
  // Weekly totals ask for the same few task names again and again; the regex and NFC are not free.
  let key = taskKeys.get(task);
  if (key === undefined) {
    const target = linkTarget(task);
    key = target === "" ? null : target.normalize("NFC").toLowerCase();
    if (taskKeys.size >= 10_000) taskKeys.clear();
    taskKeys.set(task, key);
  }
  return key;
}

const taskKeys = new Map<string, string | null>();

export interface TaskTotal {
  /** `taskKey` of the group; null for the entries without a task. */
  key: string | null;
  /** The task as first written in the group (link or text); null for no task. */
  task: string | null;
  /** Billable, finished entries in the group. */
  count: number;
  rawMs: number;
  billedMs: number;
}

/**
 * Billable time per task, each task's total rounded once (what scope `task` bills), in the order
 * the tasks first appear. Non-billable and running entries are left out.
 */
export function billedByTask(entries: Iterable<BillableSpan>, rounding: Rounding): TaskTotal[] {
  const groups = new Map<string | null, TaskTotal>();
  for (const e of entries) {
    if (!counts(e)) continue;
    const key = taskKey(e.task);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, task: key === null ? null : (e.task ?? null), count: 0, rawMs: 0, billedMs: 0 }));
    g.count++;
    g.rawMs += rawMs(e);
  }
  const out = [...groups.values()];
  for (const g of out) g.billedMs = roundMs(g.rawMs, rounding);
  return out;
}

/** The sum of every billable entry rounded on its own (scope `entry`). */
export function billedPerEntryMs(entries: Iterable<BillableSpan>, rounding: Rounding): number {
  let total = 0;
  for (const e of entries) total += billedEntryMs(e, rounding);
  return total;
}

/** The sum of every task's rounded total (scope `task`). */
export function billedPerTaskMs(entries: Iterable<BillableSpan>, rounding: Rounding): number {
  let total = 0;
  for (const g of billedByTask(entries, rounding)) total += g.billedMs;
  return total;
}

/** The billed time of `entries` under the client's rule, by its scope. */
export function billedMs(entries: Iterable<BillableSpan>, rounding: Rounding): number {
  return rounding.scope === "task" ? billedPerTaskMs(entries, rounding) : billedPerEntryMs(entries, rounding);
}

/** The raw billable time of `entries`: finished, billable entries, unrounded. */
export function billableRawMs(entries: Iterable<BillableSpan>): number {
  let total = 0;
  for (const e of entries) if (counts(e)) total += rawMs(e);
  return total;
}
