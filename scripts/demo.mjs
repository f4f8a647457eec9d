#!/usr/bin/env node
// npm run demo [-- DIR]: writes the demo vault (default ./demo-vault, git-ignored) with the CLI,
// installs the plugin into it, and says how to open it in Obsidian.
//
// An earlier demo in DIR (it has .client-desk-demo.json) is refreshed with --force: files the demo
// wrote and nobody changed are replaced, everything else is left alone. Any other non-empty DIR
// is refused by the CLI.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dir = resolve(process.cwd(), process.argv[2] ?? "demo-vault");
const node = process.execPath;

const earlier = existsSync(join(dir, ".client-desk-demo.json"));
const demo = spawnSync(node, [join(repo, "src/cli/bin.mjs"), "demo", dir, ...(earlier ? ["--force"] : [])], {
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
