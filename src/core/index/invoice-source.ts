// What drafting one client's invoice reads from the index, the same for the plugin and the CLI:
// the client's invoices and entries, what is billed anywhere, the numbers in use, and the errors
// that refuse it. Touches only this client's notes (and the shelf's counters), never every invoice.

import type { Client } from "../shared/types";
import type { DraftRequest } from "../billing/invoice-draft";
import type { InvoicePeriod } from "../billing/invoice-period";
import type { PackageInfo } from "../billing/package-note";
import type { VaultIndex } from "./vault-index";
import { nextInvoiceNumber } from "../billing/invoice-number";

export interface DraftOptions {
  now: number;
  period: InvoicePeriod | null;
  pattern: string;
  packages: ReadonlyMap<string, PackageInfo>;
  /** Numbers handed out and not yet seen by the index (notes being created). */
  reserved?: Iterable<string>;
}

export function draftRequest(index: VaultIndex, client: Client, o: DraftOptions): DraftRequest {
  const shelf = index.invoices;
  const entries = index.entriesOf(client.key, -Infinity, Infinity);
  return {
    client,
    fields: shelf.clientFields(client.key),
    invoices: shelf.recordsOf(client.key),
    billed: { has: (id) => shelf.isBilled(id) },
    numbersInUse: shelf.numbersInUse(),
    nextNumber: (issued) => {
      const reserved = [...(o.reserved ?? [])];
      // Numbers handed out and not yet in the index: the next one past those too.
      return reserved.length === 0 ? shelf.nextNumber(o.pattern, issued) : nextInvoiceNumber(o.pattern, issued, [...shelf.numbersInUse(), ...reserved]);
    },
    entries,
    packages: o.packages,
    now: o.now,
    period: o.period,
    pattern: o.pattern,
    problemsIn: (from, to) => index.billingProblems(client.key, from, to),
  };
}
