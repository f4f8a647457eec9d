// Every invoice note for the Invoices view, newest first, filtered by status and client, each
// marked as outstanding (sent with a balance, or with money that does not read), overdue in its
// client's zone, and with the other notes that share its number. The sums per currency stay with
// invoice-outstanding.ts: this list adds nothing up.

import type { InvoiceRecord, InvoiceStatus } from "./invoice-note";
import { byIssue, overdueState } from "./invoice-ledger";
import { isOutstanding, notesByNumber } from "./invoice-outstanding";

/** What the list shows: every note, the outstanding or overdue ones, or one status. */
export type InvoiceStatusFilter = "all" | "outstanding" | "overdue" | InvoiceStatus;
export const INVOICE_STATUS_FILTERS: readonly InvoiceStatusFilter[] = ["all", "outstanding", "overdue", "draft", "sent", "paid", "void"];

export interface InvoiceFilter {
  status: InvoiceStatusFilter;
  /** A client key, or null for every client. */
  client: string | null;
}

export interface InvoiceRow {
  invoice: InvoiceRecord;
  /** Sent and still owed (or its money does not read, so it may be). */
  outstanding: boolean;
  overdue: boolean;
  daysOverdue: number;
  unreadable: boolean;
  /** The other notes with the same number, by issue order. */
  duplicates: string[];
}

/** The rows `filter` keeps, newest issue first (a note without an issue date last). */
export function invoiceRows(invoices: readonly InvoiceRecord[], now: number, zoneOf: (clientKey: string) => string, filter: InvoiceFilter): InvoiceRow[] {
  const byNumber = notesByNumber(invoices);
  const rows: InvoiceRow[] = [];
  for (const inv of invoices) {
    if (filter.client !== null && inv.clientKey !== filter.client) continue;
    const outstanding = isOutstanding(inv);
    const state = outstanding ? overdueState(inv, now, zoneOf(inv.clientKey)) : { overdue: false, daysOverdue: 0 };
    const keep =
      filter.status === "all" ||
      (filter.status === "outstanding" && outstanding) ||
      (filter.status === "overdue" && state.overdue) ||
      filter.status === inv.status;
    if (!keep) continue;
    const duplicates = (byNumber.get(inv.number.toLowerCase()) ?? []).filter((n) => n !== inv).map((n) => n.file);
    rows.push({ invoice: inv, outstanding, ...state, unreadable: !inv.moneyOk, duplicates });
  }
  return rows.sort((a, b) => -byIssue(a.invoice, b.invoice));
}

/** The clients that have invoices, by key, for the client filter. */
export function invoiceClients(invoices: readonly InvoiceRecord[]): string[] {
  return [...new Set(invoices.map((i) => i.clientKey))].sort((a, b) => a.localeCompare(b));
}
