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
  /** Months whose fee a live invoice charged. */
  charged: ReadonlySet<string>;
  /** Month → minutes live invoices counted against its allowance. */
  used: ReadonlyMap<string, number>;
}

/**
 * Allowances and overage of a retainer, month by month. `charged` and `used` may grow as an
 * invoice being drafted charges fees and counts minutes (oldest month first).
 */
export class RetainerMonths {
  private readonly charged: Set<string>;
  private readonly used: Map<string, number>;

  constructor(
    /** Included minutes a month. */
    private readonly includedMinutes: number,
    private readonly rollover: boolean,
    history: RetainerHistory,
  ) {
    this.charged = new Set(history.charged);
    this.used = new Map(history.used);
  }

  isCharged(month: string): boolean {
    return this.charged.has(month);
  }

  charge(month: string): void {
    this.charged.add(month);
  }

  usedIn(month: string): number {
    return this.used.get(month) ?? 0;
  }

  /**
   * The minutes a month includes: none when its fee is not charged; else its included minutes
   * plus, with rollover, the unused part of the month before (only when that month's fee was
   * charged too, and never more than one month's worth).
   */
  allowance(month: string): number {
    if (!this.charged.has(month)) return 0;
    // Walk back to the first month of the unbroken run of charged months, then forward.
    let first = month;
    while (this.rollover && this.charged.has(shiftMonth(first, -1))) first = shiftMonth(first, -1);
    let carry = 0;
    let allowance = 0;
    for (let m = first; ; m = shiftMonth(m, 1)) {
      allowance = this.includedMinutes + carry;
      if (m === month) return allowance;
      carry = Math.min(this.includedMinutes, Math.max(0, allowance - this.usedIn(m)));
    }
  }

  /** Counts `minutes` more against a month; returns how many of them are past its allowance. */
  count(month: string, minutes: number): number {
    const allowance = this.allowance(month);
    const before = this.usedIn(month);
    this.used.set(month, before + minutes);
    return Math.max(0, before + minutes - allowance) - Math.max(0, before - allowance);
  }

  /** Unused minutes of a month once everything billed so far is counted (what rolls into the next). */
  unused(month: string): number {
    return Math.max(0, this.allowance(month) - this.usedIn(month));
  }
}
