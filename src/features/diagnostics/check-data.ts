import type ClientDeskPlugin from "../../main";
import { DIAGNOSTICS_VIEW } from "./diagnostics-view";

/** Opens (or reveals) the list of client data problems. */
export function registerCheckData(plugin: ClientDeskPlugin): void {
  plugin.addCommand({
    id: "check-data",
    name: plugin.t("command.check-data"),
    callback: () => void openDiagnostics(plugin),
  });
}

export async function openDiagnostics(plugin: ClientDeskPlugin): Promise<void> {
  const { workspace } = plugin.app;
  const existing = workspace.getLeavesOfType(DIAGNOSTICS_VIEW)[0];
  const leaf = existing ?? workspace.getLeaf("tab");
  if (!existing) await leaf.setViewState({ type: DIAGNOSTICS_VIEW, active: true });
  await workspace.revealLeaf(leaf);
}
