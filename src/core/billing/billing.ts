// Billing: the finished, billable, not yet billed entries of a client and period → invoice lines
// and totals, by the client's model (hourly, retainer by calendar month, fixed-price packages),
// grouping (`invoice_lines`), rounding, tax, discount and the deposit credited. Pure: the caller
// gives the entries, which ids are billed, what the client's live invoices charged (ClientLedger)
// and the packages. Money is integer minor units.

import type { Client, Entry } from "../shared/types";
import type { ClientInvoiceFields } from "./invoice-client";
import type { PackageInfo } from "./package-note";
import { billedMs, taskKey } from "./rounding";
import { multiplyRate } from "../shared/money";
import { entryFingerprint } from "./invoice-check";
import { invoiceTotals, type Totals } from "./invoice-totals";
import { append } from "../shared/append";
import { monthIn, monthsOfDates, RetainerMonths, type RetainerHistory } from "./retainer";
import { billsPackage, packageCharges } from "./client-package";

export type LineKind = "time" | "package" | "retainer" | "overage" | "deposit";

export interface InvoiceLine {
  kind: LineKind;
  /** Task, entry note or package name as written; for retainer/overage/deposit lines, empty (the writer names them). */
  text: string;
  /** The month ("YYYY-MM", the client's zone) of a retainer or overage line; null otherwise. */
  month: string | null;
  /** Billed minutes (time, overage, a retainer month's allowance); null for packages and deposits. */
  minutes: number | null;
  quantity: number;
  /** Minor units per hour (time, overage) or per delivery (package); null when not priced by the line. */
  unitPrice: number | null;
  amount: number;
  entryIds: string[];
  /** A package's deliverables, listed under the lines for the client. */
  details?: string[];
}

export type BillingProblemCode = "rate-missing" | "package-currency" | "invoice-nothing" | "invoice-entry-unpriced" | "billing-changed" | "deposit-percent-missing" | "deposit-amount";

export interface BillingProblem {
  code: BillingProblemCode;
  severity: "error" | "warning";
  field?: string;
  params: Record<string, string | number>;
}

export interface BillingInput {
  client: Client;
  fields: ClientInvoiceFields;
  /** The client's entries that may be billed: the caller gives at least those the period bills. */
  entries: readonly Entry[];
  /** The period, instants of its first and after its last day in the client's zone. */
  from: number;
  to: number;
  fromDate: string;
  toDate: string;
  /** Ids billed by invoice notes that are not void. */
  billed: { has(id: string): boolean };
  /** taskKey → package, for tasks sold as a fixed-price package. */
  packages: ReadonlyMap<string, PackageInfo>;
  /** taskKeys whose package an earlier invoice billed: their new entries are included at no charge. */
  packagesBilled: ReadonlySet<string>;
  /** The client's own service package (the client note's `package`), billed to a fixed-price client. */
  clientPackage?: PackageInfo | null;
  /** What the client's live invoices charged of the retainer (fee months, minutes per month). */
  retainer: RetainerHistory;
  /** Deposit money received and not yet credited, minor units: credited up to the total. */
  depositCredit: number;
  /**
   * A team's entry: who did it and their bill rate for this client (minor units an hour, null for
   * the client's rate); null for the owner's own time (docs/team.md). Hourly clients only.
   */
  personOf?: (e: Entry) => { name: string; rate: number | null } | null;
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
  /** Months whose retainer fee this invoice charges, with the allowance (minutes) each gets. */
  retainerMonths: [string, number][];
  /** Month → minutes this invoice counts against that month's allowance. */
  retainerMinutes: [string, number][];
  /** Month → overage minutes this invoice bills. */
  retainerOverage: [string, number][];
  /** Unused minutes of the last month billed, once this invoice is counted (what rolls over). */
  carryOutMinutes: number;
  problems: BillingProblem[];
}

const MIN = 60_000;

/**
 * The entries a period bills: finished, billable, with a written block id, not billed yet, and
 * started inside the period, or, for a retainer invoiced in advance, before it (the months before
 * the one whose fee it charges).
 */
