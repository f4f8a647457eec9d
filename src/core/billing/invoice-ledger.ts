// What the invoice notes say together: which entries are billed (void invoices bill nothing),
// the last invoice of a client, numbers used twice, entries claimed twice or edited after they
// were invoiced, and which invoices are outstanding or overdue in their client's zone.

import { DateTime } from "luxon";
import type { Diagnostic, Entry } from "../shared/types";
import type { InvoiceKind, InvoiceRecord, InvoiceStatus } from "./invoice-note";
import { entryFingerprint } from "./invoice-check";
import { taskKey } from "./rounding";
import { IdKeyMap, readIds, type IdReader } from "../shared/id-keys";

/**
 * What the ledger and `check` read of an invoice note: a few fields, and its ids one by one (the
 * index keeps each invoice as one string and reads them in place: ~240k ids at L, no string made).
 */
export interface InvoiceHead {
  file: string;
  clientKey: string;
  number: string;
  status: InvoiceStatus;
  kind: InvoiceKind;
  issued: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  /** How many ids it lists. */
  idCount: number;
  /** Its ids, in the note's order. */
  ids(): IdReader;
  /** Entry id → the fingerprint recorded when it was billed (most invoices record none). */
  checks(): ReadonlyMap<string, string>;
}

/** The head of a full record. */
export function headOfRecord(r: InvoiceRecord): InvoiceHead {
  return { ...r, idCount: r.entries.length, ids: () => readIds(r.entries), checks: () => r.checks };
}

/** Invoices in a stable order: issued, then number, then file, so "the first claim" means the same everywhere. */
export function byIssue(a: Pick<InvoiceRecord, "issued" | "number" | "file">, b: Pick<InvoiceRecord, "issued" | "number" | "file">): number {
  return cmp(a.issued ?? "", b.issued ?? "") || cmp(a.number, b.number) || cmp(a.file, b.file);
}

/** Code-unit order: dates and numbers are ASCII, and localeCompare costs a microsecond a call. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface Ledger {
  /** Entry id → the invoice that bills it (the first, when two claim it). Keyed by number: ~240k ids at L. */
  billedBy: IdKeyMap<InvoiceHead>;
  diagnostics: Diagnostic[];
}

/**
 * Billed ids across invoices. An entry two live invoices claim is billed by the first only and
 * reported on the second, so it is never counted twice.
 */
export function buildLedger(invoices: readonly InvoiceHead[]): Ledger {
  // Without a number used twice or an id claimed twice, the order of the invoices changes
  // nothing: they are sorted only when one pass in their own order found such a problem.
  const unsorted = claims(invoices);
  return unsorted.diagnostics.length === 0 ? unsorted : claims([...invoices].sort(byIssue));
}

function claims(invoices: readonly InvoiceHead[]): Ledger {
  const billedBy = new IdKeyMap<InvoiceHead>();
  let ids = 0;
  for (const inv of invoices) ids += inv.idCount;
  billedBy.reserve(ids);
  const diagnostics: Diagnostic[] = [];
  const numbers = new Map<string, InvoiceHead>();
  for (const inv of invoices) {
    const n = inv.number.toLowerCase();
    const first = numbers.get(n);
    if (first) {
      diagnostics.push({ severity: "error", code: "invoice-number-duplicate", file: inv.file, line: 1, field: "number", params: { value: inv.number, first: first.file } });
    } else numbers.set(n, inv);
    if (inv.status === "void") continue;
    for (const r = inv.ids(); r.next(); ) {
      const key = r.key;
      const other = key < 0 ? billedBy.get(r.id()) : billedBy.getKey(key);
      if (other && other !== inv) {
        diagnostics.push({ severity: "error", code: "invoice-entry-claimed-twice", file: inv.file, line: 1, field: "entries", params: { value: r.id(), first: other.number, firstFile: other.file } });
      } else if (other === undefined) {
        if (key < 0) billedBy.set(r.id(), inv);
        else billedBy.setKey(key, inv);
      }
    }
  }
  return { billedBy, diagnostics };
}

/**
 * Entries edited after they were invoiced (fingerprint changed) or gone from the vault, for live
 * invoices. `entryById` looks an entry up by its block id; `present`, when given, says whether it
 * is there without making the Entry (most invoices record no fingerprint to compare), by id or, for
 * a plugin id, by its key without its string.
 */
