// "Add missing entry ids": every log note read as it is now to see what is missing, then each note
// that needs ids changed through Vault.process, the ids worked out again on its text as it is at
// that moment. Only ` ^cd-…` at the ends of entry lines is added (src/core/notes/entry-ids.ts).

import type { Diagnostic } from "../core/shared/types";
import { addMissingEntryIds, logNotePaths } from "../core/notes/entry-ids";
import type { VaultContext } from "./context";
import { assertInside } from "./real-path";

export interface EntryIdsSurvey {
  /** The log notes with entries that have no id, and how many each, in path order. */
  notes: { path: string; count: number }[];
  /** Entries without an id in all. */
  count: number;
  /** Lines with errors: they get no id. */
  errors: Diagnostic[];
}

export interface EntryIdsWritten {
  /** Ids added. */
  count: number;
  /** Notes changed. */
  notes: number;
  failed: { path: string; reason: string }[];
}

/** What is missing in every log note of the vault; nothing is written. */
export async function surveyEntryIds(ctx: VaultContext): Promise<EntryIdsSurvey> {
  const { vault } = ctx.app;
  const index = ctx.indexer.index;
  const files = new Map(vault.getMarkdownFiles().map((f) => [f.path, f]));
  const out: EntryIdsSurvey = { notes: [], count: 0, errors: [] };
  for (const { path } of logNotePaths(files.keys(), index.layout)) {
    const file = files.get(path);
    if (file === undefined) continue;
    const r = addMissingEntryIds(path, await vault.cachedRead(file), { taken: (id) => index.hasId(id) });
    out.errors.push(...r.errors);
    if (r.added.length === 0) continue;
    out.notes.push({ path, count: r.added.length });
    out.count += r.added.length;
  }
  return out;
}

/** Adds the missing ids in these notes, one note at a time, each through Vault.process. */
export async function writeEntryIds(ctx: VaultContext, paths: readonly string[]): Promise<EntryIdsWritten> {
  const { vault } = ctx.app;
  // Unique across the vault: every indexed id, and those given in this run.
  const given = new Set<string>();
  const taken = (id: string) => given.has(id) || ctx.indexer.index.hasId(id);
  const out: EntryIdsWritten = { count: 0, notes: 0, failed: [] };
  for (const path of paths) {
    const file = vault.getFileByPath(path);
    if (file === null) continue;
    let added = 0;
    try {
      assertInside(ctx, path);
      const text = await vault.process(file, (data) => {
        const r = addMissingEntryIds(path, data, { taken });
        for (const a of r.added) given.add(a.id);
        added = r.added.length;
        return added > 0 ? r.text : data;
      });
      if (added === 0) continue;
      ctx.indexer.noteWritten(file, text);
      out.count += added;
      out.notes++;
    } catch (e) {
      out.failed.push({ path, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}
