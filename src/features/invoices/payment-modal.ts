// "Record payment": amount (in the invoice's currency), date and method; a payment larger than
// the balance is refused with the amounts, and nothing is written.

import { Modal, Setting } from "obsidian";
import type { TFile } from "obsidian";
import type { Host } from "../../ui/host";
import { uiLanguage } from "../../adapter/language";
import type { InvoiceService } from "./invoice-service";
import type { InvoiceRecord } from "../../core/billing/invoice-note";
import { formatMoney, toMajorString } from "../../core/shared/money";
import { dateIn } from "../../core/billing/invoice-ledger";
import type { PaymentCheck } from "../../core/billing/invoice-payment";

export class PaymentModal extends Modal {
  amount: string;
  date: string;
  method = "";
  private errorEl!: HTMLElement;
  private busy = false;

  constructor(
    private readonly host: Pick<Host, "app" | "t" | "settings" | "indexer">,
    private readonly service: InvoiceService,
    private readonly file: TFile,
    private readonly invoice: InvoiceRecord,
    now = Date.now(),
  ) {
    super(host.app);
    this.amount = toMajorString(invoice.balance, invoice.currency);
    this.date = dateIn(now, host.indexer.index.client(invoice.clientKey)?.timezone ?? "UTC");
  }

  override onOpen(): void {
    const t = this.host.t;
    const inv = this.invoice;
    this.setTitle(t("payment.title", { number: inv.number }));
    this.modalEl.addClass("client-desk-payment-modal");
    const el = this.contentEl;
    el.createEl("p", { cls: "client-desk-muted", text: t("payment.balance", { balance: formatMoney(inv.balance, inv.currency, uiLanguage(this.host.settings)) }) });
    new Setting(el).setName(t("payment.amount", { currency: inv.currency })).addText((x) => {
      x.inputEl.inputMode = "decimal";
      x.setValue(this.amount).onChange((v) => (this.amount = v));
    });
    new Setting(el).setName(t("payment.date")).addText((x) => x.setPlaceholder("2026-12-03").setValue(this.date).onChange((v) => (this.date = v)));
    new Setting(el).setName(t("payment.method")).addText((x) => x.setPlaceholder(t("payment.method-placeholder")).onChange((v) => (this.method = v)));
    this.errorEl = el.createDiv({ cls: "client-desk-setting-error" });
    new Setting(el)
      .addButton((b) => b.setButtonText(t("payment.record")).setCta().onClick(() => void this.submit()))
      .addButton((b) => b.setButtonText(t("invoice.modal.cancel")).onClick(() => this.close()));
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  async submit(): Promise<PaymentCheck | null> {
    if (this.busy) return null;
    this.busy = true;
    try {
      const r = await this.service.recordPayment(this.file, this.invoice, this.amount, this.date, this.method);
      if (!r.ok) {
        this.errorEl.setText(this.host.t(r.key, r.params));
        return r;
      }
      const inv = this.invoice;
      const lang = uiLanguage(this.host.settings);
      this.service.notice("invoice.notice.payment-recorded", {
        amount: formatMoney(r.amount, inv.currency, lang),
        number: inv.number,
        balance: formatMoney(inv.balance - r.amount, inv.currency, lang),
      });
      this.close();
      return r;
    } finally {
      this.busy = false;
    }
  }
}
