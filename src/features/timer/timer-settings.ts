// The timer's part of the settings tab: this device's name (kept on this device only, never
// synced, so each device keeps its own), the idle threshold and Pomodoro.

import { Setting } from "obsidian";
import type { Host } from "../../ui/host";
import type { TimerService } from "./timer-service";
import type { Settings } from "../../core/shared/types";

export function displayTimerSettings(containerEl: HTMLElement, host: Pick<Host, "t" | "settings" | "updateSettings">, timer: TimerService): void {
  const t = host.t;
  const save = (patch: Partial<Settings>) => void host.updateSettings(patch);
  new Setting(containerEl).setName(t("settings.heading.timer")).setHeading();

  new Setting(containerEl)
    .setName(t("settings.deviceName.name"))
    .setDesc(t("settings.deviceName.desc"))
    .addText((text) => {
      text.inputEl.addClass("client-desk-device-name");
      text.setValue(timer.deviceName()).onChange((v) => {
        if (v.trim() !== "") timer.setDeviceName(v);
      });
    });

  const number = (key: "idleHours" | "maxEntryHours" | "pomodoroWork" | "pomodoroBreak", name: string, desc: string, min: number, max: number) => {
    const setting = new Setting(containerEl).setName(name).setDesc(desc);
    const error = setting.descEl.createDiv({ cls: "client-desk-setting-error" });
    setting.addText((text) => {
      text.inputEl.type = "number";
      text.inputEl.addClass(`client-desk-${key}`);
      text.setValue(String(host.settings[key])).onChange((raw) => {
        const v = Number(raw.trim().replace(",", "."));
        const ok = raw.trim() !== "" && Number.isFinite(v) && v >= min && v <= max;
        error.setText(ok ? "" : t("settings.number.invalid", { value: raw, min, max, current: host.settings[key] }));
        text.inputEl.toggleClass("is-invalid", !ok);
        if (ok) save({ [key]: v });
      });
    });
  };
  number("idleHours", t("settings.idleHours.name"), t("settings.idleHours.desc"), 0.25, 72);
  number("maxEntryHours", t("settings.maxEntryHours.name"), t("settings.maxEntryHours.desc"), 0.5, 168);

  new Setting(containerEl)
    .setName(t("settings.pomodoro.name"))
    .setDesc(t("settings.pomodoro.desc"))
    .addToggle((tg) => tg.setValue(host.settings.pomodoro).onChange((v) => save({ pomodoro: v })));
  number("pomodoroWork", t("settings.pomodoroWork.name"), t("settings.pomodoroWork.desc"), 1, 240);
  number("pomodoroBreak", t("settings.pomodoroBreak.name"), t("settings.pomodoroBreak.desc"), 1, 120);
}
