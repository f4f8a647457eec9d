// The period an invoice covers, as dates in the client's zone: the days from `from` to `to`
// inclusive, i.e. the instants from `from`'s midnight to the midnight after `to` there.

import { DateTime } from "luxon";
import { isDateText } from "../notes/fields";

export interface InvoicePeriod {
  /** "YYYY-MM-DD", inclusive. */
  fromDate: string;
  toDate: string;
  from: number;
  to: number;
}

// luxon's zone arithmetic costs most of an invoice's time; clients share a few zones and months.
const periods = new Map<string, InvoicePeriod>();

export function periodOf(fromDate: string, toDate: string, zone: string): InvoicePeriod | null {
  if (!isDateText(fromDate) || !isDateText(toDate) || toDate < fromDate) return null;
  const key = `${fromDate}|${toDate}|${zone}`;
  const known = periods.get(key);
  if (known) return { ...known };
  const from = DateTime.fromISO(fromDate, { zone }).startOf("day").toMillis();
  const to = DateTime.fromISO(toDate, { zone }).plus({ days: 1 }).startOf("day").toMillis();
  const period = { fromDate, toDate, from, to };
  if (periods.size >= 512) periods.clear();
  periods.set(key, period);
  return { ...period };
}

/** "2026-10" → the whole month in the client's zone. */
export function monthPeriod(month: string, zone: string): InvoicePeriod | null {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return null;
  const days = new Date(Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 0)).getUTCDate();
  return periodOf(`${month}-01`, `${month}-${String(days).padStart(2, "0")}`, zone);
}

/**
 * The default period: last month in the client's zone; or, when the client was invoiced before,
 * from the day after the last invoice's period to the end of last month (to today when that is
 * already covered).
 */
export function defaultPeriod(now: number, zone: string, lastPeriodEnd: string | null): InvoicePeriod {
  const today = DateTime.fromMillis(now, { zone }).startOf("day");
  const lastMonthEnd = today.startOf("month").minus({ days: 1 });
  let from = lastMonthEnd.startOf("month");
  if (lastPeriodEnd !== null && isDateText(lastPeriodEnd)) from = DateTime.fromISO(lastPeriodEnd, { zone }).plus({ days: 1 });
  let to = lastMonthEnd;
  if (to < from) to = today;
  if (to < from) from = to;
  return periodOf(from.toISODate() ?? "", to.toISODate() ?? "", zone) as InvoicePeriod;
}

/** Issue date + payment terms, a date in the client's zone. */
export function dueDate(issued: string, termsDays: number): string {
  // Calendar arithmetic on the date itself: days, not hours, so no zone is involved.
  return new Date(Date.parse(`${issued}T00:00:00Z`) + termsDays * 86_400_000).toISOString().slice(0, 10);
}
