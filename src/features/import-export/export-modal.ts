// "Export time entries to CSV": a range of days (in the user's zone) and one client or all, written
// as a new CSV file in the vault's Exports folder. An existing file is never replaced.

import { Modal, Notice, Setting } from "obsidian";
import { dayRange, entriesStartingIn, exportCsv, monthToDate } from "../../core/time/export-csv";
import type { Host } from "../../ui/host";
import { writeExportFile } from "../../adapter/export-writer";

export class ExportModal extends Modal {
  private from: string;
  private to: string;
  private clientKey = "";
  private errorEl!: HTMLElement;
  private busy = false;

  constructor(private readonly host: Pick<Host, "app" | "t" | "indexer" | "zone">) {
    super(host.app);
    const days = monthToDate(Date.now(), host.zone());
    this.from = days.from;
    this.to = days.to;
  }

  override onOpen(): void {
    const t = this.host.t;
    const zone = this.host.zone();
    this.setTitle(t("export.title"));
    this.modalEl.addClass("client-desk-export");
    const el = this.contentEl;
    el.createEl("p", { cls: "client-desk-muted", text: t("export.desc", { zone }) });
    new Setting(el)
      .setName(t("export.from.name"))
      .setDesc(t("export.from.desc"))
      .addText((text) => text.setPlaceholder("2026-11-01").setValue(this.from).onChange((v) => (this.from = v.trim())));
    new Setting(el)
      .setName(t("export.to.name"))
      .setDesc(t("export.to.desc"))
      .addText((text) => text.setPlaceholder("2026-11-30").setValue(this.to).onChange((v) => (this.to = v.trim())));
    new Setting(el).setName(t("export.client.name")).addDropdown((d) => {
      d.addOption("", t("export.client.all"));
      for (const c of this.host.indexer.index.clients()) d.addOption(c.key, c.name);
      d.setValue(this.clientKey).onChange((v) => (this.clientKey = v));
    });
    this.errorEl = el.createDiv({ cls: "client-desk-setting-error" });
    new Setting(el)
      .addButton((b) =>
        b
          .setButtonText(t("export.submit"))
          .setCta()
          .onClick(() => void this.submit()),
      )
      .addButton((b) => b.setButtonText(t("import.cancel")).onClick(() => this.close()));
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** Writes the CSV; returns its path, or null when nothing was written. */
  async submit(): Promise<string | null> {
    if (this.busy) return null;
    const t = this.host.t;
    const zone = this.host.zone();
    const range = dayRange(this.from, this.to, zone);
    if (!range) {
      this.errorEl.setText(t("export.invalid-range"));
      return null;
    }
    this.errorEl.setText("");
    this.busy = true;
    try {
      if (!this.host.indexer.ready) await this.host.indexer.whenReady;
      const index = this.host.indexer.index;
      const entries = entriesStartingIn(index.entriesBetween(range.from, range.to), range.from, range.to, this.clientKey || null);
      if (entries.length === 0) {
        new Notice(t("export.none", { from: this.from, to: this.to }));
        return null;
      }
      const csv = exportCsv(entries, { zone, client: (key) => index.client(key) });
      const written = await writeExportFile(this.app, this.from, this.to, this.clientKey || null, csv);
      if (!written.ok) {
        new Notice(t("export.failed", { file: written.path, reason: written.reason }));
        return null;
      }
      new Notice(t("export.done", { count: entries.length, file: written.path }));
      this.close();
      return written.path;
    } finally {
      this.busy = false;
    }
  }
}
