// Whether an invoice note still adds up and still says what its client was sent. `check` and
// "Check client data" report, for each invoice note, with its file, the field and the field's line:
// - a total that is not subtotal − discount_amount + tax_amount, and a written balance that is not
//   total − deposit_applied − paid (error);
// - a `paid` with no payment listed (warning; a `paid` that disagrees with the payments listed is
//   invoice-note.ts's invoice-paid-mismatch);
// - a status that disagrees with the money: `paid` with a balance owing (error), `draft`/`sent`
//   whose payments settled it (warning: mark it paid), `void` with payments (warning);
// - payments above what was due, total − deposit_applied (error);
// - an issued invoice edited by hand: the `seal`, written with the note, no longer matches its
//   number, client, currency, amounts and entries (error; a correction is a void and a new invoice).
// An invoice whose money does not read is reported by its fields only (invoice-note.ts).

import type { Diagnostic } from "../shared/types";
import type { InvoiceNoteInput, InvoiceRecord } from "./invoice-note";
import { FieldReader, shownValue } from "../notes/fields";
import { parseMajor, toMajorString } from "../shared/money";
import { fnv1a } from "./invoice-check";

/** What an invoice's seal covers: what the client was sent, not what changes as it is paid. */
export interface SealedFields {
  number: string;
  /** The `client` field as written: a link or a name. */
  client: string;
  currency: string;
  /** Minor units. */
  subtotal: number;
  discount: number;
  tax: number;
  total: number;
  deposit: number;
  /** Block ids of the entries billed, in order. */
  entries: readonly string[];
}

/**
 * The client a `client` field names, however it is written: `[[Clients/Acme/Acme.md|Acme]]`,
 * `[[Acme]]` and `Acme` are one client (Obsidian's links ignore case, path and alias).
 */
function clientName(text: string): string {
  const inner = text.trim().replace(/^\[\[/, "").replace(/\]\]$/, "");
  const target = inner.split("|")[0].split("#")[0];
  return target.slice(target.lastIndexOf("/") + 1).replace(/\.md$/i, "").trim().toLowerCase();
}

/**
 * Eight hex digits of FNV-1a over the number, client, currency, subtotal, discount, tax, total,
 * deposit (minor units) and entries. Written as the note's `seal` when the invoice is written and
 * again when it leaves `draft` (a draft may be edited before it is sent).
 */
export function invoiceSeal(s: SealedFields): string {
  return sealOfJoined(s, s.entries.join(" "));
}

/** invoiceSeal with the entries already joined by spaces (a note read in place has them so). */
export function sealOfJoined(s: Omit<SealedFields, "entries">, entries: string): string {
  const money = [s.subtotal, s.discount, s.tax, s.total, s.deposit].join(" ");
  return fnv1a(["seal-1", s.number, clientName(s.client), s.currency, money, entries].join("\n"));
}

/** A money value as written, negative allowed (a balance after an overpayment); null when it does not read. */
export function signedMoney(raw: unknown, currency: string): number | null {
  if (typeof raw === "number" && raw < 0) {
    const r = parseMajor(-raw, currency);
    return r.ok ? -r.minor : null;
  }
  if (typeof raw === "string" && raw.trim().startsWith("-")) {
    const r = parseMajor(raw.trim().slice(1), currency);
    return r.ok ? -r.minor : null;
  }
  const r = parseMajor(raw, currency);
  return r.ok ? r.minor : null;
}

/** What the integrity checks weigh: an invoice's status and money (minor units), and what its note says of it. */
export interface IntegrityFacts extends Pick<InvoiceRecord, "status" | "subtotal" | "discount" | "tax" | "total" | "deposit" | "paid" | "balance"> {
  /** Whether the note sets `subtotal`. */
  subtotalSet: boolean;
  /** The `balance` as written: undefined when the note does not set it, null when it does not read. */
  writtenBalance: number | null | undefined;
  paymentCount: number;
  seal: string | null;
  /** The seal of what the note says now, asked only when there is one to compare. */
  sealNow: () => string;
}

