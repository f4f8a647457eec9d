// The frontmatter of the markdown notes directly in a vault folder (package, task and
// subcontractor notes that the index does not keep), read from disk for the CLI.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readFrontmatter } from "../core/notes/frontmatter";

export interface FolderNote {
  path: string;
  data: Record<string, unknown> | null;
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
