#!/usr/bin/env node
// The `client-desk` command (package.json "bin"). Plain Node 20, no build step committed: the CLI
// (src/cli/main.ts and the core it uses) is bundled with esbuild into
// node_modules/.cache/client-desk/cli-<checkout>.mjs when that file is missing or older than any file in
// src/, then imported and run. Packages (luxon, js-yaml) stay external and load from node_modules.

import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const src = join(root, "src");
// One bundle per checkout: worktrees that share one node_modules (a symbolic link) never run each
// other's build.
const bundle = join(root, "node_modules", ".cache", "client-desk", `cli-${createHash("sha1").update(root).digest("hex").slice(0, 12)}.mjs`);

/** The newest modification time under `dir` (ms): files, and folders (a file deleted or renamed). */
function newest(dir) {
  let max = statSync(dir).mtimeMs;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, d.name);
    if (d.isDirectory()) max = Math.max(max, newest(p));
    else if (d.isFile()) max = Math.max(max, statSync(p).mtimeMs);
  }
  return max;
}

function builtAt() {
  try {
    return statSync(bundle).mtimeMs;
  } catch {
    return -1;
  }
}

async function bundleCli() {
  const { build } = await import("esbuild");
  const result = await build({
    entryPoints: [join(src, "cli", "main.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    write: false,
    logLevel: "error",
    outfile: bundle,
  });
  mkdirSync(dirname(bundle), { recursive: true });
  // Written beside and renamed: two commands building at once never read half a file.
  const temp = `${bundle}.${process.pid}.tmp`;
  writeFileSync(temp, result.outputFiles[0].contents);
  renameSync(temp, bundle);
}

if (builtAt() < newest(src)) {
  try {
    await bundleCli();
  } catch (e) {
    process.stderr.write(`client-desk: cannot build the command from src/ (${e instanceof Error ? e.message.split("\n")[0] : String(e)}); run npm ci first.\n`);
    process.exit(3);
  }
}

// eslint-disable-next-line no-unsanitized/method -- the URL is this package's own bundle, built just above
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = main(process.argv.slice(2));
