// Billing: the finished, billable, not yet billed entries of a client and period → invoice lines
// and totals, by the client's model (hourly, retainer, fixed-price packages), grouping
// (`invoice_lines`), rounding, tax, discount and deposit. Pure: the caller gives the entries, the
// ids already billed (from invoice notes) and the packages. Money is integer minor units.

import type { Client, Entry } from "../shared/types";
import type { ClientInvoiceFields } from "./invoice-client";
import type { PackageInfo } from "./package-note";
import { billedMs, taskKey } from "./rounding";
import { multiplyRate } from "../shared/money";
import { entryFingerprint } from "./invoice-check";
import { invoiceTotals, type Totals } from "./invoice-totals";
import { append } from "../shared/append";

export type LineKind = "time" | "package" | "retainer" | "overage";

export interface InvoiceLine {
  kind: LineKind;
  /** Task, entry note or package name as written; for retainer/overage lines, empty (the writer names them). */
  text: string;
  /** Billed minutes (time, overage, retainer's included hours); null for packages. */
  minutes: number | null;
  quantity: number;
  /** Minor units per hour (time, overage) or per delivery (package); null when not priced by the line. */
  unitPrice: number | null;
  amount: number;
  entryIds: string[];
}

export type BillingProblemCode = "rate-missing" | "package-currency" | "invoice-nothing" | "invoice-entry-unpriced";

export interface BillingProblem {
  code: BillingProblemCode;
  severity: "error" | "warning";
  field?: string;
  params: Record<string, string | number>;
}

export interface BillingInput {
  client: Client;
  fields: ClientInvoiceFields;
  /** The client's entries: only those starting in [from, to) that count are billed. */
  entries: readonly Entry[];
  from: number;
  to: number;
  /** Ids billed by invoice notes that are not void (a set, or a map keyed by id). */
  billed: { has(id: string): boolean };
  /** taskKey → package, for tasks sold as a fixed-price package. */
  packages: ReadonlyMap<string, PackageInfo>;
  /** taskKeys whose package an earlier invoice billed: their new entries are included at no charge. */
  packagesBilled: ReadonlySet<string>;
  /** Unused retainer minutes carried in from the previous invoice (rollover). */
  carryInMinutes: number;
  /**
   * A live invoice of the client already covers part of this period: the retainer fee (and its
   * hours) is not charged again, and new hours of that period are overage.
   */
  retainerFeeBilled?: boolean;
}

export interface BillingResult {
  lines: InvoiceLine[];
  totals: Totals;
  /** The entries billed, by start. */
  entries: Entry[];
  /** Entry id → fingerprint, for the `checks` field. */
  checks: [string, string][];
  /** taskKeys (as written) whose package this invoice bills. */
  packages: string[];
  carryOutMinutes: number;
  problems: BillingProblem[];
}

const MIN = 60_000;

