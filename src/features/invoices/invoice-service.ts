// Invoices in Obsidian: drafts from the index, reminders, and the writes of src/adapter/invoice-writer.ts
// (new notes through vault.create; status and payments through FileManager.processFrontMatter, the
// body and unknown fields kept as they are).

import { Notice, TFile, normalizePath, type App } from "obsidian";
import type { Host } from "../../ui/host";
import type { InvoicePeriod } from "../../core/billing/invoice-period";
import { draftInvoice, type DraftResult } from "../../core/billing/invoice-draft";
import { renderInvoiceNote, type BusinessDetails, type InvoiceDraft } from "../../core/billing/invoice-write";
import { invoiceNotePath, clientFolderPath } from "../../core/shared/paths";
import type { InvoiceRecord } from "../../core/billing/invoice-note";
import { applyPayment, applySent, applyVoid, checkPayment, checkSent, checkVoid, type PaymentCheck, type StatusChange } from "../../core/billing/invoice-payment";
import { dateIn, overdueState } from "../../core/billing/invoice-ledger";
import { outstandingInvoices, type OutstandingGroup } from "../../core/billing/invoice-outstanding";
import { reminderPath, renderReminder } from "../../core/billing/invoice-reminder";
import { taskPackages } from "../../core/billing/package-note";
import type { NoteSource } from "../../core/notes/fields";
import type { MessageKey, Params } from "../../core/i18n";
import { changeInvoice, writeNewNote, type WriteResult } from "../../adapter/invoice-writer";

export type { WriteResult };

export class InvoiceService {
  constructor(private readonly host: Pick<Host, "app" | "t" | "settings" | "indexer">) {}

  private get app(): App {
    return this.host.app;
  }

  business(): BusinessDetails {
    const s = this.host.settings;
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
    const index = this.host.indexer.index;
    const client = index.client(clientKey);
    if (!client) return null;
    const shelf = index.invoices;
    const packages = taskPackages(this.notesIn(this.host.settings.packagesFolder), this.notesIn(`${clientFolderPath(index.layout, clientKey)}/Tasks`));
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
      pattern: this.host.settings.invoiceNumberPattern,
    });
  }

  async create(draft: InvoiceDraft): Promise<WriteResult> {
    const path = normalizePath(invoiceNotePath(this.host.indexer.index.layout, draft.client.key, draft.number));
    return this.writeNew(path, renderInvoiceNote(draft, this.business()));
  }

  private writeNew(path: string, text: string): Promise<WriteResult> {
    return writeNewNote(this.host, path, text);
  }

  /** The invoice a file is, from the index; null for any other note. */
  invoiceOf(file: TFile | null): InvoiceRecord | null {
    return file ? this.host.indexer.index.invoices.byPath(file.path) : null;
  }

  activeInvoice(): { file: TFile; invoice: InvoiceRecord } | null {
    const file = this.app.workspace.getActiveFile();
    const invoice = this.invoiceOf(file);
    return file && invoice ? { file, invoice } : null;
  }

  /** Checked first on the indexed invoice, then again on the frontmatter as it is when written. */
  markSent(file: TFile, invoice: InvoiceRecord): Promise<StatusChange> {
    return changeInvoice(this.app, file, checkSent(invoice), (fm) => applySent(fm, file.path, invoice.clientKey));
  }

  voidInvoice(file: TFile, invoice: InvoiceRecord): Promise<StatusChange> {
    return changeInvoice(this.app, file, checkVoid(invoice), (fm) => applyVoid(fm, file.path, invoice.clientKey));
  }

  recordPayment(file: TFile, invoice: InvoiceRecord, amount: string, date: string, method: string): Promise<PaymentCheck> {
    return changeInvoice(this.app, file, checkPayment(invoice, amount, date, method), (fm) => applyPayment(fm, file.path, invoice.clientKey, amount, date, method));
  }

  /** Outstanding invoices grouped by currency, overdue in each client's zone; each number once, unreadable ones marked. */
  outstanding(now = Date.now()): OutstandingGroup[] {
    const index = this.host.indexer.index;
    const zoneOf = (key: string) => index.client(key)?.timezone ?? "UTC";
    return outstandingInvoices(index.invoices.records(), now, zoneOf);
  }

  async draftReminder(invoice: InvoiceRecord, now = Date.now()): Promise<WriteResult> {
    const index = this.host.indexer.index;
    const client = index.client(invoice.clientKey);
    if (!client) return { ok: false, key: "invoice.notice.not-invoice", params: {} };
    const state = overdueState(invoice, now, client.timezone);
    if (!state.overdue) return { ok: false, key: "invoice.notice.not-overdue", params: { number: invoice.number } };
    const path = normalizePath(reminderPath(invoice.file, invoice.number, dateIn(now, client.timezone)));
    return this.writeNew(path, renderReminder(invoice, client, index.invoices.clientFields(client.key), this.business(), state.daysOverdue));
  }

  notice(key: MessageKey, params: Params = {}): void {
    new Notice(this.host.t(key, params));
  }
}
