// The client note's invoice fields that only invoices read (docs/vault-format.md, "Invoice
// fields of the client note"): how lines are grouped, a discount, a deposit amount, a late fee and
// the billing address. Read beside parseClientNote, with one diagnostic per bad field.

import type { Diagnostic } from "../shared/types";
import { isCurrencyCode } from "../shared/currencies";
import { FieldReader, shownValue } from "../notes/fields";
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
  /** The client's service package (`package`: a link or name), as written; null when none. */
  package: string | null;
  /** `invoice_by_person: true`: a team's time lines are split by the person who did it (docs/team.md). */
  byPerson?: boolean;
  /** `report_names_people: true`: the client's weekly reports name who did the work (docs/team.md). */
  reportNamesPeople?: boolean;
}

export const DEFAULT_INVOICE_FIELDS: ClientInvoiceFields = { lines: "task", discountMilli: 0, depositMinor: null, lateFeeMilli: 0, address: [], package: null };

export function readClientInvoiceFields(
  path: string,
  data: Record<string, unknown> | null,
  fieldLines: Map<string, number>,
  currency: string,
): { fields: ClientInvoiceFields; diagnostics: Diagnostic[] } {
  const f = new FieldReader({ path, data, fieldLines });
  const fields: ClientInvoiceFields = { ...DEFAULT_INVOICE_FIELDS, address: [] };
  if (!data) return { fields, diagnostics: f.problems };
  fields.lines = f.or(f.choice("invoice_lines", INVOICE_LINES), fields.lines);
  for (const [field, key] of [
    ["discount", "discountMilli"],
    ["late_fee", "lateFeeMilli"],
  ] as const) {
    if (!f.isSet(field)) continue;
    const milli = parsePercent(f.raw(field));
    if (milli === null) f.report("field-value", field, { value: shownValue(f.raw(field)), allowed: "0–100%" });
    else fields[key] = milli;
  }
  if (isCurrencyCode(currency)) fields.depositMinor = f.take(f.money("deposit_amount", currency));
  fields.package = f.take(f.text("package"));
  if (f.take(f.flag("invoice_by_person", true)) === true) fields.byPerson = true;
  if (f.take(f.flag("report_names_people", true)) === true) fields.reportNamesPeople = true;
  fields.address = (f.take(f.list("address")) ?? []).flatMap((x) => x.split("\n")).map((x) => x.trim()).filter((x) => x !== "");
  return { fields, diagnostics: f.problems };
}
