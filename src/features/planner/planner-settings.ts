// The planner's part of the settings tab: the buffer between blocks that marks a block as tight.

import { Setting } from "obsidian";
import type { Host } from "../../ui/host";

const MIN = 0;
const MAX = 240;

export function displayPlannerSettings(containerEl: HTMLElement, host: Pick<Host, "t" | "settings" | "updateSettings">): void {
  const t = host.t;
  new Setting(containerEl).setName(t("settings.heading.planner")).setHeading();
  const setting = new Setting(containerEl).setName(t("settings.plannerBuffer.name")).setDesc(t("settings.plannerBuffer.desc"));
  const error = setting.descEl.createDiv({ cls: "client-desk-setting-error" });
  setting.addText((text) => {
    text.inputEl.type = "number";
    text.inputEl.addClass("client-desk-plannerBuffer");
    text.setValue(String(host.settings.plannerBuffer)).onChange((raw) => {
      const v = Number(raw.trim());
      const ok = raw.trim() !== "" && Number.isInteger(v) && v >= MIN && v <= MAX;
      error.setText(ok ? "" : t("settings.number.invalid", { value: raw, min: MIN, max: MAX, current: host.settings.plannerBuffer }));
      text.inputEl.toggleClass("is-invalid", !ok);
      if (ok) void host.updateSettings({ plannerBuffer: v });
    });
  });
}
