// RRULE (RFC 5545 §3.3.10) read and expanded on wall times in the event's own zone, so a 9:00
// meeting stays at 9:00 across DST as calendar apps keep it. Expansion is bounded by the window
// asked for: a rule without COUNT jumps straight to the period before the window, so a daily rule
// from decades ago costs the same as one from last week; a rule with COUNT counts its occurrences
// from DTSTART period by period (at most MAX_PERIODS), since which ones are left depends on them all.
// DAILY, WEEKLY, MONTHLY and YEARLY with INTERVAL, BYDAY (with ordinals in monthly and yearly
// rules), BYMONTHDAY, BYMONTH, BYSETPOS, WKST, COUNT and UNTIL; anything else is refused by name.

import { DAY, WEEKDAYS, dayStart, daysInMonth, nthWeekdayOfMonth, parseDateTimeValue, weekdayOf, type DateTimeValue } from "./ics-values";

export type Freq = "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY";

export interface Rule {
  freq: Freq;
  interval: number;
  count: number | null;
  until: DateTimeValue | null;
  /** nth 0 = every such weekday of the period. */
  byDay: { nth: number; weekday: number }[] | null;
  byMonthDay: number[] | null;
  byMonth: number[] | null;
  bySetPos: number[] | null;
  /** Week start, 0 = Monday. */
  wkst: number;
}

/** A period at most this many steps after DTSTART is looked at: a COUNT rule past it ends there. */
const MAX_PERIODS = 200_000;

/** An RRULE value → the rule, or the part that cannot be read or is not supported. */
export function parseRule(text: string): { rule: Rule } | { bad: string } {
  const rule: Rule = { freq: "DAILY", interval: 1, count: null, until: null, byDay: null, byMonthDay: null, byMonth: null, bySetPos: null, wkst: 0 };
  let freq: string | null = null;
  const ints = (v: string, lo: number, hi: number) => {
    const out = v.split(",").map((x) => (/^[+-]?\d{1,3}$/.test(x) ? Number(x) : NaN));
    return out.every((n) => Number.isInteger(n) && n !== 0 && Math.abs(n) >= lo && Math.abs(n) <= hi) ? out : null;
  };
  for (const part of text.split(";")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const key = part.slice(0, eq).toUpperCase();
    const v = part.slice(eq + 1).toUpperCase();
    if (eq < 0) return { bad: part };
    if (key === "FREQ") freq = v;
    else if (key === "INTERVAL") {
      if (!/^\d{1,4}$/.test(v) || Number(v) < 1) return { bad: part };
      rule.interval = Number(v);
    } else if (key === "COUNT") {
      if (!/^\d{1,9}$/.test(v) || Number(v) < 1) return { bad: part };
      rule.count = Number(v);
    } else if (key === "UNTIL") {
      rule.until = parseDateTimeValue(v);
      if (rule.until === null) return { bad: part };
    } else if (key === "BYDAY") {
      const days: { nth: number; weekday: number }[] = [];
      for (const d of v.split(",")) {
        const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(d);
        if (!m || (m[1] !== undefined && (Number(m[1]) === 0 || Math.abs(Number(m[1])) > 5))) return { bad: part };
        days.push({ nth: m[1] ? Number(m[1]) : 0, weekday: WEEKDAYS.indexOf(m[2] as (typeof WEEKDAYS)[number]) });
      }
      rule.byDay = days;
    } else if (key === "BYMONTHDAY") {
      if ((rule.byMonthDay = ints(v, 1, 31)) === null) return { bad: part };
    } else if (key === "BYMONTH") {
      if ((rule.byMonth = ints(v, 1, 12)) === null || rule.byMonth.some((n) => n < 0)) return { bad: part };
    } else if (key === "BYSETPOS") {
      if ((rule.bySetPos = ints(v, 1, 366)) === null) return { bad: part };
    } else if (key === "WKST") {
      const w = WEEKDAYS.indexOf(v as (typeof WEEKDAYS)[number]);
      if (w < 0) return { bad: part };
      rule.wkst = w;
    } else return { bad: part };
  }
  if (freq !== "DAILY" && freq !== "WEEKLY" && freq !== "MONTHLY" && freq !== "YEARLY") return { bad: `FREQ=${freq ?? ""}` };
  rule.freq = freq;
  if (rule.count !== null && rule.until !== null) return { bad: "COUNT+UNTIL" };
  // An ordinal weekday of the year (yearly, no BYMONTH) or of the week is not supported.
  if (rule.byDay?.some((d) => d.nth !== 0) && (freq === "DAILY" || freq === "WEEKLY" || (freq === "YEARLY" && rule.byMonth === null))) {
    return { bad: `BYDAY=${text.split(";").find((p) => p.toUpperCase().startsWith("BYDAY="))?.slice(6) ?? ""}` };
  }
  return { rule };
}

