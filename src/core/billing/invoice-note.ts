// Reading an invoice note (docs/vault-format.md, "Invoice notes") into an InvoiceRecord.
// Stable API for reports and the weekly review: `readInvoiceNote` and `InvoiceRecord`.
// Money fields are major-unit numbers in the note and integer minor units here; a field that does
// not read exactly gives a diagnostic naming it, and the invoice counts no money it cannot read.

import type { Diagnostic } from "../shared/types";
import { isCurrencyCode } from "../shared/currencies";
import { parseMajor, sumMinor } from "../shared/money";
import { FieldReader, isDateText, shownValue } from "../notes/fields";

export type InvoiceStatus = "draft" | "sent" | "paid" | "void";
/** A deposit invoice bills money received before the work; its payments are credited later. */
export type InvoiceKind = "invoice" | "deposit";
export const INVOICE_KINDS: readonly InvoiceKind[] = ["invoice", "deposit"];
export const INVOICE_STATUSES: readonly InvoiceStatus[] = ["draft", "sent", "paid", "void"];

export interface Payment {
  /** "YYYY-MM-DD" */
  date: string;
  /** Minor units of the invoice's currency. */
  amount: number;
  method: string;
}

export interface InvoiceRecord {
  file: string;
  /** The client folder the note lives in (its key). */
  clientKey: string;
  number: string;
  /** The `client` field as written (a link or a name). */
  client: string;
  status: InvoiceStatus;
  /** "YYYY-MM-DD" in the client's zone; null when missing or malformed. */
  issued: string | null;
  due: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  currency: string;
  /** Minor units. */
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
  deposit: number;
  paid: number;
  /** total − deposit − paid. */
  balance: number;
  /** Block ids of the entries billed, in the note's order. */
  entries: string[];
  /** Entry id → fingerprint of its start, end and billable flag when it was billed. */
  checks: ReadonlyMap<string, string>;
  /** Tasks (link targets) whose fixed-price package this invoice billed. */
  packages: string[];
  /** Unused retainer hours carried to the next month, in minutes (notes written before retainer_months). */
  carryMinutes: number;
  kind: InvoiceKind;
  /**
   * Months ("YYYY-MM", the client's zone) whose retainer fee this invoice charged; null when the
   * note was written before the field existed (its period then says which months it covered).
   */
  retainerMonths: string[] | null;
  /** Month → the allowance (minutes) this invoice gave a month whose fee it charged. */
  retainerAllowance: ReadonlyMap<string, number>;
  /** Month → minutes this invoice counted against that month's allowance. */
  retainerMinutes: ReadonlyMap<string, number>;
  /** Month → overage minutes this invoice billed for that month. */
  retainerOverage: ReadonlyMap<string, number>;
  /**
   * A retainer invoice written before retainer_months: it charged the fee of every month of its
   * period, and the minutes it counted are those of its entries.
   */
  legacyRetainer: boolean;
  payments: Payment[];
  /** True when every money field read exactly: only such an invoice is counted in totals. */
  moneyOk: boolean;
  /** 8 hex digits over what the client was sent (invoice-integrity.ts); null on notes written without one. */
  seal: string | null;
}

export interface InvoiceNoteInput {
  path: string;
  clientKey: string;
  data: Record<string, unknown> | null;
  fieldLines: Map<string, number>;
  yamlError: { line: number; reason: string } | null;
}

const PAYMENT = /^(\d{4}-\d{2}-\d{2})\s+(\S+)(?:\s+(.*))?$/;

/** The note's file name without `.md`: the number when the note has none. */
export function baseName(path: string): string {
  const slash = path.lastIndexOf("/");
  return path.slice(slash + 1).replace(/\.md$/, "");
}

/** A payment list item "2026-12-03 250.00 Wise" → Payment; null when it does not read. */
export function parsePayment(text: string, currency: string): Payment | null {
  const m = PAYMENT.exec(text.trim());
  if (!m || !isDateText(m[1])) return null;
  const r = parseMajor(m[2], currency);
  if (!r.ok) return null;
  return { date: m[1], amount: r.minor, method: (m[3] ?? "").trim() };
}

/**
 * An invoice note's frontmatter → InvoiceRecord and one diagnostic per bad field. Returns a null
 * invoice only when the note has no frontmatter that says `type: invoice` or carries a number.
 */
