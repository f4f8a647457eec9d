// The settings tab: the general settings, then each feature's section in the order the features
// handed them in (src/ui/host.ts). Each field is checked as typed: a bad value shows why beside the
// field and is not saved, so data.json never holds something the plugin cannot use.

import { PluginSettingTab, Setting, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import type { Settings, Weekday } from "../core/shared/types";
import { WEEKDAYS } from "../core/shared/types";
import { parseHoursRange } from "../core/shared/hours";
import { isCurrencyCode } from "../core/shared/currencies";
import { isValidZone, systemZone } from "../core/shared/zones";
import type { Host, SettingsSection } from "./host";
import { FolderSuggest } from "./folder-suggest";

export class ClientDeskSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly host: Pick<Host, "t" | "settings" | "updateSettings">,
    /** The features' sections, drawn in this order below the general settings. */
    private readonly sections: readonly SettingsSection[],
  ) {
    super(app, plugin);
  }

  /**
   * None: Obsidian then draws the tab with display(), on every version. The declarative settings
   * of Obsidian 1.13 would put these settings in its search, but the plugin supports Obsidian from
   * 1.8.7, where display() is the only way to draw a tab, and its fields explain a bad value under
   * the field as it is typed, with the last good value kept, which the declarative controls do not
   * do. Drawing the tab twice, two ways, waits until minAppVersion reaches 1.13.
   */
  override getSettingDefinitions(): SettingDefinitionItem[] {
    return [];
  }

  override display(): void {
    this.draw();
  }

  private draw(): void {
    const { containerEl } = this;
    const t = this.host.t;
    const s = this.host.settings;
    containerEl.empty();
    containerEl.addClass("client-desk-settings");

    new Setting(containerEl).setName(t("settings.heading.general")).setHeading();
    this.folderSetting("clientsRoot", t("settings.clientsRoot.name"), t("settings.clientsRoot.desc"));
    this.folderSetting("plannerFolder", t("settings.plannerFolder.name"), t("settings.plannerFolder.desc"));

    new Setting(containerEl).setName(t("settings.heading.you")).setHeading();
    const zone = systemZone();
    this.checkedText(
      t("settings.timeZone.name"),
      t("settings.timeZone.desc", { zone }),
      s.timeZone,
      zone,
      (v) =>
        v === "" || isValidZone(v)
          ? null
          : t("settings.timeZone.invalid", { value: v, current: this.host.settings.timeZone || zone }),
      (v) => this.save({ timeZone: v }),
    );
    this.checkedText(
      t("settings.workingHours.name"),
      t("settings.workingHours.desc"),
      s.workingHours,
      "09:00-17:00",
      (v) =>
        parseHoursRange(v)
          ? null
          : t("settings.workingHours.invalid", { value: v, current: this.host.settings.workingHours }),
      (v) => this.save({ workingHours: v.replace(/\s+/g, "") }),
    );

    const days = new Setting(containerEl)
      .setName(t("settings.workingDays.name"))
      .setDesc(t("settings.workingDays.desc"));
    days.controlEl.addClass("client-desk-days");
    for (const day of WEEKDAYS) {
      const label = days.controlEl.createEl("label", { cls: "client-desk-day" });
      const box = label.createEl("input", { type: "checkbox", attr: { "data-day": day } });
      box.checked = s.workingDays.includes(day);
      label.createSpan({ text: t(`day.short.${day}`) });
      box.addEventListener("change", () => {
        const next = WEEKDAYS.filter((d) => (d === day ? box.checked : this.host.settings.workingDays.includes(d)));
        void this.save({ workingDays: next });
      });
    }

    this.checkedText(
      t("settings.homeCurrency.name"),
      t("settings.homeCurrency.desc"),
      s.homeCurrency,
      "VND",
      (v) =>
        isCurrencyCode(v)
          ? null
          : t("settings.homeCurrency.invalid", { value: v, current: this.host.settings.homeCurrency }),
      (v) => this.save({ homeCurrency: v }),
    );

    new Setting(containerEl)
      .setName(t("settings.weekStart.name"))
      .setDesc(t("settings.weekStart.desc"))
      .addDropdown((dd) => {
        for (const d of WEEKDAYS) dd.addOption(d, t(`day.${d}`));
        dd.setValue(s.weekStart).onChange((v) => void this.save({ weekStart: v as Weekday }));
      });

    new Setting(containerEl)
      .setName(t("settings.language.name"))
      .setDesc(t("settings.language.desc"))
      .addDropdown((dd) => {
        dd.addOption("auto", t("settings.language.auto"))
          .addOption("en", t("settings.language.en"))
          .addOption("vi", t("settings.language.vi"))
          .setValue(s.language)
          .onChange(async (v) => {
            await this.save({ language: v as Settings["language"] });
            this.draw();
          });
      });

    for (const section of this.sections) section(containerEl);
  }

  private folderSetting(key: "clientsRoot" | "plannerFolder", name: string, desc: string): void {
    new Setting(this.containerEl)
      .setName(name)
      .setDesc(desc)
      .addText((text) => {
        const save = (v: string) => {
          const clean = v.trim().replace(/^\/+|\/+$/g, "");
          if (clean === "" || clean.split("/").includes("..")) return;
          // A long path is read whole on hover; the field is wide enough for most (settings.css).
          text.inputEl.title = clean;
          void this.save({ [key]: clean });
        };
        text.inputEl.addClass("client-desk-folder-input");
        text.inputEl.title = this.host.settings[key];
        text
          .setPlaceholder(key === "clientsRoot" ? "Clients" : "Planner")
          .setValue(this.host.settings[key])
          .onChange(save);
        new FolderSuggest(this.app, text.inputEl, save);
      });
  }

  /** A text field that saves only valid values and explains invalid ones in place. */
  private checkedText(
    name: string,
    desc: string,
    value: string,
    placeholder: string,
    problem: (v: string) => string | null,
    save: (v: string) => Promise<void>,
  ): void {
    const setting = new Setting(this.containerEl).setName(name).setDesc(desc);
    const error = setting.descEl.createDiv({ cls: "client-desk-setting-error" });
    setting.addText((text) =>
      text
        .setPlaceholder(placeholder)
        .setValue(value)
        .onChange((raw) => {
          const v = raw.trim();
          const why = problem(v);
          error.setText(why ?? "");
          text.inputEl.toggleClass("is-invalid", why !== null);
          if (why === null) void save(v);
        }),
    );
  }

  private async save(patch: Partial<Settings>): Promise<void> {
    await this.host.updateSettings(patch);
  }
}
