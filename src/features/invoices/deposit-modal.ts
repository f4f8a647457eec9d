// "Create deposit invoice": a client, an amount (or the price the client's deposit percent is of)
// and what it is for; a preview, then the note is written like any invoice.

import { Modal, Setting } from "obsidian";
import type { Host } from "../../ui/host";
import { diagnosticLine } from "../../core/i18n";
import { uiLanguage } from "../../adapter/language";
import type { InvoiceService } from "./invoice-service";
import { formatMoney } from "../../core/shared/money";
import type { DraftResult } from "../../core/billing/invoice-draft";
import { problemText } from "./invoice-modal";

export class DepositModal extends Modal {
  clientKey = "";
  amount = "";
  ofTotal = false;
  forText = "";
  private previewEl: HTMLElement | null = null;
  private busy = false;

  constructor(
    private readonly host: Pick<Host, "app" | "t" | "settings" | "indexer">,
    private readonly service: InvoiceService,
  ) {
    super(host.app);
  }

  override onOpen(): void {
    const t = this.host.t;
    this.setTitle(t("invoice.deposit.title"));
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
        this.refresh();
      });
    });
    new Setting(el)
      .setName(t("invoice.deposit.amount"))
      .setDesc(t("invoice.deposit.amount-desc"))
      .addText((text) =>
        text.setPlaceholder("500").onChange((v) => {
          this.amount = v;
          this.refresh();
        }),
      );
    new Setting(el)
      .setName(t("invoice.deposit.of-total"))
      .setDesc(t("invoice.deposit.of-total-desc"))
      .addToggle((toggle) =>
        toggle.setValue(this.ofTotal).onChange((v) => {
          this.ofTotal = v;
          this.refresh();
        }),
      );
    new Setting(el).setName(t("invoice.deposit.for")).addText((text) =>
      text.setPlaceholder(t("invoice.deposit.for-placeholder")).onChange((v) => {
        this.forText = v;
        this.refresh();
      }),
    );
    this.previewEl = el.createDiv({ cls: "client-desk-invoice-preview" });
    new Setting(el)
      .addButton((b) => b.setButtonText(t("invoice.modal.create")).setCta().onClick(() => void this.submit()))
      .addButton((b) => b.setButtonText(t("invoice.modal.cancel")).onClick(() => this.close()));
    this.refresh();
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  private current(): DraftResult | null {
    return this.amount.trim() === "" ? null : this.service.draftDeposit(this.clientKey, this.amount, this.ofTotal, this.forText);
  }

  private refresh(): void {
    const t = this.host.t;
    const client = this.host.indexer.index.client(this.clientKey);
    const el = this.previewEl;
    if (!client || !el) return;
    el.empty();
    const percent = t("invoice.deposit.percent", { percent: client.depositPercent });
    const r = this.current();
    if (r === null) {
      el.createEl("p", { cls: "client-desk-muted", text: percent });
      return;
    }
    if (!r.ok) {
      for (const p of r.problems) el.createEl("p", { cls: "client-desk-setting-error", text: problemText(t, p, client.name, r.period) });
      if (r.diagnostics.length > 0) {
        el.createEl("p", { cls: "client-desk-setting-error", text: t("billing.data-errors", { client: client.name, count: r.diagnostics.length }) });
        const list = el.createEl("ul", { cls: "client-desk-invoice-problems" });
        for (const d of r.diagnostics.slice(0, 8)) list.createEl("li", { text: diagnosticLine(d, t) });
      }
      return;
    }
    const total = formatMoney(r.draft.totals.total, client.currency, uiLanguage(this.host.settings));
    el.createEl("p", { text: t("invoice.deposit.preview", { total, due: r.draft.due }) });
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
