// Moving a task between Eisenhower quadrants: its `urgent` and `important` fields, written through
// FileManager.processFrontMatter so that the body and every other field stay as they are. A flag
// that already has the wanted meaning is left as written ("yes" stays "yes").

import { TFile, type App } from "obsidian";
import { quadrantFlags, type Quadrant } from "../core/overview/agenda";
import { assertInsideVault } from "./real-path";

export type MoveOutcome = { ok: true; changed: boolean } | { ok: false; reason: "missing" | "write-failed"; message?: string };

function meaning(v: unknown): boolean {
  return v === true || v === "true" || v === "yes";
}

export async function moveTaskTo(app: App, path: string, quadrant: Quadrant): Promise<MoveOutcome> {
  const file = app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) return { ok: false, reason: "missing" };
  const want = quadrantFlags(quadrant);
  const cached = app.metadataCache.getFileCache(file)?.frontmatter;
  // Already there: no write at all, so the note's modified time and its YAML stay untouched.
  if (cached && meaning(cached.urgent) === want.urgent && meaning(cached.important) === want.important) return { ok: true, changed: false };
  let changed = false;
  try {
    assertInsideVault(app, file.path);
    await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
      for (const key of ["urgent", "important"] as const) {
        if (meaning(fm[key]) === want[key]) continue;
        fm[key] = want[key];
        changed = true;
      }
    });
  } catch (e) {
    return { ok: false, reason: "write-failed", message: e instanceof Error ? e.message : String(e) };
  }
  return { ok: true, changed };
}
