// "Merge conflicted copies": each conflicted copy of a log note (core/index/log-copies.ts) has the
// entries only it holds appended to its note through Vault.process (the note as it is then, every
// byte kept), then is moved to `Log/Merged copies/` with FileManager.renameFile, never over a file.

import { normalizePath, TFile } from "obsidian";
import { mergeLogCopy } from "../core/notes/log-merge";
import { mergedCopyPath } from "../core/notes/conflict-copies";
import type { VaultContext } from "./context";
import { createNote } from "./new-note";
import { assertInside } from "./real-path";

export interface CopiesMerged {
  /** Copies merged and moved. */
  copies: number;
  /** Entries added to their notes. */
  entries: number;
  /** Ids in both with other times: left for the VA. */
  differing: string[];
  failed: { path: string; reason: string }[];
}

export async function mergeConflictCopies(ctx: VaultContext): Promise<CopiesMerged> {
  const { vault, fileManager } = ctx.app;
  const out: CopiesMerged = { copies: 0, entries: 0, differing: [], failed: [] };
  for (const copy of ctx.indexer.index.logCopies()) {
    const file = vault.getFileByPath(copy.path);
    if (!(file instanceof TFile)) continue;
    try {
      // The copy is moved and the main note written: both must really be in the vault.
      assertInside(ctx, copy.path);
      assertInside(ctx, normalizePath(copy.main));
      const copyText = await vault.read(file);
      const main = vault.getFileByPath(normalizePath(copy.main));
      let added = 0;
      if (main instanceof TFile) {
        await vault.process(main, (text) => {
          const r = mergeLogCopy(copy.main, text, copy.path, copyText);
          added = r.added.length;
          out.differing.push(...r.differing);
          return r.text;
        });
      } else {
        const r = mergeLogCopy(copy.main, "", copy.path, copyText);
        added = r.added.length;
        if (added > 0) await createNote(ctx.app, normalizePath(copy.main), r.text);
      }
      out.entries += added;
      for (let n = 1; n < 100; n++) {
        const to = normalizePath(mergedCopyPath(copy.path, n));
        if (vault.getAbstractFileByPath(to)) continue;
        const folder = to.slice(0, to.lastIndexOf("/"));
        assertInside(ctx, to);
        if (!vault.getAbstractFileByPath(folder)) await vault.createFolder(folder);
        await fileManager.renameFile(file, to);
        out.copies++;
        break;
      }
    } catch (e) {
      out.failed.push({ path: copy.path, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}
