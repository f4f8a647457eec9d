// Putting an invoice together: the period (whole months by default), what the client's live
// invoices already charged, the refusal when the data has errors, the next number, the due date
// and the lines. Shared by the "Create invoice" command and `client-desk invoice`, so both write
// the same note for the same vault and clock.

import type { Client, Diagnostic, Entry } from "../shared/types";
import type { ClientInvoiceFields } from "./invoice-client";
import type { InvoiceRecord } from "./invoice-note";
import type { PackageInfo } from "./package-note";
import { bill, billableEntries, type BillingProblem, type InvoiceLine } from "./billing";
import { invoiceTotals } from "./invoice-totals";
import { percentOf } from "../shared/money";
import { clientLedger, type ClientLedger } from "./client-ledger";
import { dateIn } from "./invoice-ledger";
import { nextInvoiceNumber } from "./invoice-number";
import { defaultPeriod, dueDate, monthPeriod, type InvoicePeriod } from "./invoice-period";
import { billsPackage, packageDue } from "./client-package";
import type { InvoiceDraft } from "./invoice-write";
import { monthIn, monthsOfDates } from "./retainer";

export interface DraftRequest {
  client: Client;
  fields: ClientInvoiceFields;
  /** The client's invoice notes, every status. */
  invoices: readonly InvoiceRecord[];
  /** Whether a live invoice (of any client) bills an entry id; by default, one of `invoices`. */
  billed?: { has(id: string): boolean };
  /** Invoice numbers and file names in use across the vault; by default, those of `invoices`. */
  numbersInUse?: Iterable<string>;
  /** The next number for an issue date, when the caller keeps one (the index does); else from numbersInUse. */
  nextNumber?: (issued: string) => string;
  /** The client's entries, all of them (unbilled ones of any month choose the default period). */
  entries: readonly Entry[];
  /** Entries by id, for invoices written before retainer_minutes (their minutes come from their entries). */
  entriesByIds?: (ids: readonly string[]) => readonly Entry[];
  packages: ReadonlyMap<string, PackageInfo>;
  /** The client's own package (its note's `package`, resolved): a fixed-price client is billed it. */
  clientPackage?: PackageInfo | null;
  now: number;
  /** Null for the default period. */
  period: InvoicePeriod | null;
  pattern: string;
  /**
   * What `check` reports as an error about the client or its time in [from, to): the client note,
   * its invoice fields, the log notes' unreadable lines and ids used twice. Any of them refuses the
   * invoice.
   */
  problemsIn?: (from: number, to: number) => Diagnostic[];
  /** A team's entry: who did it and their bill rate for the client (docs/team.md); see BillingInput. */
  personOf?: (e: Entry) => { name: string; rate: number | null } | null;
}

export type DraftResult =
  | { ok: true; draft: InvoiceDraft; warnings: BillingProblem[]; period: InvoicePeriod }
  /** `period` is null when nothing is left to bill at all. */
  | { ok: false; problems: BillingProblem[]; diagnostics: Diagnostic[]; period: InvoicePeriod | null };

/** An id the index made up for a line without a block id: it moves with the line, so it never bills. */
export function isWrittenId(id: string): boolean {
  return /^[A-Za-z0-9-]+$/.test(id);
}

export function ledgerOf(req: Pick<DraftRequest, "client" | "invoices" | "entries" | "entriesByIds">): ClientLedger {
  const byIds = (ids: readonly string[]) => {
    const wanted = new Set(ids);
    return req.entries.filter((e) => wanted.has(e.id));
  };
  const includedMinutes = Math.round((req.client.retainerHours ?? 0) * 60);
  return clientLedger(req.invoices, { zone: req.client.timezone, rounding: req.client.rounding, includedMinutes, entriesByIds: req.entriesByIds ?? byIds });
}

/** The month of the earliest finished, billable entry. */
function firstWorked(entries: readonly Entry[], zone: string): string | null {
  let first = Infinity;
  for (const e of entries) if (e.billable && e.end !== null && e.start < first) first = e.start;
  return first === Infinity ? null : monthIn(first, zone);
}

