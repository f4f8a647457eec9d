// "New package": a service package note (name, price, currency, deliverables, when it counts as
// delivered, billed once or monthly) in the packages folder. Fields are checked as typed by the same
// core check as `client-desk package new`; nothing is written until all are right.

import { Modal, Notice, Setting, normalizePath } from "obsidian";
import type { Host } from "../../ui/host";
import { packageNote, type PackageInput, type PackageProblem } from "../../core/billing/package-new";
import { createNote } from "../../adapter/new-note";
import { withNotice } from "../../ui/write-notice";

type PackageHost = Pick<Host, "app" | "t" | "settings" | "addCommand">;

export class PackageModal extends Modal {
  private readonly input: PackageInput;
  private readonly errors = new Map<PackageProblem["field"], HTMLElement>();
  private tried = false;

  constructor(private readonly host: PackageHost) {
    super(host.app);
    this.input = { name: "", price: "", currency: host.settings.homeCurrency, deliverables: [], doneWhen: "", recurring: "once" };
  }

  override onOpen(): void {
    const t = this.host.t;
    this.setTitle(t("package.modal.title"));
    this.modalEl.addClass("client-desk-package");
    const text = (field: "name" | "price" | "currency" | "doneWhen", label: string, placeholder = "") =>
      this.field(field, label).addText((tx) => {
        tx.setPlaceholder(placeholder).setValue(String(this.input[field] ?? "")).onChange((v) => this.update({ [field]: v }));
        tx.inputEl.addClass(`client-desk-package-${field}`);
      });
    text("name", t("package.field.name"));
    text("price", t("package.field.price"), "450");
    text("currency", t("package.field.currency"));
    this.field("deliverables", t("package.field.deliverables"), t("package.field.deliverables-desc")).addTextArea((ta) => {
      ta.onChange((v) => this.update({ deliverables: v.split("\n") }));
      ta.inputEl.addClass("client-desk-package-deliverables");
    });
    text("doneWhen", t("package.field.done-when"));
    this.field("recurring", t("package.field.recurring")).addDropdown((dd) => {
      dd.addOption("once", t("package.recurring.once")).addOption("monthly", t("package.recurring.monthly"));
      dd.setValue(this.input.recurring).onChange((v) => this.update({ recurring: v }));
      dd.selectEl.addClass("client-desk-package-recurring");
    });
    new Setting(this.contentEl)
      .addButton((b) => b.setButtonText(t("timer.cancel")).onClick(() => this.close()))
      .addButton((b) => b.setButtonText(t("package.create")).setCta().onClick(() => void this.save()));
  }

  private field(name: PackageProblem["field"], label: string, desc?: string): Setting {
    const s = new Setting(this.contentEl).setName(label);
    if (desc) s.setDesc(desc);
    this.errors.set(name, s.descEl.createDiv({ cls: "client-desk-setting-error" }));
    return s;
  }

  private update(patch: Partial<PackageInput>): ReturnType<typeof packageNote> {
    Object.assign(this.input, patch);
    const r = packageNote(this.input);
    for (const [field, el] of this.errors) {
      const p = r.ok ? undefined : r.problems.find((x) => x.field === field);
      el.setText(p && this.tried ? this.host.t(p.key, p.params) : "");
    }
    return r;
  }

  private async save(): Promise<void> {
    this.tried = true;
    const r = this.update({});
    if (!r.ok) return;
    const t = this.host.t;
    const path = normalizePath(`${this.host.settings.packagesFolder}/${r.name}.md`);
    const taken = this.app.vault.getMarkdownFiles().some((f) => f.path.toLowerCase() === path.toLowerCase());
    if (taken) {
      new Notice(t("package.error.exists", { file: path }));
      return;
    }
    this.close();
    const made = await withNotice(createNote(this.app, path, r.text));
    if (!made) return;
    new Notice(t("package.created", { file: made.value.path }));
    await this.app.workspace.openLinkText(made.value.path, "", false);
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}

/** "New package": the form, then the package note in the packages folder. */
export function registerNewPackage(host: PackageHost): void {
  host.addCommand({ id: "new-package", name: host.t("command.new-package"), callback: () => new PackageModal(host).open() });
}
