// Wires the client overview: its view, the command that opens it, and a ribbon icon.

import type { Host } from "../../ui/host";
import { OVERVIEW_VIEW, OverviewView } from "./overview-view";
import { openOverview, registerOverviewCommands } from "./commands";

export function setupOverview(host: Host): void {
  host.registerView(OVERVIEW_VIEW, (leaf) => new OverviewView(leaf, host));
  registerOverviewCommands(host);
  host.addRibbonIcon("layout-dashboard", host.t("ribbon.agenda"), () => void openOverview(host));
}
