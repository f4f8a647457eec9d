// The weekly review's "invoices outstanding": the same invoices `client-desk invoices` and the
// Invoices view list (invoice-outstanding.ts), so that none is hidden here: one whose money does not
// read stays listed and marked, a number on several notes is listed once and marked.

import type { VaultIndex } from "../index/vault-index";
import { outstandingInvoices } from "../billing/invoice-outstanding";

export interface ReviewInvoice {
  number: string;
  clientKey: string;
  currency: string;
  /** What is still to be paid, in minor units of `currency`, as read. */
  balanceMinor: number;
  /** "YYYY-MM-DD" in the client's zone. */
  due: string;
  overdue: boolean;
  /** Its money fields do not read (check names the field). */
  unreadable: boolean;
  /** The other notes with the same number. */
  duplicates: string[];
}

/** Unpaid invoices at `now` (drafts and void invoices are not owed). */
export function reviewInvoices(index: VaultIndex, now: number): ReviewInvoice[] {
  const zoneOf = (key: string) => index.client(key)?.timezone ?? index.layoutZone();
  return outstandingInvoices(index.invoices.records(), now, zoneOf).flatMap((g) =>
    g.invoices.map(({ invoice, overdue, unreadable, duplicates }) => ({
      number: invoice.number,
      clientKey: invoice.clientKey,
      currency: invoice.currency,
      balanceMinor: invoice.balance,
      due: invoice.due ?? "",
      overdue,
      unreadable,
      duplicates,
    })),
  );
}
