// The CSV export's file: a new file in the vault's Exports folder under the first free name
// (src/core/time/export-csv.ts), made with vault.create, so an existing file is never replaced;
// createNote refuses a path whose real location is outside the vault (the reason names it).

import { normalizePath, type App } from "obsidian";
import { exportFileName } from "../core/time/export-csv";
import { createNote } from "./new-note";

export type ExportWrite = { ok: true; path: string } | { ok: false; path: string; reason: string };

export async function writeExportFile(app: App, from: string, to: string, clientKey: string | null, csv: string): Promise<ExportWrite> {
  const name = (n?: number) => normalizePath(exportFileName(from, to, clientKey, n));
  let path = name();
  for (let n = 2; app.vault.getAbstractFileByPath(path) !== null; n++) path = name(n);
  try {
    await createNote(app, path, csv);
    return { ok: true, path };
  } catch (e) {
    return { ok: false, path, reason: e instanceof Error ? e.message : String(e) };
  }
}
