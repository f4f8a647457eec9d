// "Invoices": outstanding invoices grouped by currency (never added across currencies), overdue
// ones first with their days overdue in the client's zone; each opens its note. A number is listed
// once; an invoice whose money does not read, or whose number other notes share, is marked.

import { ItemView, type WorkspaceLeaf } from "obsidian";
import type { Host } from "../../ui/host";
import type { InvoiceService } from "./invoice-service";
import { outstandingMoney } from "../../core/billing/invoice-outstanding";
import { formatDate } from "../../core/billing/invoice-write";
import { uiLanguage } from "../../adapter/language";

export const INVOICES_VIEW = "client-desk-invoices";

export class InvoicesView extends ItemView {
  private shownVersion = -1;
  private shownDay = "";

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: Pick<Host, "t" | "settings" | "indexer">,
    private readonly service: InvoiceService,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return INVOICES_VIEW;
  }

  override getDisplayText(): string {
    return this.host.t("invoices.title");
  }

  override getIcon(): string {
    return "receipt";
  }

  override async onOpen(): Promise<void> {
    this.registerEvent(this.host.indexer.onChanged(() => this.render()));
    // Days overdue change at midnight in each client's zone, without any note changing.
    this.registerInterval(window.setInterval(() => this.render(), 10 * 60_000));
    this.render(true);
  }

  render(force = false, now = Date.now()): void {
    const { indexer } = this.host;
    const day = new Date(now).toISOString().slice(0, 13);
    if (!force && indexer.ready && indexer.index.version === this.shownVersion && day === this.shownDay) return;
    this.shownVersion = indexer.ready ? indexer.index.version : -1;
    this.shownDay = day;
    const t = this.host.t;
    const lang = uiLanguage(this.host.settings);
    const root = this.contentEl;
    root.empty();
    root.addClass("client-desk-invoices");
    const header = root.createDiv({ cls: "client-desk-invoices-header" });
    header.createEl("h4", { text: t("invoices.title") });
    const refresh = header.createEl("button", { text: t("invoices.refresh") });
    this.registerDomEvent(refresh, "click", () => this.render(true));
    if (!indexer.ready) {
      root.createEl("p", { cls: "client-desk-muted", text: t("diagnostics.indexing") });
      return;
    }
    const groups = this.service.outstanding(now);
    if (groups.length === 0) {
      root.createEl("p", { cls: "client-desk-muted", text: t("invoices.empty") });
      return;
    }
    for (const g of groups) {
      const money = (m: number) => outstandingMoney(m, g.currency, lang);
      const section = root.createDiv({ cls: "client-desk-invoices-currency" });
      section.createEl("h5", { text: t("invoices.currency", { currency: g.currency, outstanding: money(g.outstanding), overdue: money(g.overdue) }) });
      const ul = section.createEl("ul");
      for (const o of g.invoices) {
        const inv = o.invoice;
        const li = ul.createEl("li", { cls: `client-desk-invoice-row${o.overdue ? " is-overdue" : ""}${o.unreadable ? " is-unreadable" : ""}` });
        const link = li.createEl("a", { text: inv.number, attr: { href: "#" } });
        const client = indexer.index.client(inv.clientKey);
        li.createSpan({ cls: "client-desk-invoice-client", text: client?.name ?? inv.clientKey });
        li.createSpan({ cls: "client-desk-invoice-balance", text: money(inv.balance) });
        li.createSpan({
          cls: "client-desk-invoice-due",
          text: o.overdue ? (o.daysOverdue === 1 ? t("invoices.overdue-day") : t("invoices.overdue-days", { days: o.daysOverdue })) : t("invoices.due-on", { due: inv.due === null ? "—" : formatDate(inv.due, lang) }),
        });
        if (o.unreadable) li.createSpan({ cls: "client-desk-invoice-mark", text: t("invoices.mark.unreadable") });
        if (o.duplicates.length > 0) li.createSpan({ cls: "client-desk-invoice-mark", text: t("invoices.mark.duplicate", { files: o.duplicates.join(", ") }) });
        this.registerDomEvent(link, "click", (evt) => {
          evt.preventDefault();
          void this.app.workspace.openLinkText(inv.file, "", false);
        });
      }
    }
  }
}
