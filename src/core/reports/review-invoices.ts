// The weekly review's "invoices outstanding": every sent invoice with a balance left, read from the
// invoice notes the index holds, overdue judged in each client's zone (invoice-ledger.ts).

import type { VaultIndex } from "../index/vault-index";
import { openInvoices } from "../billing/invoice-ledger";

export interface OutstandingInvoice {
  number: string;
  clientKey: string;
  currency: string;
  /** What is still to be paid, in minor units of `currency`. */
  balanceMinor: number;
  /** "YYYY-MM-DD" in the client's zone. */
  due: string;
  overdue: boolean;
}

/** Unpaid invoices at `now` (drafts and void invoices are not owed). */
export function outstandingInvoices(index: VaultIndex, now: number): OutstandingInvoice[] {
  const zoneOf = (key: string) => index.client(key)?.timezone ?? index.layoutZone();
  return openInvoices(index.invoices.records(), now, zoneOf).map(({ invoice, overdue }) => ({
    number: invoice.number,
    clientKey: invoice.clientKey,
    currency: invoice.currency,
    balanceMinor: invoice.balance,
    due: invoice.due ?? "",
    overdue,
  }));
}
