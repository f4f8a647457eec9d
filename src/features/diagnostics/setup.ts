// Wires the client data problems: the view, "Check client data" and the ribbon icon that opens it.

import type { Host } from "../../ui/host";
import { DIAGNOSTICS_VIEW, DiagnosticsView } from "./diagnostics-view";
import { openDiagnostics, registerDiagnosticsCommands } from "./commands";

export function setupDiagnostics(host: Host): void {
  host.registerView(DIAGNOSTICS_VIEW, (leaf) => new DiagnosticsView(leaf, host));
  registerDiagnosticsCommands(host);
  host.addRibbonIcon("briefcase", host.t("ribbon.open"), () => void openDiagnostics(host));
}
