// The CLI as a user runs it: `client-desk check` and `client-desk report --week W --dry-run` on the
// scale's vault, each a whole new Node process (start-up, loading the bundle, listing and reading
// the vault, the work, the JSON out), timed from spawn to exit. The first process is printed beside
// the median of the ones after it (the file cache and the CLI bundle are warm by then, as on a
// second run of the day). Baseline in the same run: a new Node process that reads and splits the
// files the index reads. CPU time (user + system) of each process comes from a preload that writes
// `process.cpuUsage()` at exit, since spawnSync does not report a child's resource usage.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface CliRun {
  /** Wall-clock milliseconds from spawn to exit. */
  ms: number;
  /** User + system CPU milliseconds of the process. */
  cpuMs: number;
}

export interface CliCommandResult {
  id: "cli-check" | "cli-report";
  label: string;
  first: CliRun;
  /** Medians of the runs after the first. */
  ms: number;
  cpuMs: number;
  runs: number;
  baselineMs: number;
  baselineCpuMs: number;
  /** What the command printed, summed up: problems found, or reports it would write. */
  found: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export function benchCli(options: { root: string; vault: string; wanted: string[]; week: string; now: string; runs: number }): CliCommandResult[] {
  const work = mkdtempSync(join(tmpdir(), "client-desk-bench-cli-"));
  try {
    const preload = join(work, "cpu-at-exit.cjs");
    writeFileSync(
      preload,
      'process.on("exit", () => { const u = process.cpuUsage(); require("node:fs").writeFileSync(process.env.CLIENT_DESK_BENCH_CPU, String((u.user + u.system) / 1000)); });\n',
    );
    const list = join(work, "wanted.txt");
    writeFileSync(list, options.wanted.join("\n"));
    const baselineScript = join(work, "read-split.cjs");
    writeFileSync(
      baselineScript,
      'const fs = require("node:fs"); let n = 0; for (const p of fs.readFileSync(process.argv[2], "utf8").split("\\n")) n += fs.readFileSync(p, "utf8").split("\\n").length; process.stdout.write(String(n));\n',
    );
    const cpuFile = join(work, "cpu.txt");
    const run = (args: string[]): CliRun & { stdout: string; status: number | null } => {
      const t = process.hrtime.bigint();
      const r = spawnSync(process.execPath, ["--require", preload, ...args], {
        encoding: "utf8",
        maxBuffer: 512 * 1024 * 1024,
        env: { ...process.env, CLIENT_DESK_BENCH_CPU: cpuFile, NODE_OPTIONS: "" },
      });
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      if (r.error) throw r.error;
      return { ms, cpuMs: Number(readFileSync(cpuFile, "utf8")), stdout: r.stdout, status: r.status };
    };
    const bin = join(options.root, "src", "cli", "bin.mjs");
    // Builds the CLI's bundle if src/ changed since, so that no timed run pays for esbuild.
    const help = run([bin, "--help"]);
    if (help.status !== 0) throw new Error(`client-desk --help exited with ${help.status}`);
    const commands: { id: CliCommandResult["id"]; label: string; args: string[]; found: (json: unknown) => number }[] = [
      {
        id: "cli-check",
        label: "CLI check, whole process",
        args: ["check", "--vault", options.vault, "--json", "--now", options.now],
        found: (json) => ((json as { diagnostics?: unknown[] }).diagnostics ?? []).length,
      },
      {
        id: "cli-report",
        label: `CLI report --week ${options.week} --dry-run, whole process`,
        args: ["report", "--vault", options.vault, "--week", options.week, "--dry-run", "--json", "--now", options.now],
        found: (json) => ((json as { reports?: { status: string }[] }).reports ?? []).filter((r) => r.status === "would-write").length,
      },
    ];
    const results: CliCommandResult[] = [];
    for (const c of commands) {
      const times: CliRun[] = [];
      const base: CliRun[] = [];
      let found = -1;
      let first: CliRun | null = null;
      for (let i = 0; i <= options.runs; i++) {
        const r = run([bin, ...c.args]);
        // check exits 1 when it found an error; 2 is a failure of the command itself.
        if (r.status !== 0 && r.status !== 1) throw new Error(`client-desk ${c.args[0]} exited with ${r.status}`);
        found = c.found(JSON.parse(r.stdout));
        if (first === null) first = { ms: r.ms, cpuMs: r.cpuMs };
        else times.push({ ms: r.ms, cpuMs: r.cpuMs });
        const b = run([baselineScript, list]);
        if (b.status !== 0) throw new Error(`the read-and-split baseline exited with ${b.status}`);
        base.push({ ms: b.ms, cpuMs: b.cpuMs });
      }
      results.push({
        id: c.id,
        label: c.label,
        first: first!,
        ms: median(times.map((x) => x.ms)),
        cpuMs: median(times.map((x) => x.cpuMs)),
        runs: times.length,
        baselineMs: median(base.map((x) => x.ms)),
        baselineCpuMs: median(base.map((x) => x.cpuMs)),
        found,
      });
    }
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
