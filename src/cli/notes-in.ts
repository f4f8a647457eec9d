// The frontmatter of the markdown notes directly in a vault folder (package, task and
// subcontractor notes that the index does not keep), read from disk for the CLI. The notes go to
// the same core readers as in the plugin (core/notes/fields.ts and the note readers on it).

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readFrontmatter } from "../core/notes/frontmatter";
import type { NoteSource } from "../core/notes/fields";

export interface FolderNote extends NoteSource {
  fieldLines: Map<string, number>;
}

/** By file name; none when the folder is missing. */
export function notesIn(root: string, folder: string): FolderNote[] {
  let names: string[];
  try {
    names = readdirSync(join(root, folder));
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith(".md"))
    .sort()
    .map((n) => {
      const path = `${folder}/${n}`;
      const fm = readFrontmatter(readFileSync(join(root, path), "utf8"));
      return { path, data: fm.data, fieldLines: fm.fieldLines };
    });
}
