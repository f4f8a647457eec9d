// What drafting one client's invoice reads from the index, the same for the plugin and the CLI:
// the client's invoices and entries, what is billed anywhere, the numbers in use, and the errors
// that refuse it. Touches only this client's notes (and the shelf's counters), never every invoice.

import type { Client, Entry } from "../shared/types";
import { billRateFor } from "../lifecycle/people";
import { draftDeposit, type DraftRequest, type DraftResult } from "../billing/invoice-draft";
import { dateIn } from "../billing/invoice-ledger";
import { parseMajor } from "../shared/money";
import type { InvoicePeriod } from "../billing/invoice-period";
import { findPackage, type PackageInfo } from "../billing/package-note";
import type { VaultIndex } from "./vault-index";
import { nextInvoiceNumber } from "../billing/invoice-number";
import { mayBill, standingOf } from "./entry-standing";
import { personOfLog } from "../shared/paths";

export interface DraftOptions {
  now: number;
  period: InvoicePeriod | null;
  pattern: string;
  packages: ReadonlyMap<string, PackageInfo>;
  /** Every package note that reads: the client note's `package` is looked up among them. */
  packageNotes?: readonly PackageInfo[];
  /** Numbers handed out and not yet seen by the index (notes being created). */
  reserved?: Iterable<string>;
}

export function draftRequest(index: VaultIndex, client: Client, o: DraftOptions): DraftRequest {
  const shelf = index.invoices;
  // A team's time bills only once approved (docs/team.md); a VA alone has only her own entries.
  const all = index.allEntriesOf(client.key);
  const zone = index.layoutZone();
  const entries = all.some((e) => personOfLog(e.file) !== null) ? all.filter((e) => mayBill(standingOf(e, index.team, zone))) : all;
  const fields = shelf.clientFields(client.key);
  return {
    client,
    fields,
    clientPackage: findPackage(fields.package, o.packageNotes ?? []),
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
    personOf: entries === all ? undefined : (e) => teamRate(index, client, e),
  };
}

/** Who did a team member's entry, and their bill rate for the client (null: the client's own). */
function teamRate(index: VaultIndex, client: Client, e: Entry): { name: string; rate: number | null } | null {
  const key = personOfLog(e.file);
  const p = key === null ? null : index.team.find(key);
  if (p === null || p.role === "owner") return null;
  const typed = billRateFor(p, client);
  const r = typed === null ? null : parseMajor(typed, client.currency);
  return { name: p.name, rate: r !== null && r.ok ? r.minor : null };
}

export interface DepositOptions {
  now: number;
  pattern: string;
  /** Major units as typed, in the client's currency. */
  amount: string;
  /** True when `amount` is the whole price and the client note's `deposit` percent of it is billed. */
  ofTotal: boolean;
  forText: string;
  reserved?: Iterable<string>;
}

/** A deposit invoice's draft, refused (as any invoice is) while check reports errors about the client. */
export function draftDepositInvoice(index: VaultIndex, client: Client, o: DepositOptions): DraftResult {
  const day = dateIn(o.now, client.timezone);
  const period = { from: o.now, to: o.now, fromDate: day, toDate: day };
  const errors = index.billingProblems(client.key, o.now, o.now + 1);
  if (errors.length > 0) return { ok: false, problems: [], diagnostics: errors, period };
  const parsed = parseMajor(o.amount.trim(), client.currency);
  const r = draftDeposit({
    client,
    fields: index.invoices.clientFields(client.key),
    numbersInUse: [...index.invoices.numbersInUse(), ...(o.reserved ?? [])],
    now: o.now,
    pattern: o.pattern,
    amount: parsed.ok ? parsed.minor : 0,
    ofTotal: o.ofTotal,
    forText: o.forText,
  });
  if (!r.ok) return { ok: false, problems: [{ code: r.problem, severity: "error", params: { percent: client.depositPercent, value: o.amount, currency: client.currency } }], diagnostics: [], period };
  return { ok: true, draft: r.draft, warnings: [], period };
}
