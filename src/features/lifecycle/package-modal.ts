// "New package" and "Edit package": a service package note (name, price, currency, deliverables,
// when it counts as delivered, billed once or monthly) in the packages folder. Fields are checked as
// typed by the same core check as `client-desk package new|set`; nothing is written until all are
// right. Editing changes only those fields of the open package note (processFrontMatter), as
// `package set` does; its name is the note's and stays.

import { Modal, Notice, Setting, TFile, normalizePath } from "obsidian";
import type { Host } from "../../ui/host";
import { packageNote, type PackageInput, type PackageProblem } from "../../core/billing/package-new";
import { createNote } from "../../adapter/new-note";
import { writeNoteFields } from "../../adapter/note-fields";
import { readPackageNote, type PackageInfo } from "../../core/billing/package-note";
import { toMajorString } from "../../core/shared/money";
import { withNotice } from "../../ui/write-notice";

type PackageHost = Pick<Host, "app" | "t" | "settings" | "addCommand">;

export class PackageModal extends Modal {
  private readonly input: PackageInput;
  private readonly errors = new Map<PackageProblem["field"], HTMLElement>();
  private tried = false;

  constructor(
    private readonly host: PackageHost,
    /** The package note being edited; none for a new package. */
    private readonly editing: { file: TFile; pkg: PackageInfo } | null = null,
  ) {
    super(host.app);
    const p = editing?.pkg;
    this.input = p
      ? { name: p.name, price: toMajorString(p.price, p.currency), currency: p.currency, deliverables: [...p.deliverables], doneWhen: p.doneWhen ?? "", recurring: p.recurring }
      : { name: "", price: "", currency: host.settings.homeCurrency, deliverables: [], doneWhen: "", recurring: "once" };
  }

  override onOpen(): void {
    const t = this.host.t;
    this.setTitle(t(this.editing ? "package.modal.edit-title" : "package.modal.title"));
    this.modalEl.addClass("client-desk-package");
    const text = (field: "name" | "price" | "currency" | "doneWhen", label: string, placeholder = "") =>
      this.field(field, label).addText((tx) => {
        tx.setPlaceholder(placeholder).setValue(String(this.input[field] ?? "")).onChange((v) => this.update({ [field]: v }));
        tx.inputEl.addClass(`client-desk-package-${field}`);
      });
    if (!this.editing) text("name", t("package.field.name"));
    text("price", t("package.field.price"), "450");
    text("currency", t("package.field.currency"));
    this.field("deliverables", t("package.field.deliverables"), t("package.field.deliverables-desc")).addTextArea((ta) => {
      ta.setValue(this.input.deliverables.join("\n")).onChange((v) => this.update({ deliverables: v.split("\n") }));
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
      .addButton((b) => b.setButtonText(t(this.editing ? "package.save" : "package.create")).setCta().onClick(() => void this.save()));
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
    if (this.editing) {
      const file = this.editing.file;
      const price = this.input.price.trim();
      const doneWhen = (this.input.doneWhen ?? "").trim();
      this.close();
      const saved = await withNotice(
        writeNoteFields(this.app, file, {
          price: String(Number(price)) === price ? Number(price) : price,
          currency: this.input.currency.trim(),
          deliverables: this.input.deliverables.map((d) => d.trim()).filter((d) => d !== ""),
          done_when: doneWhen === "" ? null : doneWhen,
          recurring: this.input.recurring,
        }),
      );
      if (saved) new Notice(t("package.updated", { file: file.path }));
      return;
    }
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

/** "New package": the form, then the package note in the packages folder; "Edit package" on an open package note. */
export function registerNewPackage(host: PackageHost): void {
  host.addCommand({ id: "new-package", name: host.t("command.new-package"), callback: () => new PackageModal(host).open() });
  host.addCommand({
    id: "edit-package",
    name: host.t("command.edit-package"),
    checkCallback: (checking) => {
      const open = openPackage(host);
      if (open === null) return false;
      if (!checking) new PackageModal(host, open).open();
      return true;
    },
  });
}

/** The active note when it is a package note that reads (from the metadata cache), else null. */
function openPackage(host: PackageHost): { file: TFile; pkg: PackageInfo } | null {
  const file = host.app.workspace.getActiveFile();
  const folder = normalizePath(host.settings.packagesFolder);
  if (!(file instanceof TFile) || file.extension !== "md" || !file.path.startsWith(`${folder}/`)) return null;
  const fm = host.app.metadataCache.getFileCache(file)?.frontmatter ?? null;
  const { pkg } = readPackageNote(file.path, fm ?? null, new Map());
  return pkg === null ? null : { file, pkg };
}
