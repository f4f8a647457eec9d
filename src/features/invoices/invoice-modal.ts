// "Create invoice": a client and a period (dates in the client's zone, by default last month or
// from the day after the last invoice), a preview of the totals, then the note is written.

import { Setting } from "obsidian";
import { uiLanguage } from "../../adapter/language";
import { periodOf } from "../../core/billing/invoice-period";
import { formatMoney } from "../../core/shared/money";
import type { DraftResult } from "../../core/billing/invoice-draft";
import { DraftModal, problemText } from "./draft-modal";

export class InvoiceModal extends DraftModal {
  from = "";
  to = "";
  private previewEl!: HTMLElement;
  private zoneEl!: HTMLElement;
  /** The default period found nothing left to bill (the dates show last month). */
  private nothingLeft = false;
  private fromInput: { setValue(v: string): unknown } | null = null;
  private toInput: { setValue(v: string): unknown } | null = null;

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

  protected current(): DraftResult | null {
    const client = this.host.indexer.index.client(this.clientKey);
    if (!client) return null;
    const period = periodOf(this.from, this.to, client.timezone);
    return period ? this.service.draft(this.clientKey, period) : null;
  }

  protected refresh(): void {
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
    if (!r.ok) return this.showRefusal(this.previewEl, r, client.name);
    const money = (m: number) => formatMoney(m, client.currency, uiLanguage(this.host.settings));
    this.previewEl.createEl("p", {
      text: t("invoice.modal.preview", { lines: r.draft.lines.length, entries: r.draft.entryIds.length, total: money(r.draft.totals.total), balance: money(r.draft.totals.balance) }),
    });
    for (const w of r.warnings) this.previewEl.createEl("p", { cls: "client-desk-muted", text: problemText(this.host.t, w, client.name, r.period) });
  }
}
