// The reports' part of the settings tab: the weekly review's folder, the weekly capacity and the
// dated conversion rates (each line checked as typed; the errors name the line).

import { Setting, normalizePath } from "obsidian";
import type { Host } from "../../ui/host";
import { parseConversionRates } from "../../core/billing/conversion-rates";

export function displayReportSettings(containerEl: HTMLElement, host: Pick<Host, "t" | "settings" | "updateSettings">): void {
  const t = host.t;
  new Setting(containerEl).setName(t("settings.heading.reports")).setHeading();

  new Setting(containerEl)
    .setName(t("settings.reviewFolder.name"))
    .setDesc(t("settings.reviewFolder.desc"))
    .addText((text) =>
      text
        .setPlaceholder("Reviews")
        .setValue(host.settings.reviewFolder)
        .onChange((v) => {
          const clean = v.trim().replace(/^\/+|\/+$/g, "");
          if (clean === "" || clean.split("/").includes("..")) return;
          void host.updateSettings({ reviewFolder: normalizePath(clean) });
        }),
    );

  const capacity = new Setting(containerEl).setName(t("settings.capacityHours.name")).setDesc(t("settings.capacityHours.desc"));
  const capacityError = capacity.descEl.createDiv({ cls: "client-desk-setting-error" });
  capacity.addText((text) => {
    text.inputEl.type = "number";
    text.inputEl.addClass("client-desk-capacityHours");
    text.setValue(String(host.settings.capacityHours)).onChange((raw) => {
      const v = Number(raw.trim().replace(",", "."));
      const ok = raw.trim() !== "" && Number.isFinite(v) && v >= 1 && v <= 168;
      capacityError.setText(ok ? "" : t("settings.capacityHours.invalid", { value: raw, current: host.settings.capacityHours }));
      text.inputEl.toggleClass("is-invalid", !ok);
      if (ok) void host.updateSettings({ capacityHours: v });
    });
  });

  const rates = new Setting(containerEl).setName(t("settings.conversionRates.name")).setDesc(t("settings.conversionRates.desc"));
  const ratesError = rates.descEl.createDiv({ cls: "client-desk-setting-error" });
  rates.addTextArea((area) => {
    area.inputEl.addClass("client-desk-conversionRates");
    area.inputEl.rows = 4;
    area.setPlaceholder(host.t("settings.conversionRates.placeholder")).setValue(host.settings.conversionRates.join("\n"));
    area.onChange((raw) => {
      const lines = raw.split("\n");
      const { problems } = parseConversionRates(lines, host.settings.homeCurrency);
      ratesError.empty();
      for (const p of problems) ratesError.createDiv({ text: t(p.key, p.params) });
      area.inputEl.toggleClass("is-invalid", problems.length > 0);
      if (problems.length === 0) void host.updateSettings({ conversionRates: lines.map((l) => l.trim()).filter((l) => l !== "") });
    });
  });
}
