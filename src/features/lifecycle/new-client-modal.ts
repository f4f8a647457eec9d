// "New client": the essentials of a client in one form. Each field says what is wrong with it as
// it is typed; Create writes the folder, the client note and the onboarding notes, or nothing.

import { Modal, Notice, Setting } from "obsidian";
import type { BillingModel, Language, Weekday } from "../../core/shared/types";
import { WEEKDAYS } from "../../core/shared/types";
import type { Host } from "../../ui/host";
import type { LifecycleWriter } from "../../adapter/lifecycle-writer";
import { checkNewClient, type NewClientField, type NewClientInput } from "../../core/lifecycle/new-client";
import { ZoneSuggest } from "../../ui/zone-suggest";
import { openChecklistItems } from "../../core/lifecycle/client-status";
import { uiLanguage } from "../../adapter/language";
import type { MessageKey } from "../../core/i18n";

export class NewClientModal extends Modal {
  private readonly input: NewClientInput;
  private readonly errors = new Map<NewClientField, HTMLElement>();
  private retainerRows: HTMLElement[] = [];
  private rateRow: Setting | null = null;
  private tried = false;

  constructor(
    private readonly host: Pick<Host, "app" | "t" | "settings" | "zone">,
    private readonly writer: LifecycleWriter,
  ) {
    super(host.app);
    this.input = {
      name: "",
      timezone: host.zone(),
      currency: host.settings.homeCurrency,
      billing: "hourly",
      rate: "",
      retainerFee: "",
      retainerHours: "",
      language: uiLanguage(host.settings),
      reportDay: "fri",
      channelFormal: "email",
      channelQuick: "",
      channelMeetings: "",
      responseHours: "24",
      contact: "",
      email: "",
      package: "",
    };
  }

  override onOpen(): void {
    const t = this.host.t;
    this.setTitle(t("lifecycle.new-client.title"));
    this.modalEl.addClass("client-desk-new-client");
    const el = this.contentEl;
    el.createEl("p", { cls: "client-desk-muted", text: t("lifecycle.new-client.intro", { root: this.host.settings.clientsRoot }) });

    this.text("name", t("lifecycle.field.name"), t("lifecycle.field.name-desc"));
    const zone = this.text("timezone", t("lifecycle.field.timezone"), t("lifecycle.field.timezone-desc"));
    new ZoneSuggest(this.app, zone, (z) => this.update({ timezone: z }));
    this.text("currency", t("lifecycle.field.currency"), t("lifecycle.field.currency-desc"), (v) => v.toUpperCase());
    this.row("billing", t("lifecycle.field.billing")).addDropdown((dd) => {
      for (const b of ["hourly", "retainer", "fixed"] as BillingModel[]) dd.addOption(b, t(`lifecycle.billing.${b}`));
      dd.setValue(this.input.billing).onChange((v) => this.update({ billing: v as BillingModel }));
      dd.selectEl.addClass("client-desk-field-billing");
    });
    this.rateRow = this.rowSetting("rate", t("lifecycle.field.rate"), t("lifecycle.field.rate-desc"));
    this.addText(this.rateRow, "rate");
    const fee = this.rowSetting("retainerFee", t("lifecycle.field.retainer-fee"));
    this.addText(fee, "retainerFee");
    const hours = this.rowSetting("retainerHours", t("lifecycle.field.retainer-hours"));
    this.addText(hours, "retainerHours");
    this.retainerRows = [fee.settingEl, hours.settingEl];
    this.row("language", t("lifecycle.field.language"), t("lifecycle.field.language-desc")).addDropdown((dd) => {
      dd.addOption("en", t("settings.language.en")).addOption("vi", t("settings.language.vi"));
      dd.setValue(this.input.language).onChange((v) => this.update({ language: v as Language }));
      dd.selectEl.addClass("client-desk-field-language");
    });
    this.row("reportDay", t("lifecycle.field.report-day")).addDropdown((dd) => {
      for (const d of WEEKDAYS) dd.addOption(d, t(`lifecycle.day.${d}`));
      dd.addOption("none", t("lifecycle.report-none"));
      dd.setValue(String(this.input.reportDay)).onChange((v) => this.update({ reportDay: v as Weekday | "none" }));
      dd.selectEl.addClass("client-desk-field-reportDay");
    });
    this.text("channelFormal", t("lifecycle.field.channel-formal"));
    this.text("channelQuick", t("lifecycle.field.channel-quick"), undefined, undefined, "Slack, WhatsApp, Zalo…");
    this.text("channelMeetings", t("lifecycle.field.channel-meetings"), undefined, undefined, "Zoom, Meet, Teams…");
    this.text("responseHours", t("lifecycle.field.response-hours"));
    this.text("contact", t("lifecycle.field.contact"));
    this.text("email", t("lifecycle.field.email"));
    const packages = this.packages();
    if (packages.length > 0) {
      this.row("package", t("lifecycle.field.package")).addDropdown((dd) => {
        dd.addOption("", t("lifecycle.package-none"));
        for (const p of packages) dd.addOption(p, p);
        dd.setValue("").onChange((v) => this.update({ package: v }));
        dd.selectEl.addClass("client-desk-field-package");
      });
    }
    new Setting(el)
      .addButton((b) => b.setButtonText(t("timer.cancel")).onClick(() => this.close()))
      .addButton((b) => {
        b.setButtonText(t("lifecycle.new-client.create")).setCta().onClick(() => void this.create());
        b.buttonEl.addClass("client-desk-new-client-create");
      });
    this.update({});
  }

