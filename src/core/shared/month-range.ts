// A calendar month in a zone as instants, for "this month" totals.

import { DateTime } from "luxon";

export function monthRange(now: number, zone: string): { from: number; to: number; month: string } {
  const start = DateTime.fromMillis(now, { zone }).startOf("month");
  return { from: start.toMillis(), to: start.plus({ months: 1 }).toMillis(), month: start.toFormat("yyyy-MM") };
}
