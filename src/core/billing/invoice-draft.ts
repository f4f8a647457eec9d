// Putting an invoice together: the period, the ids already billed, the carried retainer hours,
// the next number, the due date and the lines. Shared by the "Create invoice" command and
// `client-desk invoice`, so both write the same note for the same vault and clock.

import type { Client, Entry } from "../shared/types";
import type { ClientInvoiceFields } from "./invoice-client";
import type { InvoiceRecord } from "./invoice-note";
import type { PackageInfo } from "./package-note";
import { bill, type BillingProblem } from "./billing";
import { buildLedger, carryIn, dateIn, invoicesOfClient, lastPeriodEnd, packagesBilled, type Ledger } from "./invoice-ledger";
import { nextInvoiceNumber } from "./invoice-number";
import { defaultPeriod, dueDate, type InvoicePeriod } from "./invoice-period";
import type { InvoiceDraft } from "./invoice-write";

export interface DraftRequest {
  client: Client;
  fields: ClientInvoiceFields;
  /** Every invoice note of the vault (numbers are unique across it). */
  invoices: readonly InvoiceRecord[];
  /** buildLedger(invoices), when the caller keeps one (the index does). */
  ledger?: Ledger;
  /** Numbers in use that may not be in `invoices`: file names of notes in Invoices folders. */
  extraNumbers?: Iterable<string>;
  /** The client's entries (any range that covers the period), or how to get those of [from, to). */
  entries: readonly Entry[] | ((from: number, to: number) => readonly Entry[]);
  packages: ReadonlyMap<string, PackageInfo>;
  now: number;
  /** Null for the default period. */
  period: InvoicePeriod | null;
  pattern: string;
}

export type DraftResult =
  | { ok: true; draft: InvoiceDraft; warnings: BillingProblem[]; period: InvoicePeriod }
  | { ok: false; problems: BillingProblem[]; period: InvoicePeriod };

export function draftInvoice(req: DraftRequest): DraftResult {
  const { client } = req;
  const zone = client.timezone;
  const period = req.period ?? defaultPeriod(req.now, zone, lastPeriodEnd(req.invoices, client.key));
  const ledger = req.ledger ?? buildLedger(req.invoices);
  const result = bill({
    client,
    fields: req.fields,
    entries: typeof req.entries === "function" ? req.entries(period.from, period.to) : req.entries,
    from: period.from,
    to: period.to,
    billed: ledger.billedBy,
    packages: req.packages,
    packagesBilled: packagesBilled(req.invoices, client.key),
    carryInMinutes: client.billing === "retainer" && client.rollover ? carryIn(req.invoices, client.key) : 0,
    retainerFeeBilled:
      client.billing === "retainer" &&
      invoicesOfClient(req.invoices, client.key).some((i) => i.periodFrom !== null && i.periodTo !== null && i.periodFrom <= period.toDate && i.periodTo >= period.fromDate),
  });
  const errors = result.problems.filter((p) => p.severity === "error");
  if (errors.length > 0) return { ok: false, problems: errors, period };
  const issued = dateIn(req.now, zone);
  const used = [...req.invoices.map((i) => i.number), ...(req.extraNumbers ?? [])];
  const draft: InvoiceDraft = {
    number: nextInvoiceNumber(req.pattern, issued, used),
    client,
    fields: req.fields,
    issued,
    due: dueDate(issued, client.paymentTermsDays),
    periodFrom: period.fromDate,
    periodTo: period.toDate,
    lines: result.lines,
    totals: result.totals,
    entryIds: result.entries.map((e) => e.id),
    checks: result.checks,
    packages: result.packages,
    carryInMinutes: client.billing === "retainer" && client.rollover ? carryIn(req.invoices, client.key) : 0,
    carryOutMinutes: result.carryOutMinutes,
  };
  return { ok: true, draft, warnings: result.problems, period };
}
