// Every client's weekly report for one week: buildReport + reportMarkdown (src/core/reports/report*.ts),
// what `client-desk report --week` and the scheduler do before writing. The target is every
// weekly report and invoice of scale M under 100 ms together; reports take half: ≤ 50 ms (targets.ts).
// Baseline, in the same run: the index queries alone (each client's entries of the week).

import { performance } from "node:perf_hooks";
import type { VaultIndex } from "../../src/core/index/vault-index";
import { buildReports } from "../../src/core/reports/report";
import { reportMarkdown } from "../../src/core/reports/report-markdown";
import { weekRange } from "../../src/core/shared/week";

export interface ReportBench {
  ms: number;
  /** The first run, before luxon's and the report's caches of zone arithmetic are warm. */
  firstMs: number;
  baselineMs: number;
  runs: number;
  clients: number;
  bytes: number;
}

export function benchReports(index: VaultIndex, week: string, userZone: string, options: { runs?: number; warmup?: number } = {}): ReportBench {
  const runs = options.runs ?? 30;
  const warmup = options.warmup ?? 5;
  const clients = index.clients();
  const now = Date.parse("2026-12-01T00:00:00Z");
  const times: number[] = [];
  const base: number[] = [];
  let bytes = 0;
  const t0 = performance.now();
  for (const m of buildReports(index, clients, week, { now, userZone })) bytes += reportMarkdown(m).length;
  const firstMs = performance.now() - t0;
  const ranges = clients.map((c) => weekRange(week, c.timezone, "mon"));
  for (let i = -warmup; i < runs; i++) {
    let t = performance.now();
    clients.forEach((c, k) => index.entriesOf(c.key, ranges[k].from, ranges[k].to));
    const b = performance.now() - t;
    t = performance.now();
    let n = 0;
    for (const m of buildReports(index, clients, week, { now, userZone })) n += reportMarkdown(m).length;
    const m = performance.now() - t;
    bytes = n;
    if (i >= 0) {
      times.push(m);
      base.push(b);
    }
  }
  const ms = median(times);
  return { ms, firstMs, baselineMs: median(base), runs, clients: clients.length, bytes };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}
