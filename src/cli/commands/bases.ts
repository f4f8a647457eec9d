// `client-desk bases --vault DIR [--dry-run]`: the Bases views' `.base` files (core/notes/bases.ts)
// in the language of --lang, each written only where no file is; one already there is left alone.

import { existsSync } from "node:fs";
import { baseFiles } from "../../core/notes/bases";
import { translator } from "../../core/i18n";
import type { Context } from "../context";
import { printJson, printLines } from "../output";
import { VaultWriter } from "../vault-writer";
import { openVault } from "./common";

export interface BasesJson {
  dryRun: boolean;
  /** Written (or, with --dry-run, that would be). */
  added: string[];
  /** Already there: left as they are. */
  kept: string[];
}

export function runBases(ctx: Context): number {
  const vault = openVault(ctx);
  const dryRun = ctx.args.booleans.has("dry-run");
  const writer = new VaultWriter(vault.root);
  const out: BasesJson = { dryRun, added: [], kept: [] };
  for (const f of baseFiles(vault.index.layout, translator(ctx.lang))) {
    // create() never replaces a file; with --dry-run the path is only looked at (inside the vault).
    const there = dryRun ? existsSync(writer.target(f.path)) : !writer.create(f.path, f.text);
    (there ? out.kept : out.added).push(f.path);
  }
  if (ctx.json) printJson(ctx.io, out);
  else
    printLines(ctx.io, [
      ...out.added.map((p) => ctx.t(dryRun ? "cli.bases.would-add" : "cli.bases.added", { file: p })),
      ...out.kept.map((p) => ctx.t("cli.bases.kept", { file: p })),
    ]);
  return 0;
}
