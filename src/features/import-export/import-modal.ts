// "Import time from Toggl or Clockify CSV": pick a CSV file of the vault, then a preview of what
// the import adds (entries and time per client, client names not in the vault, rows already
// imported, rows that cannot be read). Nothing is written until Import is clicked.

import { FuzzySuggestModal, Modal, Notice, Setting, type ButtonComponent, type TFile } from "obsidian";
import type { CsvTable } from "../../core/time/csv";
import {
  durationWords,
  importErrorMessage,
  importProblemLine,
  inspectCsv,
  previewTable,
  targetFromIndex,
  type CsvInspection,
  type ImportPreview,
  type ImportTool,
} from "../../core/time/import";
import { isValidZone } from "../../core/shared/zones";
import type { Host } from "../../ui/host";
import { writeEntries } from "../../adapter/import-writer";

/** Problems listed in the preview; the rest are counted. */
const PROBLEMS_SHOWN = 50;

/** The CSV files of the vault, by path, to choose from (works on phones too: no file dialog). */
export class CsvFileModal extends FuzzySuggestModal<TFile> {
  constructor(
    host: Pick<Host, "app" | "t">,
    private readonly files: TFile[],
    private readonly choose: (file: TFile) => void,
  ) {
    super(host.app);
    this.setPlaceholder(host.t("import.pick.placeholder"));
    this.emptyStateText = host.t("import.pick.none");
  }

  getItems(): TFile[] {
    return this.files;
  }

  getItemText(file: TFile): string {
    return file.path;
  }

  onChooseItem(file: TFile): void {
    this.choose(file);
  }
}

export class ImportModal extends Modal {
  private tool: ImportTool;
  private dateOrder: "mdy" | "dmy" | null = null;
  private zone: string;
  private preview: ImportPreview | null = null;
  private optionsEl!: HTMLElement;
  private previewEl!: HTMLElement;
  private importButton: ButtonComponent | null = null;
  private busy = false;

  constructor(
    private readonly host: Pick<Host, "app" | "t" | "indexer" | "zone">,
    private readonly file: TFile,
    private readonly table: CsvTable,
    private readonly inspection: CsvInspection = inspectCsv(table),
  ) {
    super(host.app);
    this.tool = inspection.tool ?? "toggl";
    this.zone = host.zone();
  }

