// "Create invoice": a client and a period (dates in the client's zone, by default last month or
// from the day after the last invoice), a preview of the totals, then the note is written.

import { Modal, Setting } from "obsidian";
import type { Host } from "../../ui/host";
import { diagnosticLine, type Translate } from "../../core/i18n";
import { uiLanguage } from "../../adapter/language";
import type { InvoiceService } from "./invoice-service";
import { periodOf, type InvoicePeriod } from "../../core/billing/invoice-period";
import { formatMoney } from "../../core/shared/money";
import type { DraftResult } from "../../core/billing/invoice-draft";
import type { BillingProblem } from "../../core/billing/billing";

export class InvoiceModal extends Modal {
  clientKey = "";
  from = "";
  to = "";
  private previewEl!: HTMLElement;
  private zoneEl!: HTMLElement;
  private busy = false;
  /** The default period found nothing left to bill (the dates show last month). */
  private nothingLeft = false;
  private fromInput: { setValue(v: string): unknown } | null = null;
  private toInput: { setValue(v: string): unknown } | null = null;

  constructor(
    private readonly host: Pick<Host, "app" | "t" | "settings" | "indexer">,
    private readonly service: InvoiceService,
  ) {
    super(host.app);
  }

  override onOpen(): void {
    const t = this.host.t;
    this.setTitle(t("invoice.modal.title"));
    this.modalEl.addClass("client-desk-invoice-modal");
    const el = this.contentEl;
    const clients = this.host.indexer.index.clients();
    if (clients.length === 0) {
      el.createEl("p", { text: t("invoice.modal.no-clients") });
      return;
    }
    this.clientKey = clients[0].key;
    new Setting(el).setName(t("invoice.modal.client")).addDropdown((d) => {
      for (const c of clients) d.addOption(c.key, c.name);
      d.setValue(this.clientKey).onChange((v) => {
        this.clientKey = v;
        this.resetPeriod();
      });
    });
    new Setting(el).setName(t("invoice.modal.from")).addText((text) => {
      this.fromInput = text;
      text.setPlaceholder("2026-11-01").onChange((v) => {
        this.from = v.trim();
        this.refresh();
      });
    });
    new Setting(el).setName(t("invoice.modal.to")).addText((text) => {
      this.toInput = text;
      text.setPlaceholder("2026-11-30").onChange((v) => {
        this.to = v.trim();
        this.refresh();
      });
    });
    this.zoneEl = el.createEl("p", { cls: "client-desk-muted" });
    this.previewEl = el.createDiv({ cls: "client-desk-invoice-preview" });
    new Setting(el)
      .addButton((b) => b.setButtonText(t("invoice.modal.create")).setCta().onClick(() => void this.submit()))
      .addButton((b) => b.setButtonText(t("invoice.modal.cancel")).onClick(() => this.close()));
    this.resetPeriod();
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** The default period of the chosen client. */
  private resetPeriod(): void {
    const r = this.service.draft(this.clientKey, null);
    if (!r) return;
    // Nothing left to bill: the dates offer last month, to choose another period by hand.
    const period = r.period ?? this.service.lastMonth(this.clientKey);
    if (!period) return;
    this.nothingLeft = r.period === null;
    this.from = period.fromDate;
    this.to = period.toDate;
    this.fromInput?.setValue(this.from);
    this.toInput?.setValue(this.to);
    this.refresh();
  }

  private current(): DraftResult | null {
    const client = this.host.indexer.index.client(this.clientKey);
    if (!client) return null;
    const period = periodOf(this.from, this.to, client.timezone);
    return period ? this.service.draft(this.clientKey, period) : null;
  }

  private refresh(): void {
    const t = this.host.t;
    const client = this.host.indexer.index.client(this.clientKey);
    if (!client || !this.previewEl) return;
    this.zoneEl.setText(t("invoice.modal.dates", { zone: client.timezone }));
    this.previewEl.empty();
    const r = this.current();
    if (r === null) {
      this.previewEl.createEl("p", { cls: "client-desk-setting-error", text: t("invoice.modal.date-invalid") });
      return;
    }
    if (this.nothingLeft) this.previewEl.createEl("p", { cls: "client-desk-muted", text: t("billing.nothing-left", { client: client.name }) });
    if (!r.ok) {
      for (const p of r.problems) this.previewEl.createEl("p", { cls: "client-desk-setting-error", text: problemText(this.host.t, p, client.name, r.period) });
      if (r.diagnostics.length > 0) {
        this.previewEl.createEl("p", { cls: "client-desk-setting-error", text: t("billing.data-errors", { client: client.name, count: r.diagnostics.length }) });
        const list = this.previewEl.createEl("ul", { cls: "client-desk-invoice-problems" });
        for (const d of r.diagnostics.slice(0, 8)) list.createEl("li", { text: diagnosticLine(d, t) });
      }
      return;
    }
    const money = (m: number) => formatMoney(m, client.currency, uiLanguage(this.host.settings));
    this.previewEl.createEl("p", {
      text: t("invoice.modal.preview", { lines: r.draft.lines.length, entries: r.draft.entryIds.length, total: money(r.draft.totals.total), balance: money(r.draft.totals.balance) }),
    });
    for (const w of r.warnings) this.previewEl.createEl("p", { cls: "client-desk-muted", text: problemText(this.host.t, w, client.name, r.period) });
  }

  /** Writes the note; returns its path, or null when nothing was written. */
  async submit(): Promise<string | null> {
    if (this.busy) return null;
    const r = this.current();
    if (!r || !r.ok) {
      this.refresh();
      return null;
    }
    this.busy = true;
    try {
      const written = await this.service.create(r.draft);
      if (!written.ok) {
        this.service.notice(written.key, written.params);
        return null;
      }
      // The number is taken when the note is written: another invoice may have taken the previewed one.
      const c = written.draft.client;
      this.service.notice("invoice.notice.created", { number: written.draft.number, client: c.name, total: formatMoney(written.draft.totals.total, c.currency, c.language) });
      this.close();
      await this.app.workspace.openLinkText(written.path, "", false);
      return written.path;
    } finally {
      this.busy = false;
    }
  }
}

export function problemText(t: Translate, p: BillingProblem, client: string, period: InvoicePeriod | null): string {
  if (period === null) return t("billing.nothing-left", { client });
  return t(`billing.${p.code}`, { ...p.params, client, from: period.fromDate, to: period.toDate, field: p.field ?? "" });
}
