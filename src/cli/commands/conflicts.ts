// `client-desk conflicts --vault DIR [--merge]`: the conflicted copies sync services left of log
// notes, with the entries found only in each. With --merge, those entries are appended to the
// note (as written in the copy, every byte of the note kept, inside its lock) and the copy is moved
// to `Log/Merged copies/`. Entries in both with other times are listed, never changed.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { mergeLogCopy } from "../../core/notes/log-merge";
import { mergedCopyPath } from "../../core/notes/conflict-copies";
import type { Context } from "../context";
import { CommandFailure } from "../errors";
import { printJson, printLines } from "../output";
import { reason } from "../vault-fs";
import { VaultWriter } from "../vault-writer";
import { openVault } from "./common";

export interface ConflictsJson {
  merged: boolean;
  copies: {
    /** The copy, vault-relative. */
    file: string;
    /** The log note it is a copy of. */
    main: string;
    tool: string;
    /** Ids (or "line N") of entries only in the copy; appended to the note with --merge. */
    only: string[];
    /** Ids in both with other times in the copy: left for you to settle. */
    differing: string[];
    /** With --merge: where the copy was moved. */
    movedTo: string | null;
  }[];
}

function readOr(root: string, rel: string): string {
  try {
    return readFileSync(join(root, rel), "utf8");
  } catch {
    return "";
  }
}

export function runConflicts(ctx: Context): number {
  const vault = openVault(ctx);
  const merge = ctx.args.booleans.has("merge");
  const writer = new VaultWriter(vault.root);
  const out: ConflictsJson = { merged: merge, copies: [] };
  for (const copy of vault.index.logCopies()) {
    const main = copy.main;
    const row: ConflictsJson["copies"][number] = { file: copy.path, main, tool: copy.tool, only: [], differing: [], movedTo: null };
    let copyText: string;
    try {
      copyText = readFileSync(join(vault.root, copy.path), "utf8");
    } catch (e) {
      throw new CommandFailure("cli.error.read-failed", { path: copy.path, reason: reason(e) });
    }
    // Compared with the note as it is on disk, and merged inside its lock.
    let result = mergeLogCopy(main, readOr(vault.root, main), copy.path, copyText);
    if (merge) {
      writer.update(main, (current) => {
        result = mergeLogCopy(main, current ?? "", copy.path, copyText);
        return result.added.length > 0 ? result.text : null;
      });
    }
    row.only = result.added.map((line) => /\^([A-Za-z0-9-]+)\s*$/.exec(line)?.[1] ?? line.trim());
    row.differing = result.differing;
    if (merge) {
      for (let n = 1; n < 100 && row.movedTo === null; n++) {
        const to = mergedCopyPath(copy.path, n);
        if (writer.move(copy.path, to)) row.movedTo = to;
      }
    }
    out.copies.push(row);
  }
  if (ctx.json) printJson(ctx.io, out);
  else if (out.copies.length === 0) printLines(ctx.io, [ctx.t("cli.conflicts.none")]);
  else {
    const lines: string[] = [];
    for (const c of out.copies) {
      lines.push(ctx.t("cli.conflicts.copy", { file: c.file, main: c.main, only: c.only.length, differing: c.differing.length }));
      for (const id of c.differing) lines.push(`  ${ctx.t("cli.conflicts.differing", { id })}`);
      if (c.movedTo !== null) lines.push(`  ${ctx.t("cli.conflicts.merged", { count: c.only.length, main: c.main, to: c.movedTo })}`);
    }
    if (!merge) lines.push(ctx.t("cli.conflicts.hint"));
    printLines(ctx.io, lines);
  }
  // Unmerged copies are problems, as in check.
  return !merge && out.copies.length > 0 ? 1 : 0;
}
