// "Export time entries to CSV".

import type ClientDeskPlugin from "../../main";
import { ExportModal } from "./export-modal";

export function registerExportCsv(plugin: ClientDeskPlugin): void {
  plugin.addCommand({
    id: "export-csv",
    name: plugin.t("command.export-csv"),
    callback: () => new ExportModal(plugin).open(),
  });
}
