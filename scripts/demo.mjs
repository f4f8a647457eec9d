#!/usr/bin/env node
// npm run demo [-- [DIR] [--now TIME] [--seed N] [--force]]: writes the demo vault (default
// ./demo-vault, git-ignored) with the CLI, installs the plugin into it, and says how to open it in
// Obsidian. --now and --seed go to `client-desk demo`, so the same pair gives the same vault.
//
// An earlier demo in DIR (it has .client-desk-demo.json) is refreshed with --force: files the demo
// wrote and nobody changed are replaced, everything else is left alone. Any other non-empty DIR
// is refused by the CLI.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const node = process.execPath;

/** DIR and the flags passed on to the CLI; a flag is never taken for the folder. */
function demoArgs(argv) {
  const passed = [];
  let dirArg;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--force") passed.push(a);
    else if (a === "--now" || a === "--seed" || a === "--lang") {
      if (i + 1 >= argv.length) fail(`${a} needs a value.`);
      passed.push(a, argv[++i]);
    } else if (/^--(now|seed|lang)=/.test(a)) passed.push(a);
    else if (a.startsWith("-")) fail(`${a} is not an option of npm run demo (use DIR, --now TIME, --seed N, --force).`);
    else if (dirArg === undefined) dirArg = a;
    else fail(`Unexpected argument “${a}”.`);
  }
  return { dir: resolve(process.cwd(), dirArg ?? "demo-vault"), passed };
}

function fail(message) {
  process.stderr.write(`npm run demo: ${message}\n`);
  process.exit(2);
}

const { dir, passed } = demoArgs(process.argv.slice(2));
const earlier = existsSync(join(dir, ".client-desk-demo.json"));
const force = earlier && !passed.includes("--force") ? ["--force"] : [];
const demo = spawnSync(node, [join(repo, "src/cli/bin.mjs"), "demo", dir, ...passed, ...force], {
  stdio: "inherit",
});
if (demo.status !== 0) process.exit(demo.status ?? 1);

const install = spawnSync(node, [join(repo, "scripts/install-plugin.mjs"), dir], { cwd: repo, encoding: "utf8" });
process.stdout.write("\n");
if (install.status === 0) {
  process.stdout.write(install.stdout);
} else {
  const tail = `${install.stdout ?? ""}${install.stderr ?? ""}`.trim().split("\n").slice(-8).join("\n");
  process.stdout.write(`The plugin could not be built, so it is not installed in the demo yet:\n${tail}\n`);
}
process.stdout.write(
  [
    "",
    "Open it in Obsidian:",
    `  1. "Open folder as vault" and choose ${dir}`,
    "  2. Settings → Community plugins → Turn on community plugins.",
    "     Client Desk is already in .obsidian/plugins and listed as enabled.",
    "",
  ].join("\n"),
);
process.exit(install.status === 0 ? 0 : 1);
