// The invoices part of the settings tab: your name and details, payment instructions, the number pattern.

import { Setting } from "obsidian";
import type { Host } from "../../ui/host";
import { DEFAULT_NUMBER_PATTERN, isValidPattern } from "../../core/billing/invoice-number";

export function displayInvoiceSettings(containerEl: HTMLElement, host: Pick<Host, "t" | "settings" | "updateSettings">): void {
  const t = host.t;
  const s = host.settings;
  new Setting(containerEl).setName(t("settings.heading.invoices")).setHeading();
  new Setting(containerEl)
    .setName(t("settings.business.name"))
    .setDesc(t("settings.business.desc"))
    .addText((x) => x.setValue(s.businessName).onChange((v) => void host.updateSettings({ businessName: v })));
  for (const key of ["businessDetails", "paymentDetails"] as const) {
    new Setting(containerEl)
      .setName(t(`settings.${key}.name`))
      .setDesc(t(`settings.${key}.desc`))
      .addTextArea((x) => {
        x.inputEl.rows = 4;
        x.inputEl.addClass(`client-desk-${key}`);
        x.setValue(s[key]).onChange((v) => void host.updateSettings({ [key]: v }));
      });
  }
  const pattern = new Setting(containerEl).setName(t("settings.numberPattern.name")).setDesc(t("settings.numberPattern.desc", { padded: "{seq:4}", example: DEFAULT_NUMBER_PATTERN }));
  const error = pattern.descEl.createDiv({ cls: "client-desk-setting-error" });
  pattern.addText((x) =>
    x.setPlaceholder(DEFAULT_NUMBER_PATTERN).setValue(s.invoiceNumberPattern).onChange((raw) => {
      const v = raw.trim();
      const ok = isValidPattern(v);
      error.setText(ok ? "" : t("settings.numberPattern.invalid", { value: raw }));
      x.inputEl.toggleClass("is-invalid", !ok);
      if (ok) void host.updateSettings({ invoiceNumberPattern: v });
    }),
  );
}
