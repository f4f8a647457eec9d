// .ics files the user asked for: the week's plan and meeting invitations, in the calendars folder's
// Exports subfolder, which the index never reads as busy time. A new file is made with vault.create;
// an existing one is replaced (Vault.process) only when the caller says the user asked to replace
// it; an invitation takes the first free name. No other .ics file is ever written.

import { TFile, normalizePath, type App } from "obsidian";
import { createNote } from "./new-note";
import { assertInsideVault } from "./real-path";

export type IcsWrite = { ok: true; path: string; replaced: boolean } | { ok: false; path: string; reason: string };

export function icsFileExists(app: App, path: string): boolean {
  return app.vault.getAbstractFileByPath(normalizePath(path)) !== null;
}

/** Writes `text` at `path`: a new file, or over the existing one only with `replace`. */
export async function writeIcsFile(app: App, path: string, text: string, replace: boolean): Promise<IcsWrite> {
  const at = normalizePath(path);
  try {
    const existing = app.vault.getAbstractFileByPath(at);
    if (existing === null) {
      await createNote(app, at, text);
      return { ok: true, path: at, replaced: false };
    }
    if (!replace || !(existing instanceof TFile)) return { ok: false, path: at, reason: "exists" };
    assertInsideVault(app, at);
    await app.vault.process(existing, () => text);
    return { ok: true, path: at, replaced: true };
  } catch (e) {
    return { ok: false, path: at, reason: e instanceof Error ? e.message : String(e) };
  }
}

/** Writes `text` under the first free name `name(1)`, `name(2)`…; never replaces a file. */
export async function writeNewIcsFile(app: App, name: (n: number) => string, text: string): Promise<IcsWrite> {
  let n = 1;
  while (icsFileExists(app, name(n))) n++;
  return writeIcsFile(app, name(n), text, false);
}
