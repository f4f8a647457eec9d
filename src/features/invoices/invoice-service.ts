// Invoices in Obsidian: drafts from the index, reminders, and the writes of src/adapter/invoice-writer.ts
// (new notes through vault.create; status and payments through FileManager.processFrontMatter, the
// body and unknown fields kept as they are).

import { Notice, TFile, normalizePath, type App } from "obsidian";
import type { Host } from "../../ui/host";
import { monthPeriod, type InvoicePeriod } from "../../core/billing/invoice-period";
import { monthIn, shiftMonth } from "../../core/billing/retainer";
import { draftDepositInvoice, draftRequest } from "../../core/index/invoice-source";
import { draftInvoice, type DraftResult } from "../../core/billing/invoice-draft";
import { renderInvoiceNote, type BusinessDetails, type InvoiceDraft } from "../../core/billing/invoice-write";
import { invoiceNotePath, clientFolderPath } from "../../core/shared/paths";
import type { InvoiceRecord } from "../../core/billing/invoice-note";
import { applyPayment, applySent, applyVoid, checkPayment, checkSent, checkVoid, type PaymentCheck, type StatusChange } from "../../core/billing/invoice-payment";
import { dateIn, overdueState } from "../../core/billing/invoice-ledger";
import { outstandingInvoices, type OutstandingGroup } from "../../core/billing/invoice-outstanding";
import { reminderPath, renderReminder } from "../../core/billing/invoice-reminder";
import { readPackages, taskPackages } from "../../core/billing/package-note";
import type { NoteSource } from "../../core/notes/fields";
import type { MessageKey, Params } from "../../core/i18n";
import { changeInvoice, OneAtATime, writeNewNote, type WriteResult } from "../../adapter/invoice-writer";
import { nextInvoiceNumber } from "../../core/billing/invoice-number";

export type { WriteResult };
export type CreateResult = { ok: true; path: string; draft: InvoiceDraft } | Extract<WriteResult, { ok: false }>;

export class InvoiceService {
  /** New invoices, one at a time. */
  private readonly creating = new OneAtATime();
  /** Numbers handed out (lower case) → their note, until the index has read it. */
  private readonly handedOut = new Map<string, string>();

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
    const packageNotes = this.notesIn(this.host.settings.packagesFolder);
    const packages = taskPackages(packageNotes, this.notesIn(`${clientFolderPath(index.layout, clientKey)}/Tasks`));
    return draftInvoice(draftRequest(index, client, { now, period, pattern: this.host.settings.invoiceNumberPattern, packages, packageNotes: readPackages(packageNotes), reserved: this.handedOut.keys() }));
  }

  /** A deposit invoice's draft: `amount` as typed, or the price the client's deposit percent is of. */
  draftDeposit(clientKey: string, amount: string, ofTotal: boolean, forText: string, now = Date.now()): DraftResult | null {
    const index = this.host.indexer.index;
    const client = index.client(clientKey);
    if (!client) return null;
    return draftDepositInvoice(index, client, { now, pattern: this.host.settings.invoiceNumberPattern, amount, ofTotal, forText, reserved: this.handedOut.keys() });
  }

  /** Last month in the client's zone, for the dialog's dates when nothing is left to bill. */
  lastMonth(clientKey: string, now = Date.now()): InvoicePeriod | null {
    const client = this.host.indexer.index.client(clientKey);
    return client ? monthPeriod(shiftMonth(monthIn(now, client.timezone), -1), client.timezone) : null;
  }

  /**
   * Writes the invoice note of a draft. Creations run one after another, and each takes its number
   * again when it runs: the next after every number the index knows, every file name in an Invoices
   * folder and every number handed out whose note the index has not read yet, so invoices created
   * at the same moment (for several clients) never share one. The result carries the draft as
   * written, with its number.
   */
  create(draft: InvoiceDraft): Promise<CreateResult> {
    return this.creating.run(async () => {
      const shelf = this.host.indexer.index.invoices;
      for (const [number, path] of this.handedOut) {
        if (shelf.byPath(path) !== null || !this.app.vault.getAbstractFileByPath(path)) this.handedOut.delete(number);
      }
      const used = [...shelf.numbersInUse(), ...this.handedOut.keys()];
      const layout = this.host.indexer.index.layout;
      let number = nextInvoiceNumber(this.host.settings.invoiceNumberPattern, draft.issued, used);
      // A note the index has not met yet (synced a moment ago) may hold the name: the next one then.
      while (this.app.vault.getAbstractFileByPath(normalizePath(invoiceNotePath(layout, draft.client.key, number)))) {
        used.push(number);
        number = nextInvoiceNumber(this.host.settings.invoiceNumberPattern, draft.issued, used);
      }
      const written = number === draft.number ? draft : { ...draft, number };
      const path = normalizePath(invoiceNotePath(layout, draft.client.key, number));
      const r = await this.writeNew(path, renderInvoiceNote(written, this.business()));
      if (!r.ok) return r;
      if (shelf.byPath(path) === null) this.handedOut.set(number.toLowerCase(), path);
      return { ...r, draft: written };
    });
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