export function billableEntries(input: Pick<BillingInput, "client" | "entries" | "from" | "to" | "billed">): Entry[] {
  const advance = input.client.billing === "retainer" && input.client.retainerBilling === "advance";
  return input.entries
    .filter((e) => e.billable && e.end !== null && e.end > e.start && (advance ? e.start < input.from : e.start >= input.from && e.start < input.to) && !input.billed.has(e.id))
    .sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Minutes per entry that add up to the task's rounded total (largest remainders get the extra minutes). */
function entryMinutes(entries: readonly Entry[], client: Client): Map<Entry, number> {
  const out = new Map<Entry, number>();
  if (client.rounding.scope !== "task") {
    for (const e of entries) out.set(e, Math.round(billedMs([e], client.rounding) / MIN));
    return out;
  }
  const byTask = new Map<string | null, Entry[]>();
  for (const e of entries) {
    const k = taskKey(e.task);
    const list = byTask.get(k);
    if (list) list.push(e);
    else byTask.set(k, [e]);
  }
  for (const group of byTask.values()) {
    const total = Math.round(billedMs(group, client.rounding) / MIN);
    const raw = group.map((e) => ((e.end ?? e.start) - e.start) / MIN);
    const sum = raw.reduce((a, b) => a + b, 0);
    const shares = raw.map((r) => (sum === 0 ? total / group.length : (r * total) / sum));
    const floors = shares.map(Math.floor);
    let left = total - floors.reduce((a, b) => a + b, 0);
    const order = shares.map((s, i) => [s - floors[i], i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    for (const [, i] of order) {
      if (left <= 0) break;
      floors[i]++;
      left--;
    }
    group.forEach((e, i) => out.set(e, floors[i]));
  }
  return out;
}

/** Time lines: by task (also for `package` mode), or one a line per entry; for a retainer, per month too. */
function timeLines(entries: readonly Entry[], client: Client, fields: ClientInvoiceFields, perMonth: boolean): InvoiceLine[] {
  const monthOf = (e: Entry) => (perMonth ? monthIn(e.start, client.timezone) : null);
  if (fields.lines === "entry") {
    const minutes = entryMinutes(entries, client);
    return entries.map((e) => ({
      kind: "time",
      text: e.note.trim() || (e.task ?? ""),
      month: monthOf(e),
      minutes: minutes.get(e) ?? 0,
      quantity: 1,
      unitPrice: null,
      amount: 0,
      entryIds: [e.id],
    }));
  }
  const groups = new Map<string, { text: string; month: string | null; entries: Entry[] }>();
  for (const e of entries) {
    const month = monthOf(e);
    const key = `${month ?? ""}|${taskKey(e.task) ?? ""}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { text: e.task ?? "", month, entries: [] }));
    g.entries.push(e);
  }
  return [...groups.values()].map((g) => ({
    kind: "time",
    text: g.text,
    month: g.month,
    minutes: Math.round(billedMs(g.entries, client.rounding) / MIN),
    quantity: 1,
    unitPrice: null,
    amount: 0,
    entryIds: g.entries.map((e) => e.id),
  }));
}

/** Time entries by the rate they bill at (a person's bill rate, else the client's) and, `byPerson`, by who did them. */
function rateGroups(
  entries: readonly Entry[],
  clientRate: number | null,
  byPerson: boolean,
  personOf: BillingInput["personOf"],
): { rate: number | null; who: string | null; entries: Entry[] }[] {
  if (!personOf) return [{ rate: clientRate, who: null, entries: [...entries] }];
  const groups = new Map<string, { rate: number | null; who: string | null; entries: Entry[] }>();
  for (const e of entries) {
    const p = personOf(e);
    const rate = p?.rate ?? clientRate;
    const who = byPerson && p !== null ? p.name : null;
    const key = `${rate}|${who ?? ""}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { rate, who, entries: [] }));
    g.entries.push(e);
  }
  return [...groups.values()];
}

export function bill(input: BillingInput): BillingResult {
  const { client, fields } = input;
  const problems: BillingProblem[] = [];
  const picked = billableEntries(input);

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
    pkgLines.set(groupKey, {
      kind: "package",
      text: fields.lines === "package" ? g.pkg.name : `${g.pkg.name}: ${g.task}`,
      month: null,
      minutes: null,
      quantity: already ? 0 : 1,
      unitPrice: g.pkg.price,
      amount: charge,
      entryIds: g.entries.map((e) => e.id),
      details: g.pkg.deliverables,
    });
  }
  let packageLines = 0;
  if (billsPackage(client, input.clientPackage)) {
    const charges = packageCharges(input.clientPackage, client, input.fromDate, input.toDate, input.packagesBilled);
    append(problems, charges.problems);
    append(lines, charges.lines);
    append(packagesOut, charges.keys);
    packageLines = charges.lines.length;
  }

  const retainerMonths: [string, number][] = [];
  const retainerMinutes: [string, number][] = [];
  const retainerOverage: [string, number][] = [];
  let carryOutMinutes = 0;
  if (client.billing === "retainer") {
    if (client.retainerFee === null || client.retainerHours === null) {
      problems.push({ code: "rate-missing", severity: "error", field: client.retainerFee === null ? "retainer_fee" : "retainer_hours", params: { billing: "retainer" } });
    } else {
      const months = new RetainerMonths(Math.round(client.retainerHours * 60), client.rollover, input.retainer);
      const byMonth = new Map<string, Entry[]>();
      for (const e of timed) {
        const m = monthIn(e.start, client.timezone);
        const list = byMonth.get(m);
        if (list) list.push(e);
        else byMonth.set(m, [e]);
      }
      // Each month of the period, or of the hours billed, whose fee no live invoice charged yet: a
      // month's hours are never measured without its allowance.
      const feeMonths = new Set([...monthsOfDates(input.fromDate, input.toDate), ...byMonth.keys()].filter((m) => !months.isCharged(m)));
      // Oldest month first: a month's fee is charged (and its allowance fixed, with what the month
      // before left over) after that month before has counted the minutes this invoice adds.
      const billedMonths = [...new Set([...feeMonths, ...byMonth.keys()])].sort();
      const overage: InvoiceLine[] = [];
      for (const m of billedMonths) {
        const list = byMonth.get(m) ?? [];
        const minutes = Math.round(billedMs(list, client.rounding) / MIN);
        if (feeMonths.has(m)) {
          const allowance = months.charge(m);
          retainerMonths.push([m, allowance]);
          lines.push({ kind: "retainer", text: "", month: m, minutes: allowance, quantity: 1, unitPrice: client.retainerFee, amount: client.retainerFee, entryIds: [] });
        }
        if (list.length === 0 && !feeMonths.has(m)) continue;
        if (list.length > 0) retainerMinutes.push([m, minutes]);
        const over = months.count(m, minutes);
        if (over === 0) continue;
        if (client.overageRate === null) {
          problems.push({ code: "rate-missing", severity: "error", field: "overage_rate", params: { billing: "retainer" } });
          continue;
        }
        const amount = multiplyRate(client.overageRate, Math.abs(over) * MIN);
        overage.push({ kind: "overage", text: "", month: m, minutes: over, quantity: 1, unitPrice: client.overageRate, amount: over < 0 ? -amount : amount, entryIds: [] });
      }
      // A credit (overage billed before under a smaller allowance) only as far as this invoice has
      // charges to take it from; what does not fit stays owed to a later invoice.
      let room = lines.reduce((a, l) => a + l.amount, 0) + overage.reduce((a, l) => a + Math.max(0, l.amount), 0);
      for (const l of overage) {
        if (l.amount >= 0) continue;
        if (-l.amount <= room) room += l.amount;
        else {
          months.uncredit(l.month ?? "", l.minutes ?? 0);
          l.amount = 0;
        }
      }
      const kept = overage.filter((l) => l.amount !== 0 || (l.minutes ?? 0) > 0);
      for (const l of kept) retainerOverage.push([l.month ?? "", l.minutes ?? 0]);
      overage.length = 0;
      append(overage, kept);
      append(lines, timeLines(timed, client, fields, billedMonths.length > 1));
      append(lines, overage);
      append(billedEntries, timed);
      if (client.rollover && billedMonths.length > 0) carryOutMinutes = Math.min(months.unused(billedMonths[billedMonths.length - 1]), Math.round(client.retainerHours * 60));
    }
  } else if (timed.length > 0) {
    const groups = rateGroups(timed, client.rate, fields.byPerson === true, input.personOf);
    const unpriced = groups.filter((g) => g.rate === null).reduce((n, g) => n + g.entries.length, 0);
    if (unpriced > 0) {
      if (client.billing === "fixed") {
        problems.push({ code: "invoice-entry-unpriced", severity: "warning", field: "rate", params: { count: unpriced } });
      } else {
        problems.push({ code: "rate-missing", severity: "error", field: "rate", params: { billing: client.billing } });
      }
    } else {
      for (const g of groups) {
        const rate = g.rate as number;
        for (const l of timeLines(g.entries, client, fields, false)) {
          l.unitPrice = rate;
          if (g.who !== null) l.text = l.text === "" ? g.who : `${g.who}: ${l.text}`;
          // Rounding works in whole minutes; amounts come from the same billed minutes.
          l.amount = multiplyRate(rate, (l.minutes ?? 0) * MIN);
          lines.push(l);
        }
      }
      append(billedEntries, timed);
    }
  }
  append(lines, pkgLines.values());

  const refused = problems.some((p) => p.severity === "error");
  if (!refused && billedEntries.length === 0 && retainerMonths.length === 0 && packageLines === 0) {
    problems.push({ code: "invoice-nothing", severity: "error", params: {} });
  }
  billedEntries.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // The deposit credited never exceeds the total (invoiceTotals stops it there).
  const totals = invoiceTotals(
    lines.map((l) => l.amount),
    { discountMilli: fields.discountMilli, tax: client.tax, depositMinor: Math.max(0, input.depositCredit) },
  );
  return {
    lines,
    totals,
    entries: billedEntries,
    checks: billedEntries.map((e) => [e.id, entryFingerprint(e)]),
    packages: packagesOut,
    retainerMonths,
    retainerMinutes,
    retainerOverage,
    carryOutMinutes,
    problems,
  };
}
