// The team's part of the settings tab: who this device works as (kept on this device only, like
// its name) and the team folder (docs/team.md).

import { Setting } from "obsidian";
import type { Host } from "../../ui/host";
import { setWorkingAsName, workingAsName } from "../../adapter/working-as";

export function displayTeamSettings(containerEl: HTMLElement, host: Pick<Host, "app" | "t" | "settings" | "updateSettings">, changed: () => void): void {
  const t = host.t;
  new Setting(containerEl).setName(t("settings.team.heading")).setHeading();
  new Setting(containerEl)
    .setName(t("settings.team.as.name"))
    .setDesc(t("settings.team.as.desc"))
    .addText((text) => {
      text.inputEl.addClass("client-desk-working-as");
      text.setValue(workingAsName(host.app)).onChange((v) => {
        setWorkingAsName(host.app, v);
        changed();
      });
    });
  new Setting(containerEl)
    .setName(t("settings.team.folder.name"))
    .setDesc(t("settings.team.folder.desc"))
    .addText((text) => {
      text.inputEl.addClass("client-desk-team-folder");
      text.setValue(host.settings.teamFolder).onChange((v) => void host.updateSettings({ teamFolder: v }));
    });
}
