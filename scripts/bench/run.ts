// The benchmark of the vault index against the product's targets (../shared/PRODUCT.md, "Targets
// that are not negotiable"). Run through `npm run bench`, which bundles this file and starts it with
// `node --expose-gc`. Every figure is printed beside a raw baseline measured in the same run, and
// judged against its scale's target in targets.ts (not judged when the machine was busy).
// docs/benchmarks.md explains the figures.

import { readdirSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import process from "node:process";
import { VaultIndex } from "../../src/core/index/vault-index";
import { weekRange } from "../../src/core/shared/week";
import { ensureVault, USER_ZONE, type ScaleName } from "./generate";
import { benchWeek } from "./week";
import { benchReports } from "./report";
import { benchInvoices } from "./invoice";
import { benchCli } from "./cli";
import { out, progress, settle, tablesToStderr } from "./harness";
import { judged, type Measure, type Raw } from "./measure";
import { benchIndexOptions, buildIndex, metadataCacheOf } from "./build-index";
import { measureMemory } from "./memory";
import { runFeatures } from "./features";
import { CORES, withLoad, withLoadAsync } from "./targets";
import { SCALE_MEASURES, UsageError, parseArgs, type Options } from "./options";
import { printTable, type ScaleResult } from "./print";
import { measureCold, measureQuery, measureUpdate } from "./index-measures";

// ---------------------------------------------------------------------------------------------
// Helpers

/** Every file of the vault, as vault paths with forward slashes, sorted. */
function listVault(root: string): string[] {
  const outList: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const rel = prefix === "" ? d.name : `${prefix}/${d.name}`;
      if (d.isDirectory()) walk(join(dir, d.name), rel);
      else if (d.isFile()) outList.push(rel);
    }
  };
  walk(root, "");
  return outList.sort();
}


// ---------------------------------------------------------------------------------------------
// Main

