// Invoice totals from lines, in integer minor units. The rule (docs/vault-format.md, "Invoice
// notes"): each line's amount is rounded half up to a minor unit once; the subtotal is exactly the
// sum of the lines; a percentage discount is taken of the subtotal and each tax rate of the
// discounted subtotal, each rounded half up on its own; total = subtotal − discount + Σ taxes, so
// every figure shown adds up to the minor unit. A percentage deposit is a share of the total.

import type { TaxRate } from "../shared/types";
import { percentOf, sumMinor } from "../shared/money";

export interface TaxAmount {
  name: string;
  milliPercent: number;
  amount: number;
}

export interface Totals {
  subtotal: number;
  discount: number;
  taxes: TaxAmount[];
  tax: number;
  total: number;
  deposit: number;
  paid: number;
  balance: number;
}

export interface TotalsOptions {
  /** Thousandths of a percent of the subtotal (10% = 10000). */
  discountMilli?: number;
  /** A fixed discount in minor units; taken instead of a percentage when set. */
  discountMinor?: number;
  tax: readonly TaxRate[];
  /** Thousandths of a percent of the total received upfront. */
  depositMilli?: number;
  /** A deposit amount in minor units; taken instead of the percentage when set. */
  depositMinor?: number;
  paid?: number;
}

export function invoiceTotals(lineAmounts: readonly number[], o: TotalsOptions): Totals {
  const subtotal = sumMinor(lineAmounts);
  const rawDiscount = o.discountMinor ?? percentOf(subtotal, o.discountMilli ?? 0);
  // A discount larger than the subtotal would make a negative invoice; it stops at the subtotal.
  const discount = Math.min(Math.max(rawDiscount, 0), Math.max(subtotal, 0));
  const base = subtotal - discount;
  const taxes = o.tax.map((t) => ({ name: t.name, milliPercent: t.milliPercent, amount: percentOf(base, t.milliPercent) }));
  const tax = sumMinor(taxes.map((t) => t.amount));
  const total = base + tax;
  const rawDeposit = o.depositMinor ?? percentOf(total, o.depositMilli ?? 0);
  const deposit = Math.min(Math.max(rawDeposit, 0), Math.max(total, 0));
  const paid = o.paid ?? 0;
  return { subtotal, discount, taxes, tax, total, deposit, paid, balance: total - deposit - paid };
}

/** "10%", "8.875 %" or a number of percent → thousandths of a percent; null when not 0–100 with ≤ 3 decimals. */
export function parsePercent(value: unknown): number | null {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim().replace(/\s*%$/, "") : null;
  if (text === null) return null;
  const m = /^(\d{1,3})(?:\.(\d{1,3}))?$/.exec(text);
  if (!m) return null;
  const milli = +m[1] * 1000 + +(m[2] ?? "").padEnd(3, "0");
  return milli <= 100_000 ? milli : null;
}
