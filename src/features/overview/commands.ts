// The client overview's command, "Open client overview". Its id stays "open-agenda", as first
// released, so hotkeys set on it keep working.

import type { Host } from "../../ui/host";
import { OVERVIEW_VIEW } from "./overview-view";

export function registerOverviewCommands(host: Pick<Host, "app" | "t" | "addCommand">): void {
  host.addCommand({
    id: "open-agenda",
    name: host.t("command.open-agenda"),
    callback: () => void openOverview(host),
  });
}

/** Opens the overview's tab, or reveals the one open. */
export async function openOverview(host: Pick<Host, "app">): Promise<void> {
  const { workspace } = host.app;
  const existing = workspace.getLeavesOfType(OVERVIEW_VIEW)[0];
  const leaf = existing ?? workspace.getLeaf("tab");
  if (!existing) await leaf.setViewState({ type: OVERVIEW_VIEW, active: true });
  await workspace.revealLeaf(leaf);
}
