// The planner's commands: open the weekly planner, a new block, fill the week from the template,
// save the week as the template, find a meeting slot and export the week as .ics. These act on the
// week the planner shows when it is the active view (the header's buttons call the same
// functions), else on the current week.

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
    callback: () => void fillWeekFromTemplate(host, shownWeek(host)),
  });
  host.addCommand({
    id: "plan-save-template",
    name: host.t("command.plan-save-template"),
    callback: () => void saveWeekAsTemplate(host, shownWeek(host)),
  });
  host.addCommand({
    id: "find-meeting-slot",
    name: host.t("command.find-meeting-slot"),
    callback: () => void openSlotFinder(host, shownWeek(host)),
  });
  host.addCommand({
    id: "export-week-ics",
    name: host.t("command.export-week-ics"),
    callback: () => void exportWeekIcs(host, shownWeek(host)),
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
      view?.edits.newBlockDialog();
    },
  });
}

/** The week the active planner shows; else this week. */
export function shownWeek(host: Pick<Host, "app" | "settings" | "zone">): string {
  return host.app.workspace.getActiveViewOfType(PlannerView)?.week ?? currentWeek(host);
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
  // The open one made active too, so that the week commands act on the week it shows.
  if (existing) workspace.setActiveLeaf(leaf, { focus: true });
  return leaf.view instanceof PlannerView ? leaf.view : null;
}
