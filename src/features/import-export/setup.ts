// Wires the import of Toggl and Clockify CSV files and the CSV export: their commands.

import type { Host } from "../../ui/host";
import { registerImportExportCommands } from "./commands";

export function setupImportExport(host: Host): void {
  registerImportExportCommands(host);
}