  override onOpen(): void {
    const t = this.host.t;
    this.setTitle(t("import.title", { file: this.file.name }));
    this.modalEl.addClass("client-desk-import");
    this.optionsEl = this.contentEl.createDiv({ cls: "client-desk-import-options" });
    this.previewEl = this.contentEl.createDiv({ cls: "client-desk-import-preview" });
    new Setting(this.contentEl)
      .addButton((b) => {
        this.importButton = b;
        b.setButtonText(t("import.confirm"))
          .setCta()
          .onClick(() => void this.confirm());
      })
      .addButton((b) => b.setButtonText(t("import.cancel")).onClick(() => this.close()));
    this.renderOptions();
    this.refresh();
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  private renderOptions(): void {
    const t = this.host.t;
    const el = this.optionsEl;
    el.empty();
    new Setting(el)
      .setName(t("import.tool.name"))
      .setDesc(this.inspection.tool ? t("import.tool.detected") : t("import.tool.unknown"))
      .addDropdown((d) =>
        d
          .addOption("toggl", t("import.tool.toggl"))
          .addOption("clockify", t("import.tool.clockify"))
          .setValue(this.tool)
          .onChange((v) => {
            this.tool = v === "clockify" ? "clockify" : "toggl";
            this.refresh();
          }),
      );
    if (this.inspection.dateOrder === "ambiguous" || this.inspection.dateOrder === "conflict") {
      new Setting(el)
        .setName(t("import.date-order.name"))
        .setDesc(t("import.date-order.desc"))
        .addDropdown((d) =>
          d
            .addOption("", t("import.date-order.choose"))
            .addOption("mdy", t("import.date-order.mdy"))
            .addOption("dmy", t("import.date-order.dmy"))
            .setValue(this.dateOrder ?? "")
            .onChange((v) => {
              this.dateOrder = v === "mdy" || v === "dmy" ? v : null;
              this.refresh();
            }),
        );
    }
    const zoneSetting = new Setting(el).setName(t("import.zone.name")).setDesc(t("import.zone.desc"));
    const zoneError = zoneSetting.descEl.createDiv({ cls: "client-desk-setting-error" });
    zoneSetting.addText((text) =>
      text.setValue(this.zone).onChange((v) => {
        const zone = v.trim();
        if (isValidZone(zone)) {
          zoneError.setText("");
          text.inputEl.removeClass("is-invalid");
          if (zone !== this.zone) {
            this.zone = zone;
            this.refresh();
          }
        } else {
          zoneError.setText(t("import.zone.invalid", { value: v, current: this.zone }));
          text.inputEl.addClass("is-invalid");
        }
      }),
    );
  }

  /** Recomputes the preview from the file and the options chosen. */
  refresh(): void {
    const t = this.host.t;
    const el = this.previewEl;
    el.empty();
    this.preview = null;
    const index = this.host.indexer.index;
    const zone = this.host.zone();
    let preview: ImportPreview;
    try {
      preview = previewTable(this.table, targetFromIndex(index), {
        tool: this.tool,
        zone: this.zone,
        userZone: zone,
        dateOrder: this.dateOrder ?? undefined,
        taskNoteExists: (task, client) => this.app.metadataCache.getFirstLinkpathDest(task, client.notePath) !== null,
      });
    } catch (e) {
      const message = importErrorMessage(e, t);
      if (message === null) throw e;
      el.createEl("p", { cls: "client-desk-import-error", text: message });
      this.importButton?.setDisabled(true);
      return;
    }
    this.preview = preview;
    el.createEl("p", {
      cls: "client-desk-import-summary",
      text: t("import.summary", {
        rows: preview.rows,
        entries: preview.entries.length,
        duplicates: preview.duplicates,
        unmatched: preview.unmatchedRows,
        problems: preview.problemRows,
      }),
    });
    if (preview.perClient.length === 0) {
      el.createEl("p", { cls: "client-desk-muted", text: t("import.nothing") });
    } else {
      const table = el.createEl("table", { cls: "client-desk-import-table" });
      const head = table.createEl("thead").createEl("tr");
      for (const key of ["import.col.client", "import.col.entries", "import.col.time", "import.col.billable"] as const) {
        head.createEl("th", { text: t(key) });
      }
      const body = table.createEl("tbody");
      for (const c of preview.perClient) {
        const row = body.createEl("tr", { attr: { "data-client": c.clientKey } });
        row.createEl("td", { text: c.name });
        row.createEl("td", { cls: "client-desk-num", text: String(c.count) });
        row.createEl("td", { cls: "client-desk-num", text: durationWords(c.ms, t) });
        row.createEl("td", { cls: "client-desk-num", text: durationWords(c.billableMs, t) });
      }
    }
    if (preview.unmatchedClients.length > 0) {
      const box = el.createDiv({ cls: "client-desk-import-unmatched" });
      box.createEl("h4", { text: t("import.unmatched.title") });
      const list = box.createEl("ul");
      for (const name of preview.unmatchedClients) list.createEl("li", { text: name === "" ? t("import.unmatched.empty") : name });
      box.createEl("p", { cls: "client-desk-muted", text: t("import.unmatched.hint") });
    }
    if (preview.problems.length > 0) {
      const box = el.createDiv({ cls: "client-desk-import-problems" });
      box.createEl("h4", { text: t("import.problems.title") });
      const list = box.createEl("ul");
      for (const p of preview.problems.slice(0, PROBLEMS_SHOWN)) list.createEl("li", { text: importProblemLine(p, t) });
      if (preview.problems.length > PROBLEMS_SHOWN) {
        box.createEl("p", { cls: "client-desk-muted", text: t("import.problems.more", { count: preview.problems.length - PROBLEMS_SHOWN }) });
      }
    }
    this.importButton?.setDisabled(preview.entries.length === 0);
  }

  private async confirm(): Promise<void> {
    const preview = this.preview;
    if (!preview || preview.entries.length === 0 || this.busy) return;
    this.busy = true;
    this.importButton?.setDisabled(true);
    const t = this.host.t;
    const { indexer } = this.host;
    try {
      const result = await writeEntries(this.app, indexer.index, preview.entries, indexer.index.layout, this.host.zone());
      new Notice(t("import.done", { count: result.count, notes: result.notes.length }));
      for (const path of result.refused) new Notice(t("import.refused", { file: path }));
      for (const f of result.failed) new Notice(t("import.write-failed", { file: f.path, reason: f.reason }));
    } finally {
      this.busy = false;
      this.close();
    }
  }
}
