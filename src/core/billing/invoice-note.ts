// Reading an invoice note (docs/vault-format.md, "Invoice notes") into an InvoiceRecord.
// Stable API for reports and the weekly review: `readInvoiceNote` and `InvoiceRecord`.
// Money fields are major-unit numbers in the note and integer minor units here; a field that does
// not read exactly gives a diagnostic naming it, and the invoice counts no money it cannot read.

import type { Diagnostic, DiagnosticCode } from "../shared/types";
import { isCurrencyCode } from "../shared/currencies";
import { parseMajor, sumMinor } from "../shared/money";

export type InvoiceStatus = "draft" | "sent" | "paid" | "void";
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
  checks: Map<string, string>;
  /** Tasks (link targets) whose fixed-price package this invoice billed. */
  packages: string[];
  /** Unused retainer hours carried to the next month, in minutes. */
  carryMinutes: number;
  payments: Payment[];
  /** True when every money field read exactly: only such an invoice is counted in totals. */
  moneyOk: boolean;
}

export interface InvoiceNoteInput {
  path: string;
  clientKey: string;
  data: Record<string, unknown> | null;
  fieldLines: Map<string, number>;
  yamlError: { line: number; reason: string } | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PAYMENT = /^(\d{4}-\d{2}-\d{2})\s+(\S+)(?:\s+(.*))?$/;

/** The note's file name without `.md`: the number when the note has none. */
function baseName(path: string): string {
  const slash = path.lastIndexOf("/");
  return path.slice(slash + 1).replace(/\.md$/, "");
}

/** A payment list item "2026-12-03 250.00 Wise" → Payment; null when it does not read. */
export function parsePayment(text: string, currency: string): Payment | null {
  const m = PAYMENT.exec(text.trim());
  if (!m || !validDate(m[1])) return null;
  const r = parseMajor(m[2], currency);
  if (!r.ok) return null;
  return { date: m[1], amount: r.minor, method: (m[3] ?? "").trim() };
}

export function validDate(text: string): boolean {
  if (!DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/**
 * An invoice note's frontmatter → InvoiceRecord and one diagnostic per bad field. Returns a null
 * invoice only when the note has no frontmatter that says `type: invoice` or carries a number.
 */
export function readInvoiceNote(input: InvoiceNoteInput): { invoice: InvoiceRecord | null; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report = (code: DiagnosticCode, field: string | undefined, params: Record<string, string | number>, severity: "error" | "warning" = "error") =>
    diagnostics.push({ severity, code, file: input.path, line: field ? (input.fieldLines.get(field) ?? 1) : 1, field, params });
  if (input.yamlError) {
    diagnostics.push({ severity: "error", code: "yaml-broken", file: input.path, line: input.yamlError.line, params: { reason: input.yamlError.reason } });
    return { invoice: null, diagnostics };
  }
  const data = input.data;
  if (!data || (data.type !== "invoice" && data.number === undefined)) return { invoice: null, diagnostics };
  const shown = (v: unknown) => (typeof v === "string" ? v : (JSON.stringify(v) ?? String(v)));
  const text = (field: string): string | null => {
    const v = data[field];
    if (v === undefined || v === null || v === "") return null;
    if (typeof v === "string") return v.trim();
    if (typeof v === "number") return String(v);
    report("field-type", field, { value: shown(v), expected: "text" });
    return null;
  };
  const date = (field: string, required: boolean): string | null => {
    const v = text(field);
    if (v === null) {
      if (required) report("invoice-field-missing", field, { field });
      return null;
    }
    if (!validDate(v)) {
      report("field-value", field, { value: v, allowed: "YYYY-MM-DD" });
      return null;
    }
    return v;
  };

  const number = text("number") ?? baseName(input.path);
  const statusText = text("status") ?? "draft";
  let status: InvoiceStatus = "draft";
  if ((INVOICE_STATUSES as readonly string[]).includes(statusText)) status = statusText as InvoiceStatus;
  else report("field-value", "status", { value: statusText, allowed: INVOICE_STATUSES.join(", ") });

  let moneyOk = true;
  const cur = text("currency");
  let currency = cur ?? "";
  if (cur === null) {
    report("invoice-field-missing", "currency", { field: "currency" });
    moneyOk = false;
  } else if (!isCurrencyCode(cur)) {
    report("currency-unknown", "currency", { value: cur, hint: "" });
    moneyOk = false;
  }

  const money = (field: string, required: boolean): number => {
    const v = data[field];
    if (v === undefined || v === null || v === "") {
      if (required) {
        report("invoice-field-missing", field, { field });
        moneyOk = false;
      }
      return 0;
    }
    if (!isCurrencyCode(currency)) return 0;
    const r = parseMajor(v, currency);
    if (r.ok) return r.minor;
    report(r.reason === "negative" ? "money-negative" : r.reason === "precision" ? "money-precision" : "field-type", field, {
      value: shown(v),
      currency,
      expected: "number",
    });
    moneyOk = false;
    return 0;
  };
  const subtotal = money("subtotal", false);
  const discount = money("discount", false);
  const tax = money("tax", false);
  const total = money("total", true);
  const deposit = money("deposit", false);
  const paidField = data.paid;
  let paid = money("paid", false);

  const list = (field: string): string[] => {
    const v = data[field];
    if (v === undefined || v === null || v === "") return [];
    const items = Array.isArray(v) ? v : [v];
    const out: string[] = [];
    for (const item of items) {
      if (typeof item === "string" && item.trim() !== "") out.push(item.trim());
      else if (item !== null && item !== "") report("field-type", field, { value: shown(item), expected: "text" });
    }
    return out;
  };
  const entries = list("entries").map((id) => id.replace(/^\^/, ""));
  const checks = new Map<string, string>();
  for (const c of list("checks")) {
    const m = /^\^?(\S+)\s+([0-9a-f]{8})$/.exec(c);
    if (m) checks.set(m[1], m[2]);
    else report("field-value", "checks", { value: c, allowed: "ID HASH" }, "warning");
  }
  const payments: Payment[] = [];
  for (const p of list("payments")) {
    if (!isCurrencyCode(currency)) break;
    const parsed = parsePayment(p, currency);
    if (parsed) payments.push(parsed);
    else {
      report("invoice-payment-invalid", "payments", { value: p, currency });
      moneyOk = false;
    }
  }
  if (payments.length > 0) {
    const sum = sumMinor(payments.map((p) => p.amount));
    // The payments are the record; a hand-edited `paid` that disagrees is reported, not believed.
    if (paidField !== undefined && paidField !== null && paidField !== "" && sum !== paid) {
      report("invoice-paid-mismatch", "paid", { value: shown(paidField), sum: String(sum) }, "warning");
    }
    paid = sum;
  }
  const carry = data.retainer_carry;
  let carryMinutes = 0;
  if (carry !== undefined && carry !== null && carry !== "") {
    if (typeof carry === "number" && Number.isFinite(carry) && carry >= 0) carryMinutes = Math.round(carry * 60);
    else report("field-value", "retainer_carry", { value: shown(carry), allowed: "hours ≥ 0" });
  }

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
    payments,
    moneyOk,
  };
  return { invoice, diagnostics };
}
