// Writes imported entries into the vault: appends to existing log notes through Vault.process (the
// lines are appended to the note as it is at that moment, every byte of it kept) and creates the
// missing month notes with Vault.create. Entries whose id reached the vault meanwhile are skipped.

import { normalizePath, type App } from "obsidian";
import type { Layout } from "../core/shared/paths";
import type { VaultIndex } from "../core/index/vault-index";
import { appendLines, linesReadBack, planAppends, targetFromIndex, type PlannedEntry } from "../core/time/import";
import { assertInsideVault } from "./real-path";

export interface WriteResult {
  /** Entries written. */
  count: number;
  /** Notes written to (created or appended). */
  notes: string[];
  /** Notes left alone because the new lines would not read as entries there. */
  refused: string[];
  /** Notes that could not be written, with the reason. */
  failed: { path: string; reason: string }[];
}

export async function writeEntries(app: App, index: VaultIndex, entries: readonly PlannedEntry[], layout: Layout, userZone: string): Promise<WriteResult> {
  const target = targetFromIndex(index);
  const fresh = entries.filter((e) => !target.hasEntry(e.id));
  // Grouping and lines only; each note's current text is read inside Vault.process below.
  const plans = planAppends(fresh, () => null, layout, userZone);
  const result: WriteResult = { count: 0, notes: [], refused: [], failed: [] };
  for (const plan of plans) {
    const path = normalizePath(plan.path);
    try {
      assertInsideVault(app, path);
      const file = app.vault.getFileByPath(path);
      if (file) {
        let readable = true;
        await app.vault.process(file, (text) => {
          const after = appendLines(text, plan.lines);
          readable = linesReadBack(path, plan.clientKey, after, plan.ids);
          return readable ? after : text;
        });
        if (!readable) {
          result.refused.push(path);
          continue;
        }
      } else {
        const folder = path.slice(0, path.lastIndexOf("/"));
        if (folder !== "" && !app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
        await app.vault.create(path, plan.after);
      }
      result.count += plan.lines.length;
      result.notes.push(path);
    } catch (e) {
      result.failed.push({ path, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return result;
}
