// The weekly review's "invoices outstanding" input. Invoices are built on another branch
// (src/core/invoice-note.ts reads invoice notes); until that reader is wired in here, the review
// lists none. This is the one place to connect it: map each unpaid invoice note to the shape below.

import type { VaultIndex } from "./vault-index";

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

/** Unpaid invoices at `now`. Not wired yet: returns an empty list (see the file's comment). */
export function outstandingInvoices(index: VaultIndex, now: number): OutstandingInvoice[] {
  void index;
  void now;
  return [];
}
