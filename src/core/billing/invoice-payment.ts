// Payment, sent and void as changes to an invoice note's frontmatter object (what
// FileManager.processFrontMatter, or the CLI's processFrontmatterText, hands over). Each change is
// checked against the invoice as it is in the note at that moment; fields the plugin does not know
// are left as they are. An invoice that leaves `draft` is sealed as it is then.

import type { InvoiceRecord } from "./invoice-note";
import { parsePayment, readInvoiceNote } from "./invoice-note";
import { isDateText } from "../notes/fields";
import { parseMajor, toMajorString } from "../shared/money";
import type { MessageKey, Params } from "../i18n";
import { invoiceSeal } from "./invoice-integrity";

export type PaymentCheck =
  | { ok: true; amount: number; text: string }
  | { ok: false; key: MessageKey; params: Params };

/** Whether a payment can be recorded on the invoice: amount > 0 and not above the balance. */
export function checkPayment(inv: InvoiceRecord, amountText: string, date: string, method: string): PaymentCheck {
  if (!inv.moneyOk) return { ok: false, key: "invoice.notice.money-unreadable", params: { number: inv.number } };
  if (inv.status === "void" || inv.status === "paid") return { ok: false, key: "invoice.notice.payment-closed", params: { number: inv.number, status: inv.status } };
  if (!isDateText(date.trim())) return { ok: false, key: "invoice.notice.payment-date-invalid", params: { value: date } };
  const r = parseMajor(amountText.trim(), inv.currency);
  if (!r.ok || r.minor <= 0) return { ok: false, key: "invoice.notice.payment-invalid", params: { value: amountText, currency: inv.currency } };
  if (r.minor > inv.balance) {
    return {
      ok: false,
      key: "invoice.notice.payment-too-large",
      params: { amount: toMajorString(r.minor, inv.currency), number: inv.number, balance: toMajorString(inv.balance, inv.currency) },
    };
  }
  // Commas and quotes would not survive a flow list; the method is a word or two ("Wise", "bank transfer").
  const cleanMethod = method.replace(/[,"'[\]{}#\n\r]/g, " ").replace(/\s+/g, " ").trim();
  const text = `${date.trim()} ${toMajorString(r.minor, inv.currency)}${cleanMethod === "" ? "" : ` ${cleanMethod}`}`;
  return { ok: true, amount: r.minor, text };
}

function reread(path: string, clientKey: string, fm: Record<string, unknown>): InvoiceRecord | null {
  return readInvoiceNote({ path, clientKey, data: fm, fieldLines: new Map(), yamlError: null }).invoice;
}

/**
 * An invoice leaving `draft` (sent, paid or void) is sealed as it is now: a draft may have been
 * edited before it was sent, and the seal records what the client was sent (invoice-integrity.ts).
 */
function sealIfDraft(fm: Record<string, unknown>, inv: InvoiceRecord): void {
  if (inv.status === "draft" && inv.moneyOk) fm.seal = invoiceSeal(inv);
}

function money(minor: number, currency: string): number {
  return Number(toMajorString(minor, currency));
}

/**
 * Appends a payment, then sets `paid`, `balance` and (at a zero balance) `status: paid`. Checks
 * again on the frontmatter as it is now: another device may have recorded a payment meanwhile.
 */
export function applyPayment(fm: Record<string, unknown>, path: string, clientKey: string, amountText: string, date: string, method: string): PaymentCheck {
  const inv = reread(path, clientKey, fm);
  if (!inv) return { ok: false, key: "invoice.notice.not-invoice", params: {} };
  const check = checkPayment(inv, amountText, date, method);
  if (!check.ok) return check;
  const before = Array.isArray(fm.payments) ? fm.payments : fm.payments === undefined || fm.payments === null || fm.payments === "" ? [] : [fm.payments];
  fm.payments = [...(before as unknown[]), check.text];
  // The latest payment's day as a flat date too, which Properties and Bases read as a Date
  // (`payments` stays the record; notes without `paid_on` read as before).
  fm.paid_on = (fm.payments as unknown[])
    .map((p) => String(p).trim().slice(0, 10))
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .reduce((a, b) => (b > a ? b : a), date);
  const paid = inv.paid + check.amount;
  fm.paid = money(paid, inv.currency);
  fm.balance = money(inv.total - inv.deposit - paid, inv.currency);
  sealIfDraft(fm, inv);
  if (inv.total - inv.deposit - paid === 0) fm.status = "paid";
  else if (inv.status === "draft") fm.status = "sent";
  return check;
}

export type StatusChange = { ok: true; record: InvoiceRecord } | { ok: false; key: MessageKey; params: Params };

export function checkSent(inv: InvoiceRecord): StatusChange {
  if (inv.status !== "draft") return { ok: false, key: "invoice.notice.status-not-draft", params: { number: inv.number, status: inv.status } };
  return { ok: true, record: inv };
}

export function checkVoid(inv: InvoiceRecord): StatusChange {
  if (inv.status === "void") return { ok: false, key: "invoice.notice.already-void", params: { number: inv.number } };
  if (inv.payments.length > 0 || inv.paid > 0) return { ok: false, key: "invoice.notice.void-paid", params: { number: inv.number } };
  return { ok: true, record: inv };
}

export function applySent(fm: Record<string, unknown>, path: string, clientKey: string): StatusChange {
  const inv = reread(path, clientKey, fm);
  if (!inv) return { ok: false, key: "invoice.notice.not-invoice", params: {} };
  const check = checkSent(inv);
  if (check.ok) {
    sealIfDraft(fm, inv);
    fm.status = "sent";
  }
  return check;
}

export function applyVoid(fm: Record<string, unknown>, path: string, clientKey: string): StatusChange {
  const inv = reread(path, clientKey, fm);
  if (!inv) return { ok: false, key: "invoice.notice.not-invoice", params: {} };
  const check = checkVoid(inv);
  if (check.ok) {
    sealIfDraft(fm, inv);
    fm.status = "void";
  }
  return check;
}

export { parsePayment };
