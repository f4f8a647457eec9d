// "Import time from Toggl or Clockify CSV".

import { Notice, type TFile } from "obsidian";
import { decodeCsvBytes, parseCsv } from "../../core/time/csv";
import { importErrorMessage } from "../../core/time/import";
import type ClientDeskPlugin from "../../main";
import { CsvFileModal, ImportModal } from "./import-modal";

export function registerImportCsv(plugin: ClientDeskPlugin): void {
  plugin.addCommand({
    id: "import-csv",
    name: plugin.t("command.import-csv"),
    callback: () => openImport(plugin),
  });
}

/** Lists the vault's CSV files to choose from; the chosen one opens the preview. */
export function openImport(plugin: ClientDeskPlugin): void {
  const files = plugin.app.vault
    .getFiles()
    .filter((f) => f.extension.toLowerCase() === "csv")
    .sort((a, b) => a.path.localeCompare(b.path));
  if (files.length === 0) {
    new Notice(plugin.t("import.pick.none"));
    return;
  }
  new CsvFileModal(plugin, files, (file) => void previewFile(plugin, file)).open();
}

/** Reads the file (as bytes, so that a UTF-16 or non-UTF-8 file is told apart) and shows the preview. */
export async function previewFile(plugin: ClientDeskPlugin, file: TFile): Promise<ImportModal | null> {
  const t = plugin.t;
  let table;
  try {
    table = parseCsv(decodeCsvBytes(new Uint8Array(await plugin.app.vault.readBinary(file))));
  } catch (e) {
    const message = importErrorMessage(e, t) ?? t("import.read-failed", { file: file.path, reason: e instanceof Error ? e.message : String(e) });
    new Notice(`${file.name}: ${message}`);
    return null;
  }
  if (!plugin.indexer.ready) {
    new Notice(t("import.waiting"));
    await plugin.indexer.whenReady;
  }
  const modal = new ImportModal(plugin, file, table);
  modal.open();
  return modal;
}