async function runScale(scale: ScaleName, o: Options): Promise<ScaleResult> {
  progress(`[${scale}] preparing the vault…`);
  const vault = ensureVault(scale, progress);
  progress(`[${scale}] ${vault.reused ? "reusing" : "generated"} ${vault.root}`);
  const paths = listVault(vault.root);
  const abs = paths.map((p) => join(vault.root, ...p.split("/")));
  const probe = new VaultIndex(benchIndexOptions());
  const wantedAbs: string[] = [];
  for (let i = 0; i < paths.length; i++) if (probe.wants(paths[i])) wantedAbs.push(abs[i]);

  const measures: Measure[] = [];
  let entries = 0;
  if (o.only.has("cold")) {
    const { result: m, load } = withLoad(() => measureCold(scale, o, paths, abs, wantedAbs));
    entries = Number(m.detail?.entries ?? 0);
    measures.push(judged(scale, m, load));
    // The plugin's own cold start, with frontmatter from Obsidian's metadata cache (reported).
    const cache = metadataCacheOf(paths, abs);
    const fromCache = withLoad(() => measureCold(scale, o, paths, abs, wantedAbs, cache));
    measures.push(judged(scale, fromCache.result, fromCache.load));
  }
  if (o.only.has("memory") || o.only.has("update") || o.only.has("query") || o.only.has("report") || o.only.has("invoice")) {
    let index: VaultIndex;
    if (o.only.has("memory")) {
      const { result: r, load } = await withLoadAsync(() => measureMemory(wantedAbs, paths, abs, vault.manifest.entries));
      measures.push(judged(scale, r.m, load));
      measures.push(judged(scale, r.session, load));
      index = r.index;
      progress(`  [${scale}] memory: ${Math.round(r.m.value)} B per entry`);
    } else {
      index = buildIndex(paths, abs);
    }
    entries = index.entryCount();
    // The generated vault must read cleanly: only the freehand lines it planted are reported, and
    // now and then two random entries of a client with the same start and end (an exact duplicate,
    // a warning: counted, not a defect of the vault).
    const diagnostics = index.diagnostics();
    const collisions = diagnostics.filter((d) => d.code === "entry-exact-duplicate").length;
    const unexpected = diagnostics.filter((d) => d.code !== "line-freehand" && d.code !== "entry-exact-duplicate");
    const freehand = diagnostics.length - unexpected.length - collisions;
    if (collisions > 0) progress(`  [${scale}] ${collisions} exact duplicates (random entries with the same times)`);
    if (unexpected.length > 0 || freehand !== vault.manifest.freehandLines) {
      const first = unexpected[0];
      progress(
        `  [${scale}] warning: ${unexpected.length} unexpected diagnostics, ${freehand} freehand lines of ${vault.manifest.freehandLines}` +
          (first ? ` (first: ${first.code} ${first.file}:${first.line})` : ""),
      );
    }
    if (o.only.has("update")) {
      const { result: m, load } = withLoad(() => measureUpdate(scale, o, index, paths, abs));
      measures.push(judged(scale, m, load));
    }
    if (o.only.has("query")) {
      const q = withLoad(() => measureQuery(scale, o, index));
      measures.push(judged(scale, q.result, q.load));
      // The query baseline above made an Entry object for every entry of the vault: collect that
      // garbage first, so that the week model is not timed while the collector marks it.
      await settle();
      const { result: w, load } = withLoad(() => benchWeek(index, o.week, USER_ZONE, o.quick ? { runs: 20, warmup: 30 } : { runs: 60 }));
      const m: Raw = {
        id: "week",
        label: `week view model (${o.week})`,
        unit: "ms",
        value: w.ms,
        baseline: w.baselineMs,
        ratio: w.ms / w.baselineMs,
        first: w.firstMs,
        runs: w.runs,
        detail: { blocks: w.blocks, entries: w.entries, clients: w.clients, warmup: w.warmup, earlyMs: w.earlyMs },
      };
      measures.push(judged(scale, m, load));
    }
    if (o.only.has("report")) {
      const { result: r, load } = withLoad(() => benchReports(index, o.week, USER_ZONE, { runs: o.quick ? 10 : 30 }));
      // The 50 ms is M's share of its 100 ms with the invoices; L's reports are reported, not judged.
      const m: Raw = {
        id: "report",
        label: `weekly reports, every client (${o.week})`,
        unit: "ms",
        value: r.ms,
        baseline: r.baselineMs,
        ratio: r.ms / r.baselineMs,
        first: r.firstMs,
        runs: r.runs,
        detail: { clients: r.clients, bytes: r.bytes },
      };
      measures.push(judged(scale, m, load));
      progress(`  [${scale}] weekly reports: ${r.clients} clients, median ${r.ms.toFixed(2)} ms, first run ${r.firstMs.toFixed(1)} ms`);
    }
    if (o.only.has("invoice")) {
      const month = `${o.week.slice(0, 4)}-${String(new Date(weekRange(o.week, USER_ZONE, "mon").from).getUTCMonth() + 1).padStart(2, "0")}`;
      const { result: inv, load } = withLoad(() => benchInvoices(index, month, { runs: o.quick ? 10 : 30 }));
      progress(`  [${scale}] invoices ${month}: ${inv.invoices} of ${inv.clients} clients (${inv.refused} refused), ${inv.entries} entries`);
      const invoiceMeasures: Raw[] = [
        {
          id: "invoice-one",
          label: `one client's invoice (${month}, busiest client)`,
          unit: "ms",
          value: inv.oneMs,
          baseline: inv.oneBaselineMs,
          ratio: inv.oneMs / inv.oneBaselineMs,
          first: inv.oneFirstMs,
          runs: inv.runs,
          detail: { clients: 1, cpuMs: Number(inv.oneCpuMs.toFixed(2)) },
        },
        {
          id: "invoice-all",
          label: `every client's invoice (${month})`,
          unit: "ms",
          value: inv.allMs,
          baseline: inv.allBaselineMs,
          ratio: inv.allMs / inv.allBaselineMs,
          first: inv.allFirstMs,
          runs: inv.runs,
          detail: { clients: inv.clients, invoices: inv.invoices, entries: inv.entries, cpuMs: Number(inv.allCpuMs.toFixed(1)) },
        },
      ];
      for (const m of invoiceMeasures) measures.push(judged(scale, m, load));
    }
  }
  if (o.only.has("cli")) {
    // Friday 17:00 of the week in the VA's zone: the CLI's fixed clock (--now), as a cron job would run.
    const now = new Date(weekRange(o.week, USER_ZONE, "mon").from + (4 * 24 + 17) * 3_600_000).toISOString();
    const { result: cli, load } = withLoad(() =>
      benchCli({ root: process.cwd(), vault: vault.root, wanted: wantedAbs, week: o.week, now, runs: o.quick ? 1 : scale === "L" ? 3 : 5 }),
    );
    for (const c of cli) {
      progress(`  [${scale}] ${c.label}: first ${c.first.ms.toFixed(0)} ms, median ${c.ms.toFixed(0)} ms (CPU ${c.cpuMs.toFixed(0)} ms), ${c.found} ${c.id === "cli-check" ? "problems" : "reports"}`);
      const m: Raw = {
        id: c.id,
        label: c.label,
        unit: "ms",
        value: c.ms,
        baseline: c.baselineMs,
        ratio: c.ms / c.baselineMs,
        first: c.first.ms,
        runs: c.runs,
        detail: { cpuMs: Number(c.cpuMs.toFixed(0)), baselineCpuMs: Number(c.baselineCpuMs.toFixed(0)), firstCpuMs: Number(c.first.cpuMs.toFixed(0)), found: c.found, now },
      };
      measures.push(judged(scale, m, load));
    }
  }
  if (entries === 0 && !o.only.has("cold") && !o.only.has("memory")) entries = vault.manifest.entries;
  if (entries !== vault.manifest.entries) {
    throw new Error(`the index holds ${entries} entries, the generator wrote ${vault.manifest.entries}`);
  }
  const order = ["cold", "cold-cache", "update", "memory", "memory-session", "query", "week", "report", "invoice-one", "invoice-all", "cli-check", "cli-report"];
  measures.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return {
    scale,
    vault: vault.root,
    manifest: vault.manifest,
    files: paths.length,
    filesRead: wantedAbs.length,
    entries,
    measures,
  };
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  tablesToStderr(o.json);
  const cpu = cpus();
  const machine = {
    node: process.version,
    cpu: cpu[0]?.model ?? "unknown",
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    platform: `${process.platform}-${process.arch}`,
  };
  const loadBefore = loadavg().map((x) => Number(x.toFixed(2)));
  out(
    `Client Desk bench — node ${machine.node}, ${machine.cores} × ${machine.cpu}, load average ${loadBefore.join(" ")}${o.quick ? ", quick" : ""}`,
  );
  const t0 = performance.now();
  const results: ScaleResult[] = [];
  if (SCALE_MEASURES.some((m) => o.only.has(m))) {
    for (const scale of o.scales) {
      const r = await runScale(scale, o);
      results.push(r);
      printTable(r);
      await settle();
    }
  }
  const features = await runFeatures(o);
  // Only reliable figures are judged: a busy one has pass null and is listed apart.
  const failed = [
    ...results.flatMap((r) => r.measures.filter((m) => m.reliable && m.pass === false).map((m) => `${r.scale} ${m.label}`)),
    ...features.filter((f) => f.reliable && f.pass === false).map((f) => f.name),
  ];
  const unreliable = [
    ...results.flatMap((r) => r.measures.filter((m) => !m.reliable).map((m) => `${r.scale} ${m.label}`)),
    ...features.filter((f) => !f.reliable).map((f) => f.name),
  ];
  out();
  const verdict = failed.length > 0 ? `Targets missed: ${failed.join(", ")}.` : unreliable.length > 0 ? "No target missed among the reliable figures." : "All targets met.";
  out(verdict);
  if (unreliable.length > 0) out(`unreliable (load average above ${CORES} cores, not judged): ${unreliable.join(", ")}.`);
  const loadAfter = loadavg().map((x) => Number(x.toFixed(2)));
  const seconds = (performance.now() - t0) / 1000;
  out(`Total ${seconds.toFixed(1)} s; load average at the end ${loadAfter.join(" ")} (figures from a busy machine are noisy).`);
  if (o.json) {
    const report = { machine, quick: o.quick, week: o.week, loadBefore, loadAfter, seconds, missed: failed, unreliable, scales: results, features };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  }
  if (o.strict && failed.length > 0) process.exitCode = 1;
}

main().catch((e: unknown) => {
  const shown = e instanceof UsageError ? e.message : e instanceof Error ? (e.stack ?? e.message) : String(e);
  process.stderr.write(`${shown}\n`);
  process.exit(2);
});
