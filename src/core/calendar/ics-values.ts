// iCalendar value types read by hand (RFC 5545 §3.3): DATE, DATE-TIME (local or UTC "Z"),
// UTC-OFFSET, DURATION, and the calendar arithmetic the recurrences need, on wall times written as
// if they were UTC (Date.UTC of the local date and time).

export const DAY = 86_400_000;

/** Monday first, as ISO weeks: index 0 = MO. */
export const WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

export interface DateTimeValue {
  /** Wall time as if UTC; for "Z" values, the instant itself. */
  ms: number;
  utc: boolean;
  /** A DATE (no time of day). */
  date: boolean;
}

function num(text: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    v = v * 10 + c;
  }
  return v;
}

/** "20261123", "20261123T090000", "20261123T090000Z" → the value, or null. */
export function parseDateTimeValue(text: string): DateTimeValue | null {
  const t = text.trim();
  if (t.length !== 8 && t.length !== 15 && t.length !== 16) return null;
  const y = num(t, 0, 4);
  const mo = num(t, 4, 6);
  const d = num(t, 6, 8);
  if (!(mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo))) return null;
  if (t.length === 8) return { ms: Date.UTC(y, mo - 1, d), utc: false, date: true };
  if (t[8] !== "T" || (t.length === 16 && t[15] !== "Z")) return null;
  const h = num(t, 9, 11);
  const mi = num(t, 11, 13);
  const s = num(t, 13, 15);
  // 60 seconds is a leap second: read as the next minute's start.
  if (!(h <= 23 && mi <= 59 && s <= 60)) return null;
  return { ms: Date.UTC(y, mo - 1, d, h, mi, s), utc: t.length === 16, date: false };
}

/** "+1100", "-0500", "+053000" → minutes east of UTC, or null. */
export function parseOffset(text: string): number | null {
  const m = /^([+-])(\d{2})(\d{2})(\d{2})?$/.exec(text.trim());
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  if (minutes >= 24 * 60) return null;
  return m[1] === "-" ? -minutes : minutes;
}

/**
 * "PT1H30M", "P1D", "P1W", "-PT15M" → { days, ms }: days are nominal (a day of the wall clock),
 * the rest exact. Null when it does not read.
 */
export function parseDuration(text: string): { days: number; ms: number } | null {
  const m = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(text.trim());
  if (!m || text.trim().endsWith("T") || text.trim().endsWith("P")) return null;
  const sign = m[1] === "-" ? -1 : 1;
  const days = (Number(m[2] ?? 0) * 7 + Number(m[3] ?? 0)) * sign;
  const ms = ((Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0)) * 60 + Number(m[6] ?? 0)) * 1000 * sign;
  return { days, ms };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** 0 = Monday … 6 = Sunday, of a wall time. */
export function weekdayOf(wall: number): number {
  return (new Date(wall).getUTCDay() + 6) % 7;
}

/** Midnight of a wall time's day. */
export function dayStart(wall: number): number {
  return Math.floor(wall / DAY) * DAY;
}

/** The nth (1…5, or −1…−5 from the end) weekday of a month as its midnight, or null when there is none. */
export function nthWeekdayOfMonth(year: number, month: number, nth: number, weekday: number): number | null {
  const first = Date.UTC(year, month - 1, 1);
  const len = daysInMonth(year, month);
  if (nth > 0) {
    const day = 1 + ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7;
    return day <= len ? first + (day - 1) * DAY : null;
  }
  const last = first + (len - 1) * DAY;
  const day = len - ((weekdayOf(last) - weekday + 7) % 7) + (nth + 1) * 7;
  return day >= 1 ? first + (day - 1) * DAY : null;
}

/** "YYYYMMDDTHHMMSSZ" of an instant. */
export function utcStamp(ms: number): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${p(d.getUTCFullYear(), 4)}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}T${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
}
