// Running the CLI from tests: in-process through main() (fast), or as the real command through
// `node src/cli/bin.mjs` (what `npx client-desk` runs).

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../src/cli/main";

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BIN = join(REPO, "src", "cli", "bin.mjs");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** main() with captured output; LANG is cleared so messages are English unless --lang says. */
export function run(argv: string[], cwd = REPO): Run {
  let stdout = "";
  let stderr = "";
  const code = main(argv, {
    out: (s) => (stdout += s),
    err: (s) => (stderr += s),
    cwd,
    env: {},
  });
  return { code, stdout, stderr };
}

/** The real command in a child process. */
export function spawn(argv: string[], cwd = REPO): Run {
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd, encoding: "utf8", env: { ...process.env, LANG: "C", LC_ALL: "", LC_MESSAGES: "" } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = "client-desk-cli-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Writes files (relative path → text) under `root`. */
export function writeTree(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const abs = join(root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
}

/** Relative path → sha256 of every file under `root`, dot folders included. */
export function hashTree(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (rel: string) => {
    const abs = rel === "" ? root : join(root, rel);
    for (const name of readdirSync(abs).sort()) {
      const child = rel === "" ? name : `${rel}/${name}`;
      if (statSync(join(root, child)).isDirectory()) visit(child);
      else out.set(child, createHash("sha256").update(readFileSync(join(root, child))).digest("hex"));
    }
  };
  visit("");
  return out;
}

export const DEMO_NOW = "2026-11-25T10:14+07:00";

/** JSON output of a command, typed by the test. */
export function parse<T>(text: string): T {
  return JSON.parse(text) as T;
}
