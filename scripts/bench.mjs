// `npm run bench`: bundles the TypeScript benchmark (scripts/bench/run.ts) with esbuild into a
// temporary file and runs it in a child `node --expose-gc`, passing the arguments through.
//
//   npm run bench                      S, M and L
//   npm run bench -- --scale S         one scale (or --scale S,M)
//   npm run bench -- --quick           fewer runs, for a quick look
//   npm run bench -- --json            machine-readable results on stdout (tables go to stderr)
//   npm run bench -- --cpu-prof        also write a V8 CPU profile to .cache/bench-prof/ and print
//                                      the functions that took the most time
//
// See docs/benchmarks.md.
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import process from "node:process";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const cpuProf = args.includes("--cpu-prof");
const childArgs = args.filter((a) => a !== "--cpu-prof");

const profDir = join(root, ".cache", "bench-prof");
// With --cpu-prof the bundle is kept beside the profile, which points into it.
const outDir = cpuProf ? profDir : join(tmpdir(), `client-desk-bench-build-${process.pid}`);
const outfile = join(outDir, "run.mjs");
mkdirSync(outDir, { recursive: true });

await esbuild.build({
  absWorkingDir: root,
  entryPoints: ["scripts/bench/run.ts"],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile,
  logLevel: "warning",
  // The tick bench runs the real plugin on the test fake of Obsidian (in happy-dom).
  alias: { obsidian: "./tests/fake/obsidian.ts" },
  // The render bench drives Chromium and bundles its page itself: these stay Node packages.
  external: ["esbuild", "playwright-core", "@sparticuz/chromium"],
  // CommonJS dependencies (luxon) may call require(); give the ESM bundle one.
  banner: { js: 'import { createRequire as __cdCreateRequire } from "node:module"; const require = __cdCreateRequire(import.meta.url);' },
});

const nodeArgs = ["--expose-gc"];
if (cpuProf) {
  nodeArgs.push("--cpu-prof", `--cpu-prof-dir=${profDir}`);
  process.stderr.write(`CPU profile will be written to ${profDir}\n`);
}

const child = spawn(process.execPath, [...nodeArgs, outfile, ...childArgs], { cwd: root, stdio: "inherit" });
const forward = (signal) => child.kill(signal);
process.on("SIGINT", forward);
process.on("SIGTERM", forward);
child.on("exit", (code, signal) => {
  if (cpuProf) summariseNewestProfile(profDir);
  else rmSync(outDir, { recursive: true, force: true });
  if (signal) process.kill(process.pid, signal);
  process.exit(code ?? 1);
});

/** Prints the functions with the most self time and total time in the newest profile. */
function summariseNewestProfile(dir, rows = 25) {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (files.length === 0) return;
  const prof = JSON.parse(readFileSync(files[0], "utf8"));
  const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => {
    const f = n.callFrame;
    const where = f.url ? `${f.url.split("/").pop()}:${f.lineNumber + 1}` : "";
    return `${f.functionName || "(anonymous)"} ${where}`.trim();
  };
  const self = new Map();
  const total = new Map();
  let all = 0;
  for (let i = 0; i < prof.samples.length; i++) {
    const us = prof.timeDeltas[i] ?? 0;
    const id = prof.samples[i];
    all += us;
    const k = name(nodes.get(id));
    self.set(k, (self.get(k) ?? 0) + us);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const key = name(nodes.get(cur));
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + us);
    }
  }
  const show = (title, map) => {
    process.stderr.write(`\n${title}, ${files[0]} (${(all / 1000).toFixed(0)} ms sampled)\n`);
    for (const [k, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
      process.stderr.write(`${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / all).toFixed(1).padStart(5)}%  ${k}\n`);
    }
  };
  show("Self time", self);
  show("Total time", total);
}
