// What the invoice notes say together: which entries are billed (void invoices bill nothing),
// the last invoice of a client, numbers used twice, entries claimed twice or edited after they
// were invoiced, and which invoices are outstanding or overdue in their client's zone.

import { DateTime } from "luxon";
import type { Diagnostic, Entry } from "../shared/types";
import type { InvoiceRecord } from "./invoice-note";
import { entryFingerprint } from "./invoice-check";
import { taskKey } from "./rounding";
import { IdKeyMap } from "../shared/id-keys";

/** Invoices in a stable order: issued, then number, then file, so "the first claim" means the same everywhere. */
export function byIssue(a: InvoiceRecord, b: InvoiceRecord): number {
  return cmp(a.issued ?? "", b.issued ?? "") || cmp(a.number, b.number) || cmp(a.file, b.file);
}

/** Code-unit order: dates and numbers are ASCII, and localeCompare costs a microsecond a call. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface Ledger {
  /** Entry id → the invoice that bills it (the first, when two claim it). Keyed by number: ~240k ids at L. */
  billedBy: IdKeyMap<InvoiceRecord>;
  diagnostics: Diagnostic[];
}

/**
 * Billed ids across invoices. An entry two live invoices claim is billed by the first only and
 * reported on the second, so it is never counted twice.
 */
export function buildLedger(invoices: readonly InvoiceRecord[]): Ledger {
  const billedBy = new IdKeyMap<InvoiceRecord>();
  let ids = 0;
  for (const inv of invoices) ids += inv.entries.length;
  billedBy.reserve(ids);
  const diagnostics: Diagnostic[] = [];
  const sorted = [...invoices].sort(byIssue);
  const numbers = new Map<string, InvoiceRecord>();
  for (const inv of sorted) {
    const n = inv.number.toLowerCase();
    const first = numbers.get(n);
    if (first) {
      diagnostics.push({ severity: "error", code: "invoice-number-duplicate", file: inv.file, line: 1, field: "number", params: { value: inv.number, first: first.file } });
    } else numbers.set(n, inv);
    if (inv.status === "void") continue;
    for (const id of inv.entries) {
      const other = billedBy.get(id);
      if (other && other !== inv) {
        diagnostics.push({ severity: "error", code: "invoice-entry-claimed-twice", file: inv.file, line: 1, field: "entries", params: { value: id, first: other.number, firstFile: other.file } });
      } else billedBy.set(id, inv);
    }
  }
  return { billedBy, diagnostics };
}

/**
 * Entries edited after they were invoiced (fingerprint changed) or gone from the vault, for live
 * invoices. `entryById` looks an entry up by its block id; `has`, when given, says whether it is
 * there without making the Entry (most invoices record no fingerprint to compare).
 */
export function entryDiscrepancies(invoices: readonly InvoiceRecord[], entryById: (id: string) => Entry | undefined, has?: (id: string) => boolean): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const inv of invoices) {
    if (inv.status === "void") continue;
    for (const id of inv.entries) {
      const recorded = inv.checks.get(id);
      const e = has !== undefined && recorded === undefined ? (has(id) ? null : undefined) : entryById(id);
      if (e === undefined) {
        out.push({ severity: "warning", code: "invoice-entry-missing", file: inv.file, line: 1, field: "entries", params: { value: id, number: inv.number } });
        continue;
      }
      if (e !== null && recorded !== undefined && recorded !== entryFingerprint(e)) {
        out.push({ severity: "warning", code: "invoice-entry-changed", file: e.file, line: e.line, params: { value: id, number: inv.number, invoice: inv.file } });
      }
    }
  }
  return out;
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
