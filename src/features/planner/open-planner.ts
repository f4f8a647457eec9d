import type ClientDeskPlugin from "../../main";
import { PLANNER_VIEW, PlannerView } from "./planner-view";

/** The weekly planner: its view, "Open weekly planner", "New block…" and a ribbon icon. */
export function registerPlanner(plugin: ClientDeskPlugin): void {
  plugin.registerView(PLANNER_VIEW, (leaf) => new PlannerView(leaf, plugin));
  plugin.addCommand({
    id: "open-planner",
    name: plugin.t("command.open-planner"),
    callback: () => void openPlanner(plugin),
  });
  plugin.addCommand({
    id: "planner-new-block",
    name: plugin.t("command.planner-new-block"),
    callback: async () => {
      const view = await openPlanner(plugin);
      await plugin.indexer.whenReady;
      view?.render();
      view?.newBlockDialog();
    },
  });
  plugin.addRibbonIcon("calendar-range", plugin.t("ribbon.planner"), () => void openPlanner(plugin));
}

export async function openPlanner(plugin: ClientDeskPlugin): Promise<PlannerView | null> {
  const { workspace } = plugin.app;
  const existing = workspace.getLeavesOfType(PLANNER_VIEW)[0];
  const leaf = existing ?? workspace.getLeaf("tab");
  if (!existing) await leaf.setViewState({ type: PLANNER_VIEW, active: true });
  await workspace.revealLeaf(leaf);
  return leaf.view instanceof PlannerView ? leaf.view : null;
}
