// Wires the weekly planner: its view, its commands, a ribbon icon, its settings section, and a
// redraw of the open planners after a change of settings (week start, zone, hours).

import type { Host } from "../../ui/host";
import type { TimerService } from "../timer/timer-service";
import { PLANNER_VIEW, PlannerView, refreshPlanners } from "./planner-view";
import { openPlanner, registerPlannerCommands } from "./commands";
import { displayPlannerSettings } from "./planner-settings";
import { displayCalendarSettings } from "./calendar-settings";

export function setupPlanner(host: Host, timer: TimerService): void {
  host.registerView(PLANNER_VIEW, (leaf) => new PlannerView(leaf, host, timer));
  registerPlannerCommands(host);
  host.addRibbonIcon("calendar-range", host.t("ribbon.planner"), () => void openPlanner(host));
  host.addSettingsSection((el) => displayPlannerSettings(el, host));
  host.addSettingsSection((el) => displayCalendarSettings(el, host));
  host.onSettingsChange(() => refreshPlanners(host));
}