export function bill(input: BillingInput): BillingResult {
  const { client, fields } = input;
  const problems: BillingProblem[] = [];
  const picked = input.entries
    .filter((e) => e.billable && e.end !== null && e.end > e.start && e.start >= input.from && e.start < input.to && !input.billed.has(e.id))
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));

  const packaged = new Map<string, { pkg: PackageInfo; task: string; entries: Entry[] }>();
  const timed: Entry[] = [];
  for (const e of picked) {
    const k = taskKey(e.task);
    const pkg = k === null ? undefined : input.packages.get(k);
    if (pkg && k !== null) {
      let g = packaged.get(k);
      if (!g) packaged.set(k, (g = { pkg, task: e.task ?? k, entries: [] }));
      g.entries.push(e);
    } else timed.push(e);
  }

  const lines: InvoiceLine[] = [];
  const billedEntries: Entry[] = [];
  const packagesOut: string[] = [];

  // Fixed-price packages: one delivery per task; grouped per package with `invoice_lines: package`.
  const pkgLines = new Map<string, InvoiceLine>();
  for (const [k, g] of packaged) {
    if (g.pkg.currency !== client.currency) {
      problems.push({ code: "package-currency", severity: "error", params: { package: g.pkg.name, currency: g.pkg.currency, client: client.currency, file: g.pkg.file } });
      continue;
    }
    const already = input.packagesBilled.has(k);
    const charge = already ? 0 : g.pkg.price;
    if (!already) packagesOut.push(k);
    append(billedEntries, g.entries);
    const groupKey = fields.lines === "package" ? `${g.pkg.key}|${already}` : k;
    const existing = pkgLines.get(groupKey);
    if (existing) {
      existing.quantity += already ? 0 : 1;
      existing.amount += charge;
      append(existing.entryIds, g.entries.map((e) => e.id));
      continue;
    }
    const line: InvoiceLine = {
      kind: "package",
      text: fields.lines === "package" ? g.pkg.name : `${g.pkg.name}: ${g.task}`,
      minutes: null,
      quantity: already ? 0 : 1,
      unitPrice: g.pkg.price,
      amount: charge,
      entryIds: g.entries.map((e) => e.id),
    };
    pkgLines.set(groupKey, line);
  }

  // Time: grouped by task (also for `package` mode), or one line per entry.
  const groups: { text: string; entries: Entry[] }[] = [];
  if (fields.lines === "entry") {
    for (const e of timed) groups.push({ text: e.note.trim() || (e.task ?? ""), entries: [e] });
  } else {
    const byTask = new Map<string | null, { text: string; entries: Entry[] }>();
    for (const e of timed) {
      const k = taskKey(e.task);
      let g = byTask.get(k);
      if (!g) byTask.set(k, (g = { text: e.task ?? "", entries: [] }));
      g.entries.push(e);
    }
    append(groups, byTask.values());
  }
  const timeLines: InvoiceLine[] = groups.map((g) => ({
    kind: "time",
    text: g.text,
    minutes: Math.round(billedMs(g.entries, client.rounding) / MIN),
    quantity: 1,
    unitPrice: null,
    amount: 0,
    entryIds: g.entries.map((e) => e.id),
  }));
  // Rounding works in whole minutes of ms; amounts come from the same billed milliseconds.
  const billedMsOf = (l: InvoiceLine) => (l.minutes ?? 0) * MIN;

  let carryOutMinutes = 0;
  if (client.billing === "retainer") {
    if (client.retainerFee === null || client.retainerHours === null) {
      problems.push({ code: "rate-missing", severity: "error", field: client.retainerFee === null ? "retainer_fee" : "retainer_hours", params: { billing: "retainer" } });
    } else {
      const again = input.retainerFeeBilled === true;
      const includedMin = again ? 0 : Math.round(client.retainerHours * 60);
      const available = includedMin + (again ? 0 : input.carryInMinutes);
      const used = timeLines.reduce((s, l) => s + (l.minutes ?? 0), 0);
      if (!again) lines.push({ kind: "retainer", text: "", minutes: available, quantity: 1, unitPrice: client.retainerFee, amount: client.retainerFee, entryIds: [] });
      append(billedEntries, timed);
      append(lines, timeLines);
      const over = Math.max(0, used - available);
      if (over > 0) {
        if (client.overageRate === null) {
          problems.push({ code: "rate-missing", severity: "error", field: "overage_rate", params: { billing: "retainer" } });
        } else {
          lines.push({ kind: "overage", text: "", minutes: over, quantity: 1, unitPrice: client.overageRate, amount: multiplyRate(client.overageRate, over * MIN), entryIds: [] });
        }
      }
      // Only this month's included hours roll over, never more than one month's worth.
      carryOutMinutes = client.rollover && !again ? Math.min(includedMin, Math.max(0, available - used)) : 0;
    }
  } else if (timeLines.length > 0) {
    if (client.rate === null) {
      if (client.billing === "fixed") {
        problems.push({ code: "invoice-entry-unpriced", severity: "warning", field: "rate", params: { count: timed.length } });
      } else {
        problems.push({ code: "rate-missing", severity: "error", field: "rate", params: { billing: client.billing } });
      }
    } else {
      const rate = client.rate;
      for (const l of timeLines) {
        l.unitPrice = rate;
        l.amount = multiplyRate(rate, billedMsOf(l));
      }
      append(lines, timeLines);
      append(billedEntries, timed);
    }
  }
  append(lines, pkgLines.values());

  const refused = problems.some((p) => p.severity === "error");
  if (!refused && billedEntries.length === 0 && !(client.billing === "retainer" && lines.some((l) => l.kind === "retainer"))) {
    problems.push({ code: "invoice-nothing", severity: "error", params: {} });
  }
  billedEntries.sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  const totals = invoiceTotals(
    lines.map((l) => l.amount),
    {
      discountMilli: fields.discountMilli,
      tax: client.tax,
      depositMilli: fields.depositMinor === null ? Math.round(client.depositPercent * 1000) : undefined,
      depositMinor: fields.depositMinor ?? undefined,
    },
  );
  return {
    lines,
    totals,
    entries: billedEntries,
    checks: billedEntries.map((e) => [e.id, entryFingerprint(e)]),
    packages: packagesOut,
    carryOutMinutes,
    problems,
  };
}
