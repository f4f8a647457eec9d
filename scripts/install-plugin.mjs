#!/usr/bin/env node
// Builds the plugin and copies it into a vault:
//
//   node scripts/install-plugin.mjs <vault> [--config-dir NAME] [--no-build]
//   npm run install-plugin -- <vault>
//
// 1. Runs the production bundle (`node esbuild.config.mjs production`: main.js and styles.css at
//    the top of the repo). `npm run build` also type-checks; this skips that to be fast.
//    --no-build copies the files already built.
// 2. Copies main.js, manifest.json and styles.css into <vault>/<configDir>/plugins/<id>/.
//
// The config folder is `.obsidian` unless you renamed it (Obsidian lets you, under Settings →
// Files and links → Override config folder): when the vault has no `.obsidian` and exactly one
// other dot folder holding `plugins/` or `app.json`, that one is used. With several candidates,
// name it with --config-dir. The CLI (src/cli/vault-fs.ts) finds the plugin settings the same way.

import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const FILES = ["main.js", "manifest.json", "styles.css"];

function fail(message, code = 1) {
  process.stderr.write(`install-plugin: ${message}\n`);
  process.exit(code);
}

function parse(argv) {
  const out = { vault: null, configDir: null, build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--no-build") out.build = false;
    else if (a === "--config-dir") out.configDir = argv[++i] ?? fail("--config-dir needs a folder name", 2);
    else if (a.startsWith("--config-dir=")) out.configDir = a.slice("--config-dir=".length);
    else if (a.startsWith("-")) fail(`unknown option ${a}`, 2);
    else if (out.vault === null) out.vault = a;
    else fail(`unexpected argument ${a}`, 2);
  }
  return out;
}

/** `.obsidian`, or the one renamed config folder; null when several could be it. */
export function findConfigDir(vault) {
  if (existsSync(join(vault, ".obsidian"))) return ".obsidian";
  const candidates = readdirSync(vault)
    .filter((name) => name.startsWith(".") && name !== "." && name !== "..")
    .filter((name) => {
      const dir = join(vault, name);
      try {
        return statSync(dir).isDirectory() && (existsSync(join(dir, "plugins")) || existsSync(join(dir, "app.json")));
      } catch {
        return false;
      }
    })
    .sort();
  if (candidates.length === 0) return ".obsidian";
  if (candidates.length === 1) return candidates[0];
  return { ambiguous: candidates };
}

export function install(argv) {
  const args = parse(argv);
  if (args.vault === null) {
    fail("give the vault folder: node scripts/install-plugin.mjs <vault>  (or npm run install-plugin -- <vault>)", 2);
  }
  const vault = resolve(process.cwd(), args.vault);
  if (!existsSync(vault) || !statSync(vault).isDirectory()) fail(`no vault folder at ${vault}`, 2);

  let configDir = args.configDir;
  if (configDir !== null && (!configDir.startsWith(".") || /[\\/]/.test(configDir) || configDir === "." || configDir === "..")) {
    fail(`--config-dir must be a dot folder name like .obsidian, not ${configDir}`, 2);
  }
  if (configDir === null) {
    const found = findConfigDir(vault);
    if (typeof found !== "string") {
      fail(`${vault} has several config folders (${found.ambiguous.join(", ")}): choose one with --config-dir`, 2);
    }
    configDir = found;
  }

  if (args.build) {
    const r = spawnSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: repo, encoding: "utf8" });
    if (r.status !== 0) {
      process.stderr.write(`${r.stdout ?? ""}${r.stderr ?? ""}`);
      fail("the production build failed (node esbuild.config.mjs production); nothing was copied");
    }
  }
  for (const f of FILES) {
    if (!existsSync(join(repo, f))) fail(`${f} is missing in ${repo}: build the plugin first (npm run build)`);
  }
  const manifest = JSON.parse(readFileSync(join(repo, "manifest.json"), "utf8"));
  const dest = join(vault, configDir, "plugins", manifest.id);
  mkdirSync(dest, { recursive: true });
  for (const f of FILES) copyFileSync(join(repo, f), join(dest, f));
  process.stdout.write(`Installed ${manifest.name} ${manifest.version} into ${dest}\n`);
  return dest;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  install(process.argv.slice(2));
}
