// Invoices in Obsidian: drafts from the index, new notes through vault.create, status and payments
// through FileManager.processFrontMatter (the body and unknown fields stay as they are), reminders.

import { Notice, TFile, normalizePath, type App } from "obsidian";
import type ClientDeskPlugin from "../../main";
import type { InvoicePeriod } from "../../core/billing/invoice-period";
import { draftInvoice, type DraftResult } from "../../core/billing/invoice-draft";
import { renderInvoiceNote, type BusinessDetails, type InvoiceDraft } from "../../core/billing/invoice-write";
import { invoiceNotePath, clientFolderPath } from "../../core/shared/paths";
import type { InvoiceRecord } from "../../core/billing/invoice-note";
import { applyPayment, applySent, applyVoid, checkPayment, checkSent, checkVoid, type PaymentCheck, type StatusChange } from "../../core/billing/invoice-payment";
import { dateIn, groupByCurrency, openInvoices, overdueState, type CurrencyGroup } from "../../core/billing/invoice-ledger";
import { reminderPath, renderReminder } from "../../core/billing/invoice-reminder";
import { taskPackages } from "../../core/billing/package-note";
import type { NoteSource } from "../../core/notes/fields";
import type { MessageKey, Params } from "../../core/i18n";

export type WriteResult = { ok: true; path: string } | { ok: false; key: MessageKey; params: Params };

export class InvoiceService {
  constructor(private readonly plugin: ClientDeskPlugin) {}

  private get app(): App {
    return this.plugin.app;
  }

  business(): BusinessDetails {
    const s = this.plugin.settings;
    return { name: s.businessName, details: s.businessDetails, payment: s.paymentDetails };
  }

  private notesIn(folder: string): NoteSource[] {
    const prefix = normalizePath(folder) + "/";
    return this.app.vault
      .getMarkdownFiles()
      .filter((f) => f.path.startsWith(prefix))
      .map((f) => ({ path: f.path, data: this.app.metadataCache.getFileCache(f)?.frontmatter ?? null }));
  }

  /** The draft for a client and period (null: the default period), as `client-desk invoice` makes it. */
  draft(clientKey: string, period: InvoicePeriod | null, now = Date.now()): DraftResult | null {
    const index = this.plugin.indexer.index;
    const client = index.client(clientKey);
    if (!client) return null;
    const shelf = index.invoices;
    const packages = taskPackages(this.notesIn(this.plugin.settings.packagesFolder), this.notesIn(`${clientFolderPath(index.layout, clientKey)}/Tasks`));
    return draftInvoice({
      client,
      fields: shelf.clientFields(clientKey),
      invoices: shelf.records(),
      ledger: shelf.ledger(),
      extraNumbers: shelf.paths().map((p) => p.slice(p.lastIndexOf("/") + 1).replace(/\.md$/, "")),
      entries: (from, to) => index.entriesOf(clientKey, from, to),
      packages,
      now,
      period,
      pattern: this.plugin.settings.invoiceNumberPattern,
    });
  }

  async create(draft: InvoiceDraft): Promise<WriteResult> {
    const path = normalizePath(invoiceNotePath(this.plugin.indexer.index.layout, draft.client.key, draft.number));
    return this.writeNew(path, renderInvoiceNote(draft, this.business()));
  }

  private async writeNew(path: string, text: string): Promise<WriteResult> {
    const { vault } = this.app;
    if (vault.getAbstractFileByPath(path)) return { ok: false, key: "invoice.notice.exists", params: { file: path } };
    try {
      const folder = path.slice(0, path.lastIndexOf("/"));
      if (folder !== "" && vault.getFolderByPath(folder) === null) await vault.createFolder(folder);
      const file = await vault.create(path, text);
      this.plugin.indexer.noteWritten(file, text);
      return { ok: true, path };
    } catch (e) {
      return { ok: false, key: "invoice.notice.write-failed", params: { reason: e instanceof Error ? e.message : String(e) } };
    }
  }

  /** The invoice a file is, from the index; null for any other note. */
  invoiceOf(file: TFile | null): InvoiceRecord | null {
    return file ? this.plugin.indexer.index.invoices.byPath(file.path) : null;
  }

  activeInvoice(): { file: TFile; invoice: InvoiceRecord } | null {
    const file = this.app.workspace.getActiveFile();
    const invoice = this.invoiceOf(file);
    return file && invoice ? { file, invoice } : null;
  }

  /**
   * Checked first on the indexed invoice, so a refused change never reaches processFrontMatter
   * (which re-serialises the YAML); checked again inside it on the frontmatter as it is then.
   */
  private async change<R extends { ok: boolean }>(file: TFile, pre: R, fn: (fm: Record<string, unknown>) => R): Promise<R> {
    if (!pre.ok) return pre;
    let result: R = pre;
    await this.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
      result = fn(fm);
    });
    return result;
  }

  markSent(file: TFile, invoice: InvoiceRecord): Promise<StatusChange> {
    return this.change(file, checkSent(invoice), (fm) => applySent(fm, file.path, invoice.clientKey));
  }

  voidInvoice(file: TFile, invoice: InvoiceRecord): Promise<StatusChange> {
    return this.change(file, checkVoid(invoice), (fm) => applyVoid(fm, file.path, invoice.clientKey));
  }

  recordPayment(file: TFile, invoice: InvoiceRecord, amount: string, date: string, method: string): Promise<PaymentCheck> {
    return this.change(file, checkPayment(invoice, amount, date, method), (fm) => applyPayment(fm, file.path, invoice.clientKey, amount, date, method));
  }

  /** Outstanding invoices grouped by currency, overdue in each client's zone. */
  outstanding(now = Date.now()): CurrencyGroup[] {
    const index = this.plugin.indexer.index;
    const zoneOf = (key: string) => index.client(key)?.timezone ?? "UTC";
    return groupByCurrency(openInvoices(index.invoices.records(), now, zoneOf));
  }

  async draftReminder(invoice: InvoiceRecord, now = Date.now()): Promise<WriteResult> {
    const index = this.plugin.indexer.index;
    const client = index.client(invoice.clientKey);
    if (!client) return { ok: false, key: "invoice.notice.not-invoice", params: {} };
    const state = overdueState(invoice, now, client.timezone);
    if (!state.overdue) return { ok: false, key: "invoice.notice.not-overdue", params: { number: invoice.number } };
    const path = normalizePath(reminderPath(invoice.file, invoice.number, dateIn(now, client.timezone)));
    return this.writeNew(path, renderReminder(invoice, client, index.invoices.clientFields(client.key), this.business(), state.daysOverdue));
  }

  notice(key: MessageKey, params: Params = {}): void {
    new Notice(this.plugin.t(key, params));
  }
}
