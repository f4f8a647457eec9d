// The period an invoice covers, as dates in the client's zone: the days from `from` to `to`
// inclusive, i.e. the instants from `from`'s midnight to the midnight after `to` there.

import { DateTime } from "luxon";
import type { Client } from "../shared/types";
import { isDateText } from "../notes/fields";
import { midnightAfter, midnightOf } from "../shared/zone-days";
import { monthsFrom, shiftMonth } from "./retainer";

export interface InvoicePeriod {
  /** "YYYY-MM-DD", inclusive. */
  fromDate: string;
  toDate: string;
  from: number;
  to: number;
}

// Zone arithmetic (zone-days.ts; luxon near an offset change) costs most of an invoice's time; clients share a few zones and months.
// Large enough for every month of ten years in a few dozen zones: `check` asks for the period of
// every invoice of the vault, client by client, and a smaller cache was cleared over and over.
const periods = new Map<string, InvoicePeriod>();
const PERIODS_KEPT = 8192;

export function periodOf(fromDate: string, toDate: string, zone: string): InvoicePeriod | null {
  if (!isDateText(fromDate) || !isDateText(toDate) || toDate < fromDate) return null;
  const key = `${fromDate}|${toDate}|${zone}`;
  const known = periods.get(key);
  if (known) return { ...known };
  const from = midnightOf(fromDate, zone);
  const to = midnightAfter(toDate, zone);
  const period = { fromDate, toDate, from, to };
  if (periods.size >= PERIODS_KEPT) periods.clear();
  periods.set(key, period);
  return { ...period };
}

/** "2026-10" → the whole month in the client's zone. */
export function monthPeriod(month: string, zone: string): InvoicePeriod | null {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return null;
  const days = new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0)).getUTCDate();
  return periodOf(`${month}-01`, `${month}-${String(days).padStart(2, "0")}`, zone);
}

export interface PeriodFacts {
  now: number;
  /** The client's zone: months and days are the client's. */
  zone: string;
  client: Pick<Client, "billing" | "retainerBilling" | "status">;
  /** Months with finished, billable entries not billed yet. */
  monthsWithWork: readonly string[];
  /** The first month with a finished, billable entry, billed or not (a retainer runs from then on). */
  firstWorked?: string | null;
  /** Months whose retainer fee a live invoice charged. */
  charged: ReadonlySet<string>;
}

/**
 * The default period, whole months of the client's zone: the oldest month that has ended and has
 * something left to bill (entries not billed yet; for a retainer invoiced in arrears, also a fee
 * not charged yet, from the first month it was charged or worked in). A retainer invoiced in
 * advance: the oldest month up to the current one whose fee is not charged yet, else the current
 * month when earlier months have hours to bill. Null when nothing is left: nothing is written then.
 */
export function defaultPeriod(f: PeriodFacts): InvoicePeriod | null {
  const current = DateTime.fromMillis(f.now, { zone: f.zone }).toFormat("yyyy-MM");
  const retainer = f.client.billing === "retainer";
  const running = f.client.status === "active" || f.client.status === "onboarding";
  const first = [...f.charged, ...f.monthsWithWork, ...(f.firstWorked ? [f.firstWorked] : [])].sort()[0];
  if (retainer && f.client.retainerBilling === "advance") {
    // The oldest month up to this one whose fee is not charged; else this month, for the hours
    // of earlier months still to bill.
    if (running) for (const m of monthsFrom(first !== undefined && first < current ? first : current, current)) if (!f.charged.has(m)) return monthPeriod(m, f.zone);
    return f.monthsWithWork.some((m) => m < current) ? monthPeriod(current, f.zone) : null;
  }
  const candidates = f.monthsWithWork.filter((m) => m < current);
  if (retainer && running) {
    if (first !== undefined && first < current) {
      for (const m of monthsFrom(first, shiftMonth(current, -1))) if (!f.charged.has(m)) candidates.push(m);
    }
  }
  if (candidates.length === 0) return null;
  return monthPeriod(candidates.sort()[0], f.zone);
}

/** Issue date + payment terms, a date in the client's zone. */
export function dueDate(issued: string, termsDays: number): string {
  // Calendar arithmetic on the date itself: days, not hours, so no zone is involved.
  return new Date(Date.parse(`${issued}T00:00:00Z`) + termsDays * 86_400_000).toISOString().slice(0, 10);
}