export function readInvoiceNote(input: InvoiceNoteInput): { invoice: InvoiceRecord | null; diagnostics: Diagnostic[] } {
  const f = new FieldReader(input);
  if (input.yamlError) {
    f.reportYaml(input.yamlError);
    return { invoice: null, diagnostics: f.problems };
  }
  const data = input.data;
  if (!data || (data.type !== "invoice" && data.number === undefined)) return { invoice: null, diagnostics: f.problems };
  const text = (field: string) => f.take(f.text(field));
  const missing = (field: string) => f.report("invoice-field-missing", field, { field });
  const date = (field: string, required: boolean): string | null => {
    if (required && !f.isSet(field)) missing(field);
    return f.take(f.date(field));
  };

  const number = text("number") ?? baseName(input.path);
  const status = f.or(f.choice("status", INVOICE_STATUSES), "draft");

  const read = f.currency("currency");
  if (!f.isSet("currency")) missing("currency");
  // A code that does not read is kept as written, and the invoice counts none of its money.
  const currency = f.take(read) ?? f.text("currency").value ?? "";
  let moneyOk = read.value !== null;

  const money = (field: string, required: boolean): number => {
    if (!f.isSet(field)) {
      if (required) {
        missing(field);
        moneyOk = false;
      }
      return 0;
    }
    if (!isCurrencyCode(currency)) return 0;
    const r = f.money(field, currency);
    if (r.problems.length > 0) moneyOk = false;
    return f.take(r) ?? 0;
  };
  // Written as `discount_amount`, `tax_amount` and `deposit_applied` since the client note's
  // `discount`, `tax` and `deposit` are of other types (one type per property name in Obsidian);
  // notes written before keep reading under the old names.
  const renamed = (field: string, before: string): number => money(f.isSet(field) || !f.isSet(before) ? field : before, false);
  const subtotal = money("subtotal", false);
  const discount = renamed("discount_amount", "discount");
  const tax = renamed("tax_amount", "tax");
  const total = money("total", true);
  const deposit = renamed("deposit_applied", "deposit");
  let paid = money("paid", false);

  const list = (field: string): string[] => f.take(f.list(field)) ?? [];
  const bad = (field: string, value: string, allowed: string): false => {
    f.report("field-value", field, { value, allowed });
    return false;
  };
  const entries = list("entries");
  // A block id may be written as its link form, with a caret.
  for (let i = 0; i < entries.length; i++) if (entries[i].charCodeAt(0) === 94) entries[i] = entries[i].slice(1);
  const checks = new Map<string, string>();
  for (const c of list("checks")) {
    const m = /^\^?(\S+)\s+([0-9a-f]{8})$/.exec(c);
    if (m) checks.set(m[1], m[2]);
    else f.report("field-value", "checks", { value: c, allowed: "ID HASH" }, "warning");
  }
  const payments: Payment[] = [];
  for (const p of list("payments")) {
    if (!isCurrencyCode(currency)) break;
    const parsed = parsePayment(p, currency);
    if (parsed) payments.push(parsed);
    else {
      f.report("invoice-payment-invalid", "payments", { value: p, currency });
      moneyOk = false;
    }
  }
  if (payments.length > 0) {
    const sum = sumMinor(payments.map((p) => p.amount));
    // The payments are the record; a hand-edited `paid` that disagrees is reported, not believed.
    if (f.isSet("paid") && sum !== paid) {
      f.report("invoice-paid-mismatch", "paid", { value: shownValue(f.raw("paid")), sum: String(sum) }, "warning");
    }
    paid = sum;
  }
  const sealText = text("seal");
  const seal = sealText === null || /^[0-9a-f]{8}$/.test(sealText) ? sealText : null;
  if (sealText !== null && seal === null) f.report("field-value", "seal", { value: sealText, allowed: "8 hex digits (0-9, a-f)" }, "warning");
  const carryMinutes = Math.round(f.or(f.number("retainer_carry", 0, Infinity, "hours ≥ 0"), 0) * 60);
  const monthMinutes = (field: string, minutesRequired: boolean): Map<string, number | null> => {
    const out = new Map<string, number | null>();
    if (!f.isSet(field)) return out;
    for (const item of list(field)) {
      const m = /^(\d{4}-(?:0[1-9]|1[0-2]))(?:\s+(-?\d+))?$/.exec(item.trim());
      if (m && (m[2] !== undefined || !minutesRequired)) out.set(m[1], m[2] === undefined ? null : (out.get(m[1]) ?? 0) + Number(m[2]));
      else bad(field, item, minutesRequired ? "YYYY-MM MINUTES" : "YYYY-MM [MINUTES]");
    }
    return out;
  };
  const months = f.isSet("retainer_months") ? monthMinutes("retainer_months", false) : null;
  const retainerMonths = months === null ? null : [...months.keys()];
  const retainerAllowance = new Map<string, number>();
  for (const [m, n] of months ?? []) if (n !== null) retainerAllowance.set(m, n);
  const numbers = (field: string): Map<string, number> => {
    const out = new Map<string, number>();
    if (!f.isSet(field)) return out;
    const read = monthMinutes(field, true);
    for (const [m, n] of read) out.set(m, n ?? 0);
    return out;
  };
  const retainerMinutes = numbers("retainer_minutes");
  const retainerOverage = numbers("retainer_overage");
  // Written before retainer_months: a retainer invoice (it has retainer_carry) charged the fee of
  // every month its period touched; its minutes come from its entries (legacyRetainer).
  const legacyRetainer = retainerMonths === null && f.isSet("retainer_carry");

  const invoice: InvoiceRecord = {
    file: input.path,
    clientKey: input.clientKey,
    number,
    client: text("client") ?? input.clientKey,
    status,
    issued: date("issued", true),
    due: date("due", false),
    periodFrom: date("period_from", false),
    periodTo: date("period_to", false),
    currency,
    subtotal,
    discount,
    tax,
    total,
    deposit,
    paid,
    balance: total - deposit - paid,
    entries,
    checks,
    packages: list("packages"),
    carryMinutes,
    kind: f.or(f.choice("invoice_kind", INVOICE_KINDS), "invoice"),
    retainerMonths,
    retainerAllowance,
    retainerMinutes,
    retainerOverage,
    legacyRetainer,
    payments,
    moneyOk,
    seal,
  };
  return { invoice, diagnostics: f.problems };
}