  /** Service package notes in the packages folder, by name. */
  private packages(): string[] {
    return this.writer.notesIn(this.host.settings.packagesFolder).map((f) => f.basename);
  }

  private rowSetting(field: NewClientField, name: string, desc?: string): Setting {
    const s = new Setting(this.contentEl).setName(name);
    if (desc) s.setDesc(desc);
    this.errors.set(field, s.descEl.createDiv({ cls: "client-desk-setting-error" }));
    return s;
  }

  private row(field: NewClientField, name: string, desc?: string): Setting {
    return this.rowSetting(field, name, desc);
  }

  private addText(s: Setting, field: NewClientField, clean?: (v: string) => string, placeholder?: string): HTMLInputElement {
    let input!: HTMLInputElement;
    s.addText((tx) => {
      tx.setValue(String(this.input[field] ?? ""));
      if (placeholder) tx.setPlaceholder(placeholder);
      tx.onChange((v) => {
        const value = clean ? clean(v) : v;
        // Shown as it will be written (a currency code in capitals), not only stored that way.
        if (value !== v) tx.inputEl.value = value;
        this.update({ [field]: value });
      });
      input = tx.inputEl;
      input.addClass(`client-desk-field-${field}`);
    });
    return input;
  }

  private text(field: NewClientField, name: string, desc?: string, clean?: (v: string) => string, placeholder?: string): HTMLInputElement {
    return this.addText(this.row(field, name, desc), field, clean, placeholder);
  }

  private update(patch: Partial<NewClientInput>): void {
    Object.assign(this.input, patch);
    const t = this.host.t;
    const retainer = this.input.billing === "retainer";
    for (const r of this.retainerRows) r.toggle(retainer);
    this.rateRow?.setName(t(retainer ? "lifecycle.field.overage-rate" : "lifecycle.field.rate"));
    const check = checkNewClient(this.input);
    for (const [field, el] of this.errors) {
      const p = check.ok ? undefined : check.problems.find((x) => x.field === field);
      // An empty form is not yet wrong: required-field messages wait for the first Create.
      const quiet = !this.tried && p !== undefined && String(this.input[field] ?? "").trim() === "";
      el.setText(p && !quiet ? t(p.key, { ...p.params, field: t(`lifecycle.field.${fieldKey(field)}` as MessageKey) }) : "");
    }
  }

  private async create(): Promise<void> {
    this.tried = true;
    const t = this.host.t;
    const r = await this.writer.createClient(this.input, Date.now());
    if (!r.ok) {
      if ("problems" in r) this.update({});
      else new Notice(t(r.key, r.params));
      return;
    }
    this.close();
    const intake = this.writer.intakeFile(r.key, this.input.language);
    const open = intake ? openChecklistItems(await this.app.vault.read(intake)).length : 0;
    new Notice(t("lifecycle.new-client.done", { name: r.key, files: r.files.length, open }));
    await this.app.workspace.openLinkText(r.files[0], "", false);
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}

/** The catalog suffix of a field's label. */
function fieldKey(field: NewClientField): string {
  const keys: Record<NewClientField, string> = {
    name: "name",
    timezone: "timezone",
    currency: "currency",
    billing: "billing",
    rate: "rate",
    retainerFee: "retainer-fee",
    retainerHours: "retainer-hours",
    language: "language",
    reportDay: "report-day",
    channelFormal: "channel-formal",
    channelQuick: "channel-quick",
    channelMeetings: "channel-meetings",
    responseHours: "response-hours",
    workingHours: "working-hours",
    contact: "contact",
    email: "email",
    package: "package",
    status: "status",
  };
  return keys[field];
}