export function draftInvoice(req: DraftRequest): DraftResult {
  const { client } = req;
  const billed = req.billed ?? new Set(req.invoices.flatMap((i) => (i.status === "void" ? [] : i.entries)));
  const numbersInUse = req.numbersInUse ?? req.invoices.map((i) => i.number);
  const zone = client.timezone;
  const ledger = ledgerOf(req);
  let period = req.period;
  if (period === null) {
    const open = billableEntries({ client: { ...client, retainerBilling: "arrears" }, entries: req.entries, from: -Infinity, to: Infinity, billed });
    period = defaultPeriod({
      now: req.now,
      zone,
      client,
      monthsWithWork: [...new Set(open.map((e) => monthIn(e.start, zone)))],
      firstWorked: firstWorked(req.entries, zone),
      charged: new Set(ledger.retainer.charged.keys()),
    });
    // A fixed-price client's package is billed in the month it is due (this month), with no time needed.
    if (period === null && billsPackage(client, req.clientPackage) && packageDue(req.clientPackage, monthIn(req.now, zone), ledger.packagesBilled)) {
      period = monthPeriod(monthIn(req.now, zone), zone);
    }
    if (period === null) return { ok: false, problems: [{ code: "invoice-nothing", severity: "error", params: {} }], diagnostics: [], period: null };
  }

  // Refuse rather than guess: any error about the client or its time in the period, and any entry
  // the period would bill that has no block id of its own.
  const diagnostics = (req.problemsIn?.(period.from, period.to) ?? []).filter((d) => d.severity === "error");
  const input = {
    client,
    fields: req.fields,
    entries: req.entries,
    from: period.from,
    to: period.to,
    fromDate: period.fromDate,
    toDate: period.toDate,
    billed,
    packages: req.packages,
    packagesBilled: ledger.packagesBilled,
    clientPackage: req.clientPackage ?? null,
    retainer: ledger.retainer,
    depositCredit: Math.max(0, (req.fields.depositMinor ?? 0) + ledger.depositPaid - ledger.depositApplied),
    personOf: req.personOf,
  };
  // A billing model changed inside a month that is already invoiced the other way: refused, since
  // either a retainer fee would be charged on top of hours billed, or hours billed on top of a fee.
  for (const month of monthsOfDates(period.fromDate, period.toDate)) {
    const other = ledger.invoices.find((inv) => {
      if (inv.kind === "deposit" || inv.periodFrom === null || inv.periodTo === null) return false;
      const asRetainer = inv.retainerMonths !== null || inv.legacyRetainer;
      const covers = inv.periodFrom.slice(0, 7) <= month && inv.periodTo.slice(0, 7) >= month;
      return covers && asRetainer !== (client.billing === "retainer") && (asRetainer ? ledger.retainer.charged.has(month) : inv.entries.length > 0);
    });
    if (other) return { ok: false, problems: [{ code: "billing-changed", severity: "error", params: { month, number: other.number } }], diagnostics: [], period };
  }
  for (const e of billableEntries(input)) {
    if (isWrittenId(e.id)) continue;
    diagnostics.push({ severity: "error", code: "entry-missing-id", file: e.file, line: e.line, params: { text: e.note } });
  }
  if (diagnostics.length > 0) return { ok: false, problems: [], diagnostics, period };

  const result = bill(input);
  const errors = result.problems.filter((p) => p.severity === "error");
  if (errors.length > 0) return { ok: false, problems: errors, diagnostics: [], period };
  const issued = dateIn(req.now, zone);
  const draft: InvoiceDraft = {
    kind: "invoice",
    number: req.nextNumber?.(issued) ?? nextInvoiceNumber(req.pattern, issued, [...numbersInUse]),
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
    retainerMonths: result.retainerMonths,
    retainerMinutes: result.retainerMinutes,
    retainerOverage: result.retainerOverage,
    carryOutMinutes: result.carryOutMinutes,
  };
  return { ok: true, draft, warnings: result.problems, period };
}

export interface DepositRequest {
  client: Client;
  fields: ClientInvoiceFields;
  /** Numbers and file names in use across the vault. */
  numbersInUse: Iterable<string>;
  now: number;
  pattern: string;
  /** Minor units: the deposit itself, or (with `ofTotal`) the package price or quote it is a share of. */
  amount: number;
  /** True when `amount` is the whole price and the client note's `deposit` percent of it is billed. */
  ofTotal: boolean;
  /** What the deposit is for, as the client reads it (a package or a quote); may be empty. */
  forText: string;
}

export type DepositProblem = "deposit-percent-missing" | "deposit-amount";

/**
 * A deposit invoice: money billed before the work, one line, no discount or tax (those are on the
 * invoices of the work). What is paid on it is credited on the client's later invoices until used up.
 */
export function draftDeposit(req: DepositRequest): { ok: true; draft: InvoiceDraft } | { ok: false; problem: DepositProblem } {
  const { client } = req;
  if (req.ofTotal && client.depositPercent <= 0) return { ok: false, problem: "deposit-percent-missing" };
  const amount = req.ofTotal ? percentOf(req.amount, Math.round(client.depositPercent * 1000)) : req.amount;
  if (!Number.isSafeInteger(amount) || amount <= 0) return { ok: false, problem: "deposit-amount" };
  const issued = dateIn(req.now, client.timezone);
  const line: InvoiceLine = { kind: "deposit", text: req.forText.trim(), month: null, minutes: null, quantity: 1, unitPrice: null, amount, entryIds: [] };
  return {
    ok: true,
    draft: {
      kind: "deposit",
      number: nextInvoiceNumber(req.pattern, issued, [...req.numbersInUse]),
      client,
      fields: req.fields,
      issued,
      due: dueDate(issued, client.paymentTermsDays),
      periodFrom: issued,
      periodTo: issued,
      lines: [line],
      totals: invoiceTotals([amount], { tax: [] }),
      entryIds: [],
      checks: [],
      packages: [],
      retainerMonths: [],
      retainerMinutes: [],
      retainerOverage: [],
      carryOutMinutes: 0,
    },
  };
}
