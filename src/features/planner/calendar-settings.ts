// The calendars' part of the settings tab: the folder whose .ics files are busy time.

import { Setting } from "obsidian";
import type { Host } from "../../ui/host";

export function displayCalendarSettings(containerEl: HTMLElement, host: Pick<Host, "t" | "settings" | "updateSettings">): void {
  const t = host.t;
  new Setting(containerEl).setName(t("settings.calendars.heading")).setHeading();
  new Setting(containerEl)
    .setName(t("settings.calendarsFolder.name"))
    .setDesc(t("settings.calendarsFolder.desc"))
    .addText((text) => {
      text.inputEl.addClass("client-desk-calendarsFolder");
      text
        .setPlaceholder("Calendars")
        .setValue(host.settings.calendarsFolder)
        .onChange((v) => {
          const clean = v.trim().replace(/^\/+|\/+$/g, "");
          // The vault's root would read every .ics of the vault; a folder leaving the vault is refused.
          if (clean === "" || clean.split("/").includes("..")) return;
          void host.updateSettings({ calendarsFolder: clean });
        });
    });
}
