// "Invoices": what is owed per currency (never added across currencies) above every invoice note,
// newest first, filtered by status (outstanding, overdue, draft, sent, paid, void) and by client.
// Outstanding invoices are marked, overdue ones with their days overdue in the client's zone; an
// invoice whose money does not read, or whose number other notes share, is marked. Each opens its
// note. The filters stay while the view lives and in the saved workspace.

import { DropdownComponent, ItemView, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { Host } from "../../ui/host";
import type { InvoiceService } from "./invoice-service";
import { outstandingMoney } from "../../core/billing/invoice-outstanding";
import { INVOICE_STATUS_FILTERS, invoiceClients, invoiceRows, type InvoiceFilter, type InvoiceRow, type InvoiceStatusFilter } from "../../core/billing/invoice-list";
import { formatDate } from "../../core/i18n/format";
import { uiLanguage } from "../../adapter/language";
import type { Language } from "../../core/shared/types";

export const INVOICES_VIEW = "client-desk-invoices";

export class InvoicesView extends ItemView {
  private shownVersion = -1;
  private shownDay = "";
  private filter: InvoiceFilter = { status: "all", client: null };

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

  override getState(): Record<string, unknown> {
    return { ...super.getState(), status: this.filter.status, client: this.filter.client };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const s = (state ?? {}) as { status?: unknown; client?: unknown };
    if (typeof s.status === "string" && (INVOICE_STATUS_FILTERS as readonly string[]).includes(s.status)) this.filter.status = s.status as InvoiceStatusFilter;
    if (typeof s.client === "string" || s.client === null) this.filter.client = s.client;
    await super.setState(state, result);
    this.render(true);
  }

  override async onOpen(): Promise<void> {
    this.registerEvent(this.host.indexer.onChanged(() => this.render()));
    // Days overdue change at midnight in each client's zone, without any note changing.
    this.registerInterval(window.setInterval(() => this.render(), 10 * 60_000));
    this.render(true);
  }

  /** Shows the invoices `filter` keeps (what the dropdowns do). */
  setFilter(filter: Partial<InvoiceFilter>, now = Date.now()): void {
    this.filter = { ...this.filter, ...filter };
    this.render(true, now);
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
    // The tab says "Invoices": no heading repeats it. The filters and refresh on one bar.
    const bar = root.createDiv({ cls: "client-desk-invoices-header" });
    if (!indexer.ready) {
      root.createEl("p", { cls: "client-desk-muted", text: t("diagnostics.indexing") });
      return;
    }
    const index = indexer.index;
    const records = index.invoices.records();
    const nameOf = (key: string) => index.client(key)?.name ?? key;
    const status = new DropdownComponent(bar);
    for (const s of INVOICE_STATUS_FILTERS) status.addOption(s, t(`invoices.filter.${s}`));
    status.setValue(this.filter.status).onChange((v) => this.setFilter({ status: v as InvoiceStatusFilter }, now));
    status.selectEl.setAttr("aria-label", t("invoices.filter.status"));
    const client = new DropdownComponent(bar);
    client.addOption("", t("invoices.filter.every-client"));
    for (const key of invoiceClients(records)) client.addOption(key, nameOf(key));
    client.setValue(this.filter.client ?? "").onChange((v) => this.setFilter({ client: v === "" ? null : v }, now));
    client.selectEl.setAttr("aria-label", t("invoices.filter.client"));
    const refresh = bar.createEl("button", { text: t("invoices.refresh") });
    this.registerDomEvent(refresh, "click", () => this.render(true));

    const groups = this.service.outstanding(now);
    const owed = root.createDiv({ cls: "client-desk-invoices-owed" });
    if (groups.length === 0) owed.createEl("p", { cls: "client-desk-muted", text: t("invoices.empty") });
    for (const g of groups) {
      const money = (m: number) => outstandingMoney(m, g.currency, lang);
      owed.createEl("h5", { text: t("invoices.currency", { currency: g.currency, outstanding: money(g.outstanding), overdue: money(g.overdue) }) });
    }

    const rows = invoiceRows(records, now, (key) => index.client(key)?.timezone ?? "UTC", this.filter);
    root.createDiv({ cls: "client-desk-muted client-desk-invoices-count", text: t("invoices.count", { count: rows.length, all: records.length }) });
    if (rows.length === 0) {
      root.createEl("p", { cls: "client-desk-muted", text: t(records.length === 0 ? "invoices.none" : "invoices.none-match") });
      return;
    }
    const ul = root.createEl("ul", { cls: "client-desk-invoices-list" });
    for (const row of rows) this.row(ul, row, nameOf(row.invoice.clientKey), lang);
  }

  private row(ul: HTMLElement, o: InvoiceRow, clientName: string, lang: Language): void {
    const t = this.host.t;
    const inv = o.invoice;
    const money = (m: number) => outstandingMoney(m, inv.currency, lang);
    const cls = ["client-desk-invoice-row", `is-${inv.status}`];
    if (o.outstanding) cls.push("is-outstanding");
    if (o.overdue) cls.push("is-overdue");
    if (o.unreadable) cls.push("is-unreadable");
    const li = ul.createEl("li", { cls: cls.join(" ") });
    const link = li.createEl("a", { text: inv.number, attr: { href: "#" } });
    li.createSpan({ cls: "client-desk-invoice-client", text: clientName });
    li.createSpan({ cls: `client-desk-invoice-status is-${inv.status}`, text: t(`invoices.status.${inv.status}`) });
    li.createSpan({ cls: "client-desk-invoice-balance", text: o.outstanding ? t("invoices.balance", { balance: money(inv.balance) }) : money(inv.total) });
    const when: string[] = [];
    if (inv.issued !== null) when.push(t("invoices.issued-on", { date: formatDate(inv.issued, lang) }));
    if (o.overdue) when.push(t("invoices.overdue-days", { days: o.daysOverdue }));
    else if (o.outstanding) when.push(t("invoices.due-on", { due: inv.due === null ? "—" : formatDate(inv.due, lang) }));
    li.createSpan({ cls: "client-desk-invoice-due", text: when.join(" · ") });
    if (o.unreadable) li.createSpan({ cls: "client-desk-invoice-mark", text: t("invoices.mark.unreadable") });
    if (o.duplicates.length > 0) li.createSpan({ cls: "client-desk-invoice-mark", text: t("invoices.mark.duplicate", { files: o.duplicates.join(", ") }) });
    this.registerDomEvent(link, "click", (evt) => {
      evt.preventDefault();
      void this.app.workspace.openLinkText(inv.file, "", false);
    });
  }
}