export function entryDiscrepancies(
  invoices: readonly InvoiceHead[],
  entryById: (id: string) => Entry | undefined,
  present?: { has(id: string): boolean; hasKey(key: number): boolean },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const inv of invoices) {
    if (inv.status === "void") continue;
    const checks = inv.checks();
    for (const r = inv.ids(); r.next(); ) {
      // Most ids: no fingerprint recorded, a plugin id, and an answer by key.
      if (checks.size === 0 && present !== undefined && r.key >= 0) {
        if (!present.hasKey(r.key)) out.push(missing(r.id(), inv));
        continue;
      }
      const id = r.id();
      const recorded = checks.get(id);
      const e = present !== undefined && recorded === undefined ? (present.has(id) ? null : undefined) : entryById(id);
      if (e === undefined) {
        out.push(missing(id, inv));
        continue;
      }
      if (e !== null && recorded !== undefined && recorded !== entryFingerprint(e)) {
        out.push({ severity: "warning", code: "invoice-entry-changed", file: e.file, line: e.line, params: { value: id, number: inv.number, invoice: inv.file } });
      }
    }
  }
  return out;
}

function missing(id: string, inv: InvoiceHead): Diagnostic {
  return { severity: "warning", code: "invoice-entry-missing", file: inv.file, line: 1, field: "entries", params: { value: id, number: inv.number } };
}

/** The live invoices of one client, in issue order. */
export function invoicesOfClient(invoices: readonly InvoiceRecord[], clientKey: string): InvoiceRecord[] {
  return invoices.filter((i) => i.clientKey === clientKey && i.status !== "void").sort(byIssue);
}

/** taskKeys whose package a live invoice of the client billed. */
export function packagesBilled(invoices: readonly InvoiceRecord[], clientKey: string): Set<string> {
  const out = new Set<string>();
  for (const inv of invoicesOfClient(invoices, clientKey)) for (const p of inv.packages) out.add(taskKey(p) ?? p);
  return out;
}

/** Retainer minutes the client's latest live invoice carried forward. */
export function carryIn(invoices: readonly InvoiceRecord[], clientKey: string): number {
  const list = invoicesOfClient(invoices, clientKey);
  return list.length === 0 ? 0 : list[list.length - 1].carryMinutes;
}

/** The latest `period_to` of the client's live invoices, "YYYY-MM-DD", or null. */
export function lastPeriodEnd(invoices: readonly InvoiceRecord[], clientKey: string): string | null {
  let last: string | null = null;
  for (const inv of invoicesOfClient(invoices, clientKey)) if (inv.periodTo !== null && (last === null || inv.periodTo > last)) last = inv.periodTo;
  return last;
}

export interface OpenInvoice {
  invoice: InvoiceRecord;
  /** Days past the due date in the client's zone; 0 when not yet overdue. */
  daysOverdue: number;
  overdue: boolean;
}

/** "YYYY-MM-DD" of an instant in a zone. */
export function dateIn(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISODate() ?? "";
}

/**
 * Sent (or drafted) invoices with a balance left, and whether each is overdue at `now`. An invoice
 * is overdue from the first moment of the day after its due date in the client's zone.
 */
export function openInvoices(invoices: readonly InvoiceRecord[], now: number, zoneOf: (clientKey: string) => string, includeDrafts = false): OpenInvoice[] {
  const out: OpenInvoice[] = [];
  for (const inv of invoices) {
    if (inv.status === "void" || inv.status === "paid" || (inv.status === "draft" && !includeDrafts)) continue;
    if (!inv.moneyOk || inv.balance <= 0) continue;
    out.push({ invoice: inv, ...overdueState(inv, now, zoneOf(inv.clientKey)) });
  }
  return out.sort((a, b) => cmp(a.invoice.currency, b.invoice.currency) || b.daysOverdue - a.daysOverdue || byIssue(a.invoice, b.invoice));
}

export function overdueState(inv: InvoiceRecord, now: number, zone: string): { overdue: boolean; daysOverdue: number } {
  if (inv.due === null || inv.status === "void" || inv.status === "paid" || inv.balance <= 0) return { overdue: false, daysOverdue: 0 };
  const today = DateTime.fromISO(dateIn(now, zone), { zone: "UTC" });
  const due = DateTime.fromISO(inv.due, { zone: "UTC" });
  const days = Math.round(today.diff(due, "days").days);
  return days > 0 ? { overdue: true, daysOverdue: days } : { overdue: false, daysOverdue: 0 };
}

export interface CurrencyGroup {
  currency: string;
  invoices: OpenInvoice[];
  /** Minor units. */
  outstanding: number;
  overdue: number;
}

export function groupByCurrency(open: readonly OpenInvoice[]): CurrencyGroup[] {
  const groups = new Map<string, CurrencyGroup>();
  for (const o of open) {
    let g = groups.get(o.invoice.currency);
    if (!g) groups.set(o.invoice.currency, (g = { currency: o.invoice.currency, invoices: [], outstanding: 0, overdue: 0 }));
    g.invoices.push(o);
    g.outstanding += o.invoice.balance;
    if (o.overdue) g.overdue += o.invoice.balance;
  }
  return [...groups.values()].sort((a, b) => cmp(a.currency, b.currency));
}
