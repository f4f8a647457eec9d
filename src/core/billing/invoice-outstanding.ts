// The outstanding invoices as `client-desk invoices` and the Invoices view list them: sent
// invoices with a balance, by currency, overdue first (openInvoices' order), with two rules of
// their own so that nothing owed is hidden and nothing is counted twice:
// - an invoice whose money does not read (a payment line that does not read, a bad amount) stays
//   listed while it is sent, marked `unreadable`; its balance is shown as read but not added to the
//   currency's sums, and `check` reports the field;
// - a number on several notes (an error `check` reports) is listed once: the first of its notes by
//   issue order (issued, number, file) that is outstanding, marked with the other notes' files.

import type { InvoiceRecord } from "./invoice-note";
import { byIssue, overdueState, type OpenInvoice } from "./invoice-ledger";
import { isCurrencyCode } from "../shared/currencies";
import { formatMoney } from "../shared/money";

export interface OutstandingInvoice extends OpenInvoice {
  /** Its money fields do not read: listed, not counted in the sums. */
  unreadable: boolean;
  /** The other notes with the same number (void or paid ones included), by issue order. */
  duplicates: string[];
}

export interface OutstandingGroup {
  currency: string;
  invoices: OutstandingInvoice[];
  /** Minor units, of the invoices whose money reads. */
  outstanding: number;
  overdue: number;
}

/** Sent with a balance, or sent with money that does not read (listed, never hidden). */
export function isOutstanding(inv: InvoiceRecord): boolean {
  return inv.status === "sent" && (!inv.moneyOk || inv.balance > 0);
}

/** Lower-cased number → its notes, in issue order: a number on several notes is one invoice listed once. */
export function notesByNumber(invoices: readonly InvoiceRecord[]): Map<string, InvoiceRecord[]> {
  const byNumber = new Map<string, InvoiceRecord[]>();
  for (const inv of [...invoices].sort(byIssue)) {
    const key = inv.number.toLowerCase();
    const list = byNumber.get(key);
    if (list) list.push(inv);
    else byNumber.set(key, [inv]);
  }
  return byNumber;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Outstanding invoices at `now` (only the overdue ones with `overdueOnly`), grouped by currency (see the top of this file). */
export function outstandingInvoices(invoices: readonly InvoiceRecord[], now: number, zoneOf: (clientKey: string) => string, overdueOnly = false): OutstandingGroup[] {
  const rows: OutstandingInvoice[] = [];
  for (const notes of notesByNumber(invoices).values()) {
    const listed = notes.find(isOutstanding);
    if (!listed) continue;
    const state = overdueState(listed, now, zoneOf(listed.clientKey));
    if (overdueOnly && !state.overdue) continue;
    rows.push({ invoice: listed, ...state, unreadable: !listed.moneyOk, duplicates: notes.filter((n) => n !== listed).map((n) => n.file) });
  }
  rows.sort((a, b) => cmp(a.invoice.currency, b.invoice.currency) || b.daysOverdue - a.daysOverdue || byIssue(a.invoice, b.invoice));
  const groups = new Map<string, OutstandingGroup>();
  for (const row of rows) {
    let g = groups.get(row.invoice.currency);
    if (!g) groups.set(row.invoice.currency, (g = { currency: row.invoice.currency, invoices: [], outstanding: 0, overdue: 0 }));
    g.invoices.push(row);
    if (row.unreadable) continue;
    g.outstanding += row.invoice.balance;
    if (row.overdue) g.overdue += row.invoice.balance;
  }
  return [...groups.values()];
}

/** An amount of a group or row as people read it; "—" when the currency is not one (its money reads as nothing). */
export function outstandingMoney(minor: number, currency: string, language: "en" | "vi"): string {
  return isCurrencyCode(currency) ? formatMoney(minor, currency, language) : "—";
}
