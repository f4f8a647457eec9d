// The Bases views' `.base` files, each created only where no file is: one already there (yours, or
// one you changed) is never written over.

import { normalizePath, type App } from "obsidian";
import type { BaseFile } from "../core/notes/bases";
import { createNote } from "./new-note";

export interface BasesWrite {
  added: string[];
  /** Already there, left as they are. */
  kept: string[];
}

export async function writeBaseFiles(app: App, files: readonly BaseFile[]): Promise<BasesWrite> {
  const out: BasesWrite = { added: [], kept: [] };
  for (const f of files) {
    const path = normalizePath(f.path);
    if (app.vault.getAbstractFileByPath(path) !== null) {
      out.kept.push(path);
      continue;
    }
    await createNote(app, path, f.text);
    out.added.push(path);
  }
  return out;
}
