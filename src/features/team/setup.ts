// Wires the team (docs/team.md): the approve and team panel commands, the team panel, and the
// settings section (who this device works as, the team folder).

import { Notice } from "obsidian";
import type { Host } from "../../ui/host";
import type { TimerService } from "../timer/timer-service";
import { registerTeamCommands } from "./commands";
import { TEAM_VIEW, TeamView } from "./team-view";
import { displayTeamSettings } from "./team-settings";

export function setupTeam(host: Host, timer: TimerService): void {
  host.registerView(TEAM_VIEW, (leaf) => new TeamView(leaf, host));
  registerTeamCommands(host, (text) => new Notice(text));
  // A new "works as" changes whose timer the status bar shows.
  host.addSettingsSection((el) => displayTeamSettings(el, host, () => timer.refresh()));
}
