// The targets `npm run bench` judges, per measure and scale, in one place (issue 14, items 1 and 7),
// and the verdict: pass, fail, or none when the machine was busy while a time was taken (its
// one-minute load average above the number of cores, before or after the measure) or when the
// scale has no target ("reported"). A count (bytes, file reads) does not wait for a core, so it
// is judged at any load. docs/benchmarks.md lists the same table.

import { cpus, loadavg } from "node:os";
import type { ScaleName } from "./generate";

export interface Target {
  /** As printed in the table and in `--json`. */
  text: string;
  /** The limit, or null when the figure is only reported. */
  value: number | null;
  /** What the limit bounds: the figure itself, or its ratio to the baseline. */
  on: "value" | "ratio";
  /** `<` rather than `≤`. */
  strict: boolean;
}

const REPORTED: Target = { text: "reported", value: null, on: "value", strict: false };

const atMost = (value: number, unit: string, extra = ""): Target => ({ text: `≤ ${value} ${unit}${extra}`, value, on: "value", strict: false });
const below = (value: number, unit: string, extra = ""): Target => ({ text: `< ${value} ${unit}${extra}`, value, on: "value", strict: true });
const ratioAtMost = (value: number): Target => ({ text: `≤ ${value}× baseline`, value, on: "ratio", strict: false });

/** Measure id → scale → target; a scale left out is reported, not judged. */
export const TARGETS: Record<string, Partial<Record<ScaleName, Target>>> = {
  // Issue 14: L ≤ 2.5×, M ≤ 3× the raw read+split baseline; S (≈ 10 ms, mostly V8 warming up) reported.
  cold: { M: ratioAtMost(3), L: ratioAtMost(2.5) },
  // Issue 14: ≤ 220 B an entry at M and L; S is too small to weigh reliably.
  memory: { M: atMost(220, "B"), L: atMost(220, "B") },
  // Issue 14: the same after a long session of edits (scripts/bench/session.ts).
  "memory-session": { M: atMost(220, "B"), L: atMost(220, "B") },
  // Issue 14: one-file update ≤ 1 ms at every scale.
  update: { S: atMost(1, "ms"), M: atMost(1, "ms"), L: atMost(1, "ms") },
  // The index's week query (issue 2's target, unchanged).
  query: { S: atMost(4, "ms"), M: atMost(4, "ms"), L: atMost(4, "ms") },
  // Issue 14: the week view's data at L ≤ 1 ms (S and M reported).
  week: { L: atMost(1, "ms") },
  // Half of the 100 ms for M's reports and invoices together; L's reports are reported.
  report: { S: atMost(50, "ms"), M: atMost(50, "ms") },
  // One client's invoice < 10 ms at every scale.
  "invoice-one": { S: below(10, "ms"), M: below(10, "ms"), L: below(10, "ms") },
  // S and M: < 100 ms together with the reports; L: ≤ 500 ms (issue 12).
  "invoice-all": { S: below(100, "ms", " with reports"), M: below(100, "ms", " with reports"), L: atMost(500, "ms") },
  // Issue 14: the CLI at L, whole process (start-up to exit): check ≤ 2.5 s, report --week ≤ 3 s.
  "cli-check": { L: atMost(2500, "ms") },
  "cli-report": { L: atMost(3000, "ms") },
};

export function targetFor(id: string, scale: ScaleName): Target {
  return TARGETS[id]?.[scale] ?? REPORTED;
}

/** The one-minute load average around a measure. */
export interface Load {
  before: number;
  after: number;
}

export const CORES = Math.max(1, cpus().length);

export function loadNow(): number {
  return Number(loadavg()[0].toFixed(2));
}

/** Runs `f`, sampling the load average before and after it. */
export function withLoad<T>(f: () => T): { result: T; load: Load } {
  const before = loadNow();
  const result = f();
  return { result, load: { before, after: loadNow() } };
}

export async function withLoadAsync<T>(f: () => Promise<T>): Promise<{ result: T; load: Load }> {
  const before = loadNow();
  const result = await f();
  return { result, load: { before, after: loadNow() } };
}

/** A figure is reliable when the load average stayed at or below the number of cores. */
export function isReliable(load: Load, cores = CORES): boolean {
  return load.before <= cores && load.after <= cores;
}

export interface Verdict {
  target: string;
  targetValue: number | null;
  /** null: no target at this scale, or the machine was busy (see `reliable`). */
  pass: boolean | null;
  reliable: boolean;
}

/** `timed`: a time, which a busy machine stretches; false for a count (bytes, reads). */
export function judge(target: Target, value: number, ratio: number, load: Load, timed = true, cores = CORES): Verdict {
  const reliable = !timed || isReliable(load, cores);
  let pass: boolean | null = null;
  if (target.value !== null && reliable) {
    const x = target.on === "ratio" ? ratio : value;
    pass = target.strict ? x < target.value : x <= target.value;
  }
  return { target: target.text, targetValue: target.value, pass, reliable };
}
