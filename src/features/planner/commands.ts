// The planner's commands: open the weekly planner, a new block, fill the week from the template,
// save the week as the template, and find a meeting slot. The template and slot commands act on
// the current week; the planner view calls the same functions for the week it shows.

import type { Host } from "../../ui/host";
import { weekOf } from "../../core/shared/week";
import { PLANNER_VIEW, PlannerView } from "./planner-view";
import { fillWeekFromTemplate, saveWeekAsTemplate } from "./plan-fill-template";
import { openSlotFinder } from "./slot-finder-modal";
import { exportWeekIcs } from "./calendar-export";

type PlannerHost = Pick<Host, "app" | "t" | "settings" | "indexer" | "zone">;

export function registerPlannerCommands(host: PlannerHost & Pick<Host, "addCommand">): void {
  host.addCommand({
    id: "plan-fill-template",
    name: host.t("command.plan-fill-template"),
    callback: () => void fillWeekFromTemplate(host, currentWeek(host)),
  });
  host.addCommand({
    id: "plan-save-template",
    name: host.t("command.plan-save-template"),
    callback: () => void saveWeekAsTemplate(host, currentWeek(host)),
  });
  host.addCommand({
    id: "find-meeting-slot",
    name: host.t("command.find-meeting-slot"),
    callback: () => void openSlotFinder(host, currentWeek(host)),
  });
  host.addCommand({
    id: "export-week-ics",
    name: host.t("command.export-week-ics"),
    callback: () => void exportWeekIcs(host, currentWeek(host)),
  });
  host.addCommand({
    id: "open-planner",
    name: host.t("command.open-planner"),
    callback: () => void openPlanner(host),
  });
  host.addCommand({
    id: "planner-new-block",
    name: host.t("command.planner-new-block"),
    callback: async () => {
      const view = await openPlanner(host);
      await host.indexer.whenReady;
      view?.render();
      view?.newBlockDialog();
    },
  });
}

/** This week of the user's calendar. */
export function currentWeek(host: Pick<Host, "settings" | "zone">): string {
  return weekOf(Date.now(), host.zone(), host.settings.weekStart);
}

/** Opens the planner's tab, or reveals the one open. */
export async function openPlanner(host: Pick<Host, "app">): Promise<PlannerView | null> {
  const { workspace } = host.app;
  const existing = workspace.getLeavesOfType(PLANNER_VIEW)[0];
  const leaf = existing ?? workspace.getLeaf("tab");
  if (!existing) await leaf.setViewState({ type: PLANNER_VIEW, active: true });
  await workspace.revealLeaf(leaf);
  return leaf.view instanceof PlannerView ? leaf.view : null;
}