export type IntegrityCode =
  | "invoice-total-mismatch"
  | "invoice-balance-mismatch"
  | "invoice-paid-unlisted"
  | "invoice-status-owing"
  | "invoice-status-settled"
  | "invoice-overpaid"
  | "invoice-void-paid"
  | "invoice-edited";

/**
 * The rules of the list at the top, in their order: the codes of the problems found. One place for
 * them: invoiceIntegrity reports each, and the index's reader in place (index/invoice-fast.ts)
 * leaves any note with one to it.
 */
export function integrityCodes(f: IntegrityFacts): IntegrityCode[] {
  const out: IntegrityCode[] = [];
  if (f.subtotalSet && f.subtotal - f.discount + f.tax !== f.total) out.push("invoice-total-mismatch");
  if (f.writtenBalance !== undefined && f.writtenBalance !== f.balance) out.push("invoice-balance-mismatch");
  if (f.paymentCount === 0 && f.paid > 0) out.push("invoice-paid-unlisted");
  if (f.status === "paid" && f.balance > 0) out.push("invoice-status-owing");
  if ((f.status === "draft" || f.status === "sent") && f.paid > 0 && f.balance <= 0) out.push("invoice-status-settled");
  if (f.paid > f.total - f.deposit) out.push("invoice-overpaid");
  if (f.status === "void" && f.paid > 0) out.push("invoice-void-paid");
  if (f.status !== "draft" && f.seal !== null && f.sealNow() !== f.seal) out.push("invoice-edited");
  return out;
}

/** The integrity problems of one invoice note, given what readInvoiceNote made of it. */
export function invoiceIntegrity(input: InvoiceNoteInput, inv: InvoiceRecord | null): Diagnostic[] {
  if (!inv || !inv.moneyOk || input.yamlError) return [];
  const f = new FieldReader(input);
  const m = (minor: number) => toMajorString(minor, inv.currency);
  const due = inv.total - inv.deposit;
  const raw = f.raw("balance");
  const written = f.isSet("balance") ? signedMoney(raw, inv.currency) : undefined;
  let now = "";
  const codes = integrityCodes({
    status: inv.status,
    subtotal: inv.subtotal,
    discount: inv.discount,
    tax: inv.tax,
    total: inv.total,
    deposit: inv.deposit,
    paid: inv.paid,
    balance: inv.balance,
    subtotalSet: f.isSet("subtotal"),
    writtenBalance: written,
    paymentCount: inv.payments.length,
    seal: inv.seal,
    sealNow: () => (now = invoiceSeal(inv)),
  });
  for (const code of codes) {
    if (code === "invoice-total-mismatch") {
      f.report(code, "total", { subtotal: m(inv.subtotal), discount: m(inv.discount), tax: m(inv.tax), expected: m(inv.subtotal - inv.discount + inv.tax), total: m(inv.total) });
    } else if (code === "invoice-balance-mismatch") {
      f.report(code, "balance", { total: m(inv.total), deposit: m(inv.deposit), paid: m(inv.paid), expected: m(inv.balance), balance: typeof written === "number" ? m(written) : shownValue(raw) });
    } else if (code === "invoice-paid-unlisted") f.report(code, "paid", { value: m(inv.paid) }, "warning");
    else if (code === "invoice-status-owing") f.report(code, "status", { balance: m(inv.balance) });
    else if (code === "invoice-status-settled") f.report(code, "status", { balance: m(inv.balance), status: inv.status }, "warning");
    else if (code === "invoice-overpaid") f.report(code, inv.payments.length > 0 ? "payments" : "paid", { paid: m(inv.paid), due: m(due), over: m(inv.paid - due) });
    else if (code === "invoice-void-paid") f.report(code, "status", { paid: m(inv.paid) }, "warning");
    else f.report(code, "seal", { number: inv.number, status: inv.status, seal: inv.seal ?? "", now });
  }
  return f.problems;
}
