// The client note's invoice fields that only invoices read (docs/vault-format.md, "Invoice
// fields of the client note"): how lines are grouped, a discount, a deposit amount, a late fee and
// the billing address. Read beside parseClientNote, with one diagnostic per bad field.

import type { Diagnostic } from "../shared/types";
import { isCurrencyCode } from "../shared/currencies";
import { parseMajor } from "../shared/money";
import { parsePercent } from "./invoice-totals";

export type InvoiceLinesMode = "task" | "entry" | "package";
export const INVOICE_LINES: readonly InvoiceLinesMode[] = ["task", "entry", "package"];

export interface ClientInvoiceFields {
  lines: InvoiceLinesMode;
  /** Thousandths of a percent of the subtotal; 0 for none. */
  discountMilli: number;
  /** Minor units received upfront, when given as an amount; null to use the `deposit` percent. */
  depositMinor: number | null;
  /** Thousandths of a percent of the balance, charged once when overdue; 0 (off) by default. */
  lateFeeMilli: number;
  /** Billing address lines, as written. */
  address: string[];
}

export const DEFAULT_INVOICE_FIELDS: ClientInvoiceFields = { lines: "task", discountMilli: 0, depositMinor: null, lateFeeMilli: 0, address: [] };

export function readClientInvoiceFields(
  path: string,
  data: Record<string, unknown> | null,
  fieldLines: Map<string, number>,
  currency: string,
): { fields: ClientInvoiceFields; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const fields: ClientInvoiceFields = { ...DEFAULT_INVOICE_FIELDS, address: [] };
  if (!data) return { fields, diagnostics };
  const bad = (field: string, value: unknown, allowed: string) =>
    diagnostics.push({
      severity: "error",
      code: "field-value",
      file: path,
      line: fieldLines.get(field) ?? 1,
      field,
      params: { value: typeof value === "string" ? value : (JSON.stringify(value) ?? String(value)), allowed },
    });
  const present = (v: unknown) => v !== undefined && v !== null && v !== "";

  if (present(data.invoice_lines)) {
    const v = data.invoice_lines;
    if (typeof v === "string" && (INVOICE_LINES as readonly string[]).includes(v.trim())) fields.lines = v.trim() as InvoiceLinesMode;
    else bad("invoice_lines", v, INVOICE_LINES.join(", "));
  }
  for (const [field, key] of [
    ["discount", "discountMilli"],
    ["late_fee", "lateFeeMilli"],
  ] as const) {
    if (!present(data[field])) continue;
    const milli = parsePercent(data[field]);
    if (milli === null) bad(field, data[field], "0–100%");
    else fields[key] = milli;
  }
  if (present(data.deposit_amount) && isCurrencyCode(currency)) {
    const r = parseMajor(data.deposit_amount, currency);
    if (r.ok) fields.depositMinor = r.minor;
    else bad("deposit_amount", data.deposit_amount, `${currency} ≥ 0`);
  }
  if (present(data.address)) {
    const v = data.address;
    const items: unknown[] = Array.isArray(v) ? v : [v];
    if (items.every((x): x is string => typeof x === "string")) fields.address = items.flatMap((x) => x.split("\n")).map((x) => x.trim()).filter((x) => x !== "");
    else bad("address", v, "text");
  }
  return { fields, diagnostics };
}
