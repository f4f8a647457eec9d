// A scale's measure as printed and as `--json` gives it, and its verdict against targets.ts.

import type { ScaleName } from "./generate";
import { judge, targetFor, type Load } from "./targets";

export interface Measure {
  id: string;
  label: string;
  value: number;
  unit: "ms" | "B";
  baseline: number;
  ratio: number;
  /** The target as printed ("reported" when the scale has none). */
  target: string;
  /** The limit (on the value, or on the ratio for the cold index), or null when reported. */
  targetValue: number | null;
  /** null: no target, or not judged because the machine was busy (reliable false). */
  pass: boolean | null;
  /** False when a time was taken with the load average (before or after) above the number of cores. */
  reliable: boolean;
  /** The first run (cold caches, code not yet optimised), where it applies; else null. */
  first: number | null;
  runs: number;
  /** The one-minute load average before and after the measure. */
  load: Load;
  detail?: Record<string, number | string>;
}

/** What a measure function finds, before it is judged. */
export type Raw = Omit<Measure, "target" | "targetValue" | "pass" | "reliable" | "load" | "first"> & { first?: number | null };

/** The measure with its scale's target, judged unless the machine was busy. */
export function judged(scale: ScaleName, raw: Raw, load: Load): Measure {
  // Memory is a count of bytes, not a time: a busy machine does not change it.
  const v = judge(targetFor(raw.id, scale), raw.value, raw.ratio, load, raw.unit === "ms");
  return {
    id: raw.id,
    label: raw.label,
    value: raw.value,
    unit: raw.unit,
    baseline: raw.baseline,
    ratio: raw.ratio,
    target: v.target,
    targetValue: v.targetValue,
    pass: v.pass,
    reliable: v.reliable,
    first: raw.first ?? null,
    runs: raw.runs,
    load,
    ...(raw.detail ? { detail: raw.detail } : {}),
  };
}
