// The bench's table for one scale: each measure beside its baseline, target and verdict, and the
// notes that say how each was taken.

import { SCALES, type ScaleName, type VaultManifest } from "./generate";
import { out, verdictText } from "./harness";
import { type Measure } from "./measure";
import { CORES } from "./targets";

export interface ScaleResult {
  scale: ScaleName;
  vault: string;
  manifest: VaultManifest;
  files: number;
  filesRead: number;
  entries: number;
  measures: Measure[];
}


function fmt(m: Measure, v: number): string {
  if (m.unit === "B") return `${Math.round(v)} B`;
  return v >= 100 ? `${v.toFixed(0)} ms` : v >= 1 ? `${v.toFixed(2)} ms` : `${v.toFixed(3)} ms`;
}

export function printTable(r: ScaleResult): void {
  const spec = SCALES[r.scale];
  const mf = r.manifest;
  out();
  out(
    `Scale ${r.scale}: ${spec.clients} clients × ${spec.years} year${spec.years > 1 ? "s" : ""} — ${r.files.toLocaleString("en")} files in the vault, ` +
      `${r.filesRead.toLocaleString("en")} read by the index, ${r.entries.toLocaleString("en")} entries, ${mf.planBlocks.toLocaleString("en")} plan blocks`,
  );
  const rows = [["measure", "value", "first", "baseline", "ratio", "target", "result"]];
  for (const m of r.measures) {
    rows.push([m.label, fmt(m, m.value), m.first === null ? "—" : fmt(m, m.first), fmt(m, m.baseline), `${m.ratio.toFixed(2)}×`, m.target, verdictText(m)]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join("  ");
  out(line(rows[0]));
  out(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows.slice(1)) out(line(row));
  const notes: string[] = [];
  for (const m of r.measures) {
    const d = m.detail ?? {};
    if (m.id === "cold") {
      notes.push(
        `cold: median of ${m.runs} runs after the first build (the "first" column); baseline reads and splits the same ${r.filesRead} files; ` +
          `CPU time ${fmt(m, Number(d.indexCpuMs))} vs ${fmt(m, Number(d.baselineCpuMs))} (${Number(d.cpuRatio).toFixed(2)}×)`,
      );
    }
    if (m.id === "cold-cache") {
      notes.push(
        `cold-cache: the plugin's cold start with every note's frontmatter already in Obsidian's metadata cache (the YAML not parsed again); ` +
          `CPU time ${fmt(m, Number(d.indexCpuMs))} vs ${fmt(m, Number(d.baselineCpuMs))} (${Number(d.cpuRatio).toFixed(2)}×)`,
      );
    }
    if (m.id === "update") {
      notes.push(
        `update: median of ${m.runs} edits of ${d.file} (${d.fileEntries} entries), read + setFile; setFile alone ${fmt(m, Number(d.setFileOnlyMs))}, p95 ${fmt(m, Number(d.p95Ms))}`,
      );
    }
    if (m.id === "memory") {
      notes.push(
        `memory: at rest (plan notes parsed, as the plugin does once idle; ${d.coldBytesPerEntry} B per entry right after the cold start); ${Number(d.copies) > 1 ? `average of ${d.copies} copies held at once; ` : ""}${(Number(d.heapBytes) / 1048576).toFixed(1)} MiB heap + ${(Number(d.externalBytes) / 1048576).toFixed(1)} MiB outside the heap; baseline = the ${d.textFiles} texts held (${(Number(d.textBytes) / 1048576).toFixed(1)} MiB)`,
      );
    }
    if (m.id === "cli-check" || m.id === "cli-report") {
      notes.push(
        `${m.id}: a new process per run (\`node src/cli/bin.mjs ${m.id.slice(4)} … --json --now ${d.now}\`), median of ${m.runs} after the first; CPU ${d.cpuMs} ms (first ${d.firstCpuMs} ms); ` +
          `baseline: a new process reading and splitting the ${r.filesRead} files (CPU ${d.baselineCpuMs} ms); ${d.found} ${m.id === "cli-check" ? "problems listed" : "reports it would write"}`,
      );
    }
    if (m.id === "memory-session") {
      notes.push(
        `memory-session: ${d.copies} fresh ${Number(d.copies) > 1 ? "copies" : "copy"} at rest, then ${d.edits} edits each over the ${d.notes} log notes of 2026-05 and the plan note of 2026-W20 (a word added, an entry appended: ${d.added} in all, a block retitled), each through setFile; per entry after them`,
      );
    }
    if (m.id === "week") {
      notes.push(`week: median of ${m.runs} calls after ${d.warmup} warm-up calls (V8 optimises the model's code over the first ~80 at L); the calls 11–70 (a warm-up of 10): ${fmt(m, Number(d.earlyMs))}`);
    }
    if (m.id === "query") {
      notes.push(`query: ${d.entries} entries; blocksBetween for the same week ${fmt(m, Number(d.blocksBetweenMs))} (${d.blocks} blocks); baseline filters one array of all Entry objects`);
    }
  }
  const busy = r.measures.filter((m) => !m.reliable);
  if (busy.length > 0) {
    notes.push(
      `busy: ${busy.map((m) => `${m.id} (load ${m.load.before}→${m.load.after})`).join(", ")} taken with the load average above ${CORES} cores: not judged`,
    );
  }
  notes.push(`"first" is the first run of the process (cold caches, code not yet optimised); value is the median of the runs after it`);
  for (const n of notes) out(`  ${n}`);
}

