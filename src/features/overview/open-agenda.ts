import type ClientDeskPlugin from "../../main";
import { MASTER_VIEW, MasterView } from "./master-view";

/** The client overview: its view, the command that opens it, and a ribbon icon. */
export function registerAgenda(plugin: ClientDeskPlugin): void {
  plugin.registerView(MASTER_VIEW, (leaf) => new MasterView(leaf, plugin));
  plugin.addCommand({
    id: "open-agenda",
    name: plugin.t("command.open-agenda"),
    callback: () => void openAgenda(plugin),
  });
  plugin.addRibbonIcon("layout-dashboard", plugin.t("ribbon.agenda"), () => void openAgenda(plugin));
}

export async function openAgenda(plugin: ClientDeskPlugin): Promise<void> {
  const { workspace } = plugin.app;
  const existing = workspace.getLeavesOfType(MASTER_VIEW)[0];
  const leaf = existing ?? workspace.getLeaf("tab");
  if (!existing) await leaf.setViewState({ type: MASTER_VIEW, active: true });
  await workspace.revealLeaf(leaf);
}
