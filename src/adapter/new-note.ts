// A new note, and its folder when missing. vault.create refuses a path that exists, so a note made
// here never replaces one; a path whose real location is outside the vault is refused first
// (real-path.ts), before its folder is made.

import type { App, TFile } from "obsidian";
import { assertInsideVault } from "./real-path";

export async function createNote(app: App, path: string, text: string): Promise<TFile> {
  assertInsideVault(app, path);
  const slash = path.lastIndexOf("/");
  if (slash > 0 && !app.vault.getFolderByPath(path.slice(0, slash))) await app.vault.createFolder(path.slice(0, slash));
  return app.vault.create(path, text);
}
