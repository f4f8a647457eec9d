// A fake desktop vault over a real temporary folder: `<tmp>/vault` is what getBasePath() says, and
// `<tmp>/outside` is somewhere else on the same disk that symbolic links in the vault may point to.
// The fake vault keeps its notes in memory; mirror() copies each of its writes onto `<tmp>/vault`
// with Node's fs, which follows links as Obsidian's desktop adapter does, so a write the guard
// let through lands in `<tmp>/outside` where a test can see it.
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { afterEach } from "vitest";
import type { App } from "../fake/obsidian";

export interface RealDisk {
  /** `<tmp>`, its real path (macOS's /var is a link to /private/var). */
  root: string;
  vault: string;
  outside: string;
  /** Makes a folder (and its parents) in the vault, on disk. */
  folder(rel: string): void;
  /** `<vault>/<rel>` as a symbolic link to `target` (absolute). */
  link(rel: string, target: string): void;
  /** Every file under `<outside>`, relative to it. */
  outsideFiles(): string[];
  /** Every file under `<vault>`, relative to it (links followed). */
  vaultFiles(): string[];
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function filesUnder(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() || (e.isSymbolicLink() && safeIsDir(p))) out.push(...filesUnder(p, base));
    else out.push(relative(base, p).split("\\").join("/"));
  }
  return out.sort();
}

function safeIsDir(p: string): boolean {
  try {
    return readdirSync(p) !== null;
  } catch {
    return false;
  }
}

export function realDisk(): RealDisk {
  const root = mkdtempSync(join(tmpdir(), "cd-real-path-"));
  made.push(root);
  const vault = join(root, "vault");
  const outside = join(root, "outside");
  mkdirSync(vault);
  mkdirSync(outside);
  return {
    root,
    vault,
    outside,
    folder: (rel) => mkdirSync(join(vault, rel), { recursive: true }),
    link: (rel, target) => {
      mkdirSync(dirname(join(vault, rel)), { recursive: true });
      symlinkSync(target, join(vault, rel));
    },
    outsideFiles: () => filesUnder(outside),
    vaultFiles: () => filesUnder(vault),
  };
}

/** Every later write of the app's vault is made on disk under `base` too (links followed). */
export function mirror(app: App, base: string): void {
  app.vault.disk.onOp = (op) => {
    const full = (p: string) => join(base, p);
    if (op.op === "mkdir") mkdirSync(full(op.path), { recursive: true });
    else if (op.op === "write") {
      // The fake's seeded notes are not on disk: their folders are made on the way.
      mkdirSync(dirname(full(op.path)), { recursive: true });
      writeFileSync(full(op.path), op.data);
    }
    else if (op.op === "move") renameSync(full(op.from), full(op.to));
    else rmSync(full(op.path), { recursive: true, force: true });
  };
}
