// "Import time from Toggl or Clockify CSV" and "Export time entries to CSV".

import { Notice, type TFile } from "obsidian";
import { decodeCsvBytes, parseCsv } from "../../core/time/csv";
import { importErrorMessage } from "../../core/time/import";
import type { Host } from "../../ui/host";
import { CsvFileModal, ImportModal } from "./import-modal";
import { ExportModal } from "./export-modal";

type ImportExportHost = Pick<Host, "app" | "t" | "settings" | "indexer" | "zone">;

export function registerImportExportCommands(host: ImportExportHost & Pick<Host, "addCommand">): void {
  host.addCommand({
    id: "import-csv",
    name: host.t("command.import-csv"),
    callback: () => openImport(host),
  });
  host.addCommand({
    id: "export-csv",
    name: host.t("command.export-csv"),
    callback: () => new ExportModal(host).open(),
  });
}

/** Lists the vault's CSV files to choose from; the chosen one opens the preview. */
export function openImport(host: ImportExportHost): void {
  const files = host.app.vault
    .getFiles()
    .filter((f) => f.extension.toLowerCase() === "csv")
    .sort((a, b) => a.path.localeCompare(b.path));
  if (files.length === 0) {
    new Notice(host.t("import.pick.none"));
    return;
  }
  new CsvFileModal(host, files, (file) => void previewFile(host, file)).open();
}

/** Reads the file (as bytes, so that a UTF-16 or non-UTF-8 file is told apart) and shows the preview. */
export async function previewFile(host: ImportExportHost, file: TFile): Promise<ImportModal | null> {
  const t = host.t;
  let table;
  try {
    table = parseCsv(decodeCsvBytes(new Uint8Array(await host.app.vault.readBinary(file))));
  } catch (e) {
    const message = importErrorMessage(e, t) ?? t("import.read-failed", { file: file.path, reason: e instanceof Error ? e.message : String(e) });
    new Notice(`${file.name}: ${message}`);
    return null;
  }
  if (!host.indexer.ready) {
    new Notice(t("import.waiting"));
    await host.indexer.whenReady;
  }
  const modal = new ImportModal(host, file, table);
  modal.open();
  return modal;
}