/** The days (midnights) of one period, in order, before BYSETPOS. */
function periodDays(rule: Rule, start: number, p: number): { days: number[]; begin: number } {
  const startDay = dayStart(start);
  const sd = new Date(startDay);
  const days: number[] = [];
  const monthDays = (y: number, m: number, dayOfStart: boolean) => {
    const len = daysInMonth(y, m);
    const first = Date.UTC(y, m - 1, 1);
    let list: number[] | null = null;
    if (rule.byMonthDay) list = rule.byMonthDay.map((d) => (d > 0 ? d : len + d + 1)).filter((d) => d >= 1 && d <= len);
    if (rule.byDay) {
      const fromDays: number[] = [];
      for (const b of rule.byDay) {
        if (b.nth !== 0) {
          const at = nthWeekdayOfMonth(y, m, b.nth, b.weekday);
          if (at !== null) fromDays.push((at - first) / DAY + 1);
        } else for (let d = 1 + ((b.weekday - weekdayOf(first) + 7) % 7); d <= len; d += 7) fromDays.push(d);
      }
      list = list === null ? fromDays : list.filter((d) => fromDays.includes(d));
    }
    if (list === null) list = dayOfStart && sd.getUTCDate() <= len ? [sd.getUTCDate()] : [];
    for (const d of [...new Set(list)].sort((a, b) => a - b)) days.push(first + (d - 1) * DAY);
  };
  let begin: number;
  if (rule.freq === "DAILY") {
    begin = startDay + p * rule.interval * DAY;
    days.push(begin);
  } else if (rule.freq === "WEEKLY") {
    begin = startDay - ((weekdayOf(startDay) - rule.wkst + 7) % 7) * DAY + p * rule.interval * 7 * DAY;
    const wds = rule.byDay ? rule.byDay.map((b) => b.weekday) : [weekdayOf(startDay)];
    for (const wd of [...new Set(wds)]) days.push(begin + ((wd - rule.wkst + 7) % 7) * DAY);
    days.sort((a, b) => a - b);
  } else if (rule.freq === "MONTHLY") {
    const mi = sd.getUTCFullYear() * 12 + sd.getUTCMonth() + p * rule.interval;
    const y = Math.floor(mi / 12);
    begin = Date.UTC(y, mi % 12, 1);
    monthDays(y, (mi % 12) + 1, true);
  } else {
    const y = sd.getUTCFullYear() + p * rule.interval;
    begin = Date.UTC(y, 0, 1);
    const months = rule.byMonth ?? [sd.getUTCMonth() + 1];
    for (const m of [...months].sort((a, b) => a - b)) monthDays(y, m, true);
  }
  let out = days;
  if (rule.byMonth && rule.freq !== "YEARLY") out = out.filter((d) => rule.byMonth!.includes(new Date(d).getUTCMonth() + 1));
  if (rule.freq === "DAILY" || rule.freq === "WEEKLY") {
    if (rule.byMonthDay) {
      out = out.filter((d) => {
        const dt = new Date(d);
        const len = daysInMonth(dt.getUTCFullYear(), dt.getUTCMonth() + 1);
        return rule.byMonthDay!.some((n) => (n > 0 ? n : len + n + 1) === dt.getUTCDate());
      });
    }
    if (rule.freq === "DAILY" && rule.byDay) out = out.filter((d) => rule.byDay!.some((b) => b.weekday === weekdayOf(d)));
  }
  if (rule.bySetPos) {
    const picked = rule.bySetPos.map((n) => (n > 0 ? out[n - 1] : out[out.length + n])).filter((d) => d !== undefined);
    out = [...new Set(picked)].sort((a, b) => a - b);
  }
  return { days: out, begin };
}

/** The first period that may hold an occurrence at or after `wall` (rules without COUNT jump there). */
function firstPeriodNear(rule: Rule, start: number, wall: number): number {
  if (wall <= start) return 0;
  const sd = new Date(start);
  const wd = new Date(wall);
  let steps: number;
  if (rule.freq === "DAILY") steps = Math.floor((dayStart(wall) - dayStart(start)) / DAY);
  else if (rule.freq === "WEEKLY") steps = Math.floor((dayStart(wall) - dayStart(start)) / (7 * DAY));
  else if (rule.freq === "MONTHLY") steps = (wd.getUTCFullYear() - sd.getUTCFullYear()) * 12 + wd.getUTCMonth() - sd.getUTCMonth();
  else steps = wd.getUTCFullYear() - sd.getUTCFullYear();
  return Math.max(0, Math.floor(steps / rule.interval) - 1);
}

/**
 * The occurrences (wall times) of a rule from `start` whose wall start lies in [from, to), in
 * order. `untilWall`: the UNTIL as a wall time in the event's zone (inclusive), or Infinity.
 * DTSTART is always the first occurrence, matching the rule or not, and counts toward COUNT.
 */
export function expandRule(rule: Rule, start: number, from: number, to: number, untilWall: number): number[] {
  const out: number[] = [];
  const last = Math.min(to, untilWall + 1);
  if (last <= start) return start >= from && start < to && start <= untilWall ? [start] : [];
  const time = start - dayStart(start);
  let remaining = rule.count ?? Infinity;
  let p = rule.count === null ? firstPeriodNear(rule, start, from) : 0;
  // DTSTART first: what the rule makes at the same time is the same occurrence.
  if (start >= from && start < last) out.push(start);
  remaining--;
  for (let n = 0; n < MAX_PERIODS && remaining > 0; n++, p++) {
    const { days, begin } = periodDays(rule, start, p);
    if (begin >= last) break;
    for (const d of days) {
      const at = d + time;
      if (at <= start) continue;
      if (at >= last || remaining <= 0) break;
      remaining--;
      if (at >= from) out.push(at);
    }
  }
  return out;
}
