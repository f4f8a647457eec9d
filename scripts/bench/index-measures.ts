// The index's own measures: the cold build from the files (and from Obsidian's metadata cache),
// the update of one file, and the week query, each against a raw baseline in the same run.

import { readFileSync, writeFileSync, rmSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { VaultIndex } from "../../src/core/index/vault-index";
import { weekRange } from "../../src/core/shared/week";
import type { Entry } from "../../src/core/shared/types";
import { USER_ZONE, type ScaleName } from "./generate";
import { cpuMs, gcNow, median, ms, progress } from "./harness";
import type { Raw } from "./measure";
import { buildIndex, buildIndexFromCache } from "./build-index";
import type { Options } from "./options";

/** The raw baseline: read the same files and split them into lines. */
export function readAndSplit(abs: string[]): number {
  let lines = 0;
  for (const p of abs) lines += readFileSync(p, "utf8").split("\n").length;
  return lines;
}

const RUNS = {
  normal: { S: 15, M: 9, L: 5 },
  quick: { S: 5, M: 3, L: 3 },
} as const;

export function measureCold(
  scale: ScaleName,
  o: Options,
  paths: string[],
  abs: string[],
  wantedAbs: string[],
  cache?: Map<string, Record<string, unknown> | undefined>,
): Raw {
  const build = cache ? () => buildIndexFromCache(paths, abs, cache) : () => buildIndex(paths, abs);
  const name = cache ? "cold index from the metadata cache" : "cold index";
  const runs = (o.quick ? RUNS.quick : RUNS.normal)[scale];
  const idx: number[] = [];
  const base: number[] = [];
  let entries = 0;
  let lines = 0;
  const idxCpu: number[] = [];
  const baseCpu: number[] = [];
  let first = 0;
  let firstBase = 0;
  for (let r = -1; r < runs; r++) {
    gcNow();
    let c = process.cpuUsage();
    let t = process.hrtime.bigint();
    lines = readAndSplit(wantedAbs);
    const b = ms(t);
    const bc = cpuMs(c);
    gcNow();
    c = process.cpuUsage();
    t = process.hrtime.bigint();
    const index = build();
    const v = ms(t);
    const vc = cpuMs(c);
    entries = index.entryCount();
    if (r >= 0) {
      idx.push(v);
      base.push(b);
      idxCpu.push(vc);
      baseCpu.push(bc);
      progress(
        `  [${scale}] ${name} run ${r + 1}/${runs}: index ${v.toFixed(1)} ms (cpu ${vc.toFixed(0)}), read+split ${b.toFixed(1)} ms (cpu ${bc.toFixed(0)})`,
      );
    } else {
      first = v;
      firstBase = b;
      progress(`  [${scale}] ${name} first build (warm-up): index ${v.toFixed(1)} ms, read+split ${b.toFixed(1)} ms`);
    }
  }
  const value = median(idx);
  const baseline = median(base);
  const ratio = value / baseline;
  return {
    id: cache ? "cold-cache" : "cold",
    label: name,
    unit: "ms",
    value,
    baseline,
    ratio,
    first,
    runs,
    detail: {
      firstBaselineMs: Number(firstBase.toFixed(3)),
      entries,
      lines,
      minIndexMs: Math.min(...idx),
      minBaselineMs: Math.min(...base),
      indexCpuMs: median(idxCpu),
      baselineCpuMs: median(baseCpu),
      cpuRatio: median(idxCpu) / median(baseCpu),
    },
  };
}

/** A log note of a typical month: from the last year, with the median number of entries. */
function typicalLog(paths: string[], abs: string[]): { path: string; abs: string; text: string } {
  const candidates: { path: string; abs: string; n: number }[] = [];
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i];
    if (!/^Clients\/[^/]+\/Log\/2026-05\.md$/.test(p)) continue;
    const n = (readFileSync(abs[i], "utf8").match(/\[start:: /g) ?? []).length;
    candidates.push({ path: p, abs: abs[i], n });
  }
  if (candidates.length === 0) throw new Error("no log note for 2026-05");
  candidates.sort((a, b) => a.n - b.n || a.path.localeCompare(b.path));
  const c = candidates[candidates.length >> 1];
  return { path: c.path, abs: c.abs, text: readFileSync(c.abs, "utf8") };
}

