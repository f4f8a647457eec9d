// The week planner's data preparation: `weekViewModel` (src/core/planner/week-view.ts) for one week of an
// indexed vault, the work the week view and `client-desk week` do before drawing. Targets: targets.ts (L ≤ 1 ms).
// Baseline, in the same run: the two index queries the model starts from (entriesBetween and
// blocksBetween for the same week), so the figure shows what the layout, windows and totals add.
//
// The value is the steady state, what a view open for a while pays on a redraw. At L, V8 is still
// optimising the model's functions for about the first 80 calls (each one ~1.5× slower at call 10
// than at call 100, measured 2026-12-04), so the warm-up is 100 calls; the median of the calls
// 11–70 (what the bench timed with a warm-up of 10) is kept beside it as `earlyMs`.

import { performance } from "node:perf_hooks";
import type { VaultIndex } from "../../src/core/index/vault-index";
import { weekViewModel } from "../../src/core/planner/week-view";
import { weekRange } from "../../src/core/shared/week";

export interface WeekBench {
  /** Median of the timed runs, ms. */
  ms: number;
  /** Median of the baseline (the two index queries alone), ms. */
  baselineMs: number;
  /** The first call, before the model's caches (roster, windows, zone spans) are warm, ms. */
  firstMs: number;
  /** Median of the calls 11–70, while V8 is still optimising the model's code, ms. */
  earlyMs: number;
  runs: number;
  /** Calls before the timed ones (the first included). */
  warmup: number;
  blocks: number;
  entries: number;
  clients: number;
}

export function benchWeek(index: VaultIndex, week: string, zone: string, options: { runs?: number; warmup?: number } = {}): WeekBench {
  const runs = options.runs ?? 60;
  const warmup = options.warmup ?? 100;
  const range = weekRange(week, zone, "mon");
  const now = range.from + 3.5 * 86_400_000; // the middle of the week: the now line and a "today"
  const opts = {
    week,
    zone,
    weekStart: "mon" as const,
    now,
    workingHours: { start: 9 * 60, end: 17 * 60 },
    workingDays: ["mon", "tue", "wed", "thu", "fri"] as const,
  };
  const times: number[] = [];
  const base: number[] = [];
  let firstMs = 0;
  const early: number[] = [];
  let counts = { blocks: 0, entries: 0, clients: 0 };
  for (let i = -warmup; i < runs; i++) {
    let t = performance.now();
    index.entriesBetween(range.from, range.to);
    index.blocksBetween(range.from, range.to);
    const b = performance.now() - t;
    t = performance.now();
    const v = weekViewModel(index, { ...opts, workingDays: [...opts.workingDays] });
    const m = performance.now() - t;
    counts = { blocks: v.blocks.length, entries: v.entries.length, clients: v.clients.length };
    if (i === -warmup) firstMs = m;
    if (i >= 10 - warmup && early.length < 60) early.push(m);
    if (i >= 0) {
      times.push(m);
      base.push(b);
    }
  }
  const ms = median(times);
  return { ms, baselineMs: median(base), firstMs, earlyMs: median(early), runs, warmup, ...counts };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
