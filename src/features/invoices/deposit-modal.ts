// "Create deposit invoice": a client, an amount (or the price the client's deposit percent is of)
// and what it is for; a preview, then the note is written like any invoice.

import { Setting } from "obsidian";
import { uiLanguage } from "../../adapter/language";
import { formatMoney } from "../../core/shared/money";
import type { DraftResult } from "../../core/billing/invoice-draft";
import { DraftModal } from "./draft-modal";

export class DepositModal extends DraftModal {
  amount = "";
  ofTotal = false;
  forText = "";
  private previewEl: HTMLElement | null = null;

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

  protected current(): DraftResult | null {
    return this.amount.trim() === "" ? null : this.service.draftDeposit(this.clientKey, this.amount, this.ofTotal, this.forText);
  }

  protected refresh(): void {
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
    if (!r.ok) return this.showRefusal(el, r, client.name);
    const total = formatMoney(r.draft.totals.total, client.currency, uiLanguage(this.host.settings));
    el.createEl("p", { text: t("invoice.deposit.preview", { total, due: r.draft.due }) });
  }
}