export function measureUpdate(scale: ScaleName, o: Options, index: VaultIndex, paths: string[], abs: string[]): Raw {
  const target = typicalLog(paths, abs);
  const lines = target.text.split("\n");
  const entryLines: number[] = [];
  lines.forEach((l, i) => {
    if (l.startsWith("- [start:: ") && l.includes(" ^cd-")) entryLines.push(i);
  });
  const scratchDir = mkdtempSync(join(tmpdir(), "client-desk-bench-update-"));
  const scratch = join(scratchDir, "note.md");
  const n = o.quick ? 60 : 200;
  const warm = 20;
  const full: number[] = [];
  const setOnly: number[] = [];
  const base: number[] = [];
  const entriesBefore = index.entryCount();
  try {
    for (let i = -warm; i < n; i++) {
      // Change one entry's note: append a word before its block id, as a person editing would.
      const k = entryLines[((i % entryLines.length) + entryLines.length) % entryLines.length];
      const changed = [...lines];
      changed[k] = changed[k].replace(/ \^cd-/, ` edited${i + warm} ^cd-`);
      writeFileSync(scratch, changed.join("\n"));

      let t = process.hrtime.bigint();
      const b = readFileSync(scratch, "utf8").split("\n").length;
      const tb = ms(t);

      t = process.hrtime.bigint();
      const text = readFileSync(scratch, "utf8");
      const tRead = process.hrtime.bigint();
      index.setFile(target.path, text);
      const tEnd = process.hrtime.bigint();
      if (i >= 0) {
        base.push(tb);
        full.push(Number(tEnd - t) / 1e6);
        setOnly.push(Number(tEnd - tRead) / 1e6);
      }
      if (b !== lines.length) throw new Error("scratch file changed size");
    }
  } finally {
    rmSync(scratchDir, { recursive: true, force: true });
  }
  // The index must hold the change and nothing else.
  if (index.entryCount() !== entriesBefore) throw new Error("update changed the entry count");
  const key = target.path.split("/")[1];
  const word = `edited${n - 1 + warm}`;
  const seen = index.entriesOf(key, -Infinity, Infinity).some((e) => e.note.includes(word));
  if (!seen) throw new Error("the index does not show the last update");
  index.setFile(target.path, target.text);
  const value = median(full);
  const baseline = median(base);
  progress(`  [${scale}] one-file update: ${n} updates of ${target.path} (${entryLines.length} entries)`);
  return {
    id: "update",
    label: "one-file update",
    unit: "ms",
    value,
    baseline,
    ratio: value / baseline,
    runs: n,
    detail: {
      file: target.path,
      fileEntries: entryLines.length,
      setFileOnlyMs: median(setOnly),
      p95Ms: [...full].sort((a, b) => a - b)[Math.floor(full.length * 0.95)],
      maxMs: Math.max(...full),
    },
  };
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

export function measureQuery(scale: ScaleName, o: Options, index: VaultIndex): Raw {
  const range = weekRange(o.week, USER_ZONE, "mon");
  const n = o.quick ? 20 : 60;
  const warm = 10;
  // Baseline: the same filter and sort over every entry already parsed into one plain array, the
  // way an index that keeps Entry objects would answer (at the memory cost the index avoids).
  const all: Entry[] = index.entriesBetween(-Infinity, Infinity);
  const baselineQuery = (): Entry[] => all.filter((e) => e.start < range.to && (e.end ?? Infinity) > range.from).sort(byStart);
  const idx: number[] = [];
  const base: number[] = [];
  const blocks: number[] = [];
  let found = 0;
  let foundBase = 0;
  let blockCount = 0;
  gcNow();
  for (let i = -warm; i < n; i++) {
    let t = process.hrtime.bigint();
    foundBase = baselineQuery().length;
    const b = ms(t);
    t = process.hrtime.bigint();
    found = index.entriesBetween(range.from, range.to).length;
    const v = ms(t);
    t = process.hrtime.bigint();
    blockCount = index.blocksBetween(range.from, range.to).length;
    const bl = ms(t);
    if (i >= 0) {
      idx.push(v);
      base.push(b);
      blocks.push(bl);
    }
  }
  if (found !== foundBase) throw new Error(`week query found ${found} entries, the baseline ${foundBase}`);
  const value = median(idx);
  const baseline = median(base);
  progress(`  [${scale}] week ${o.week}: ${found} entries, ${blockCount} plan blocks`);
  return {
    id: "query",
    label: `week query (${o.week})`,
    unit: "ms",
    value,
    baseline,
    ratio: value / baseline,
    runs: n,
    detail: { entries: found, blocks: blockCount, blocksBetweenMs: median(blocks) },
  };
}

