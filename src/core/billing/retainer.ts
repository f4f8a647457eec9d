// A retainer by calendar month in the client's zone: each month's fee is charged once, whatever
// periods invoices are asked for, and each month has an allowance (its included hours, plus with
// `rollover` what the month before left unused, never more than one month's worth) that every
// invoice billing that month's hours uses up. Time past the allowance is overage, measured across
// all invoices of the month.

import { DateTime } from "luxon";

/** "YYYY-MM" of an instant in a zone. */
export function monthIn(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toFormat("yyyy-MM");
}

/** The month after (n = 1) or before (n = −1) a "YYYY-MM". */
export function shiftMonth(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(total / 12)).padStart(4, "0")}-${String((total % 12) + 1).padStart(2, "0")}`;
}

/** Every month from `first` to `last`, both included ("YYYY-MM", first ≤ last). */
export function monthsFrom(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last && out.length < 1200; m = shiftMonth(m, 1)) out.push(m);
  return out;
}

/** The months a period of dates ("YYYY-MM-DD", inclusive) touches. */
export function monthsOfDates(fromDate: string, toDate: string): string[] {
  return monthsFrom(fromDate.slice(0, 7), toDate.slice(0, 7));
}

export interface RetainerHistory {
  /**
   * Months whose fee a live invoice charged → the allowance (minutes) it gave the month then, or
   * null when the invoice did not say (written before; worked out again from the months before).
   */
  charged: ReadonlyMap<string, number | null>;
  /** Month → minutes live invoices counted against its allowance. */
  used: ReadonlyMap<string, number>;
  /** Month → overage minutes live invoices billed for it. */
  overage: ReadonlyMap<string, number>;
}

export const NO_RETAINER_HISTORY: RetainerHistory = { charged: new Map(), used: new Map(), overage: new Map() };

/**
 * Allowances and overage of a retainer, month by month, as an invoice being drafted charges fees
 * and counts minutes (oldest month first). A month's allowance is fixed when its fee is charged:
 * hours logged late into the month before use that month's own allowance and do not change it.
 */
export class RetainerMonths {
  private readonly charged: Map<string, number | null>;
  private readonly used: Map<string, number>;
  private readonly overage: Map<string, number>;

  constructor(
    /** Included minutes a month. */
    private readonly includedMinutes: number,
    private readonly rollover: boolean,
    history: RetainerHistory,
  ) {
    this.charged = new Map(history.charged);
    this.used = new Map(history.used);
    this.overage = new Map(history.overage);
  }

  isCharged(month: string): boolean {
    return this.charged.has(month);
  }

  /** Charges a month's fee; its allowance is worked out now and kept. */
  charge(month: string): number {
    this.charged.set(month, null);
    const allowance = this.allowance(month);
    this.charged.set(month, allowance);
    return allowance;
  }

  usedIn(month: string): number {
    return this.used.get(month) ?? 0;
  }

  /**
   * The minutes a month includes: none when its fee is not charged; the allowance given when it
   * was charged; else its included minutes plus, with rollover, the unused part of the month
   * before (only when that month's fee was charged too, never more than one month's worth).
   */
  allowance(month: string): number {
    if (!this.charged.has(month)) return 0;
    const known = this.charged.get(month);
    if (known !== null && known !== undefined) return known;
    const before = shiftMonth(month, -1);
    if (!this.rollover || !this.charged.has(before)) return this.includedMinutes;
    // Months charged back to back, none recording its allowance, recurse as far back as they go.
    return this.includedMinutes + Math.min(this.includedMinutes, Math.max(0, this.allowance(before) - this.usedIn(before)));
  }

  /**
   * Counts `minutes` more against a month; returns the overage minutes this adds: what the
   * month's minutes exceed its allowance, less the overage live invoices already billed for it.
   * Negative when they billed more than that (an invoice that gave the month a smaller allowance
   * was voided since): minutes to credit.
   */
  count(month: string, minutes: number): number {
    const used = this.usedIn(month) + minutes;
    this.used.set(month, used);
    const billed = this.overage.get(month) ?? 0;
    const over = Math.max(0, used - this.allowance(month)) - billed;
    this.overage.set(month, billed + over);
    return over;
  }

  /** Takes back a credit that did not fit on the invoice: it stays owed to a later one. */
  uncredit(month: string, minutes: number): void {
    this.overage.set(month, (this.overage.get(month) ?? 0) - minutes);
  }

  /** Unused minutes of a month once everything billed so far is counted (what rolls into the next). */
  unused(month: string): number {
    return Math.max(0, this.allowance(month) - this.usedIn(month));
  }
}
