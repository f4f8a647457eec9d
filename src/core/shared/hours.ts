// Clock times and working-hour ranges as written in notes and settings ("09:00-17:00").

import type { HoursRange, Weekday } from "./types";
import { WEEKDAYS } from "./types";

/** "HH:MM" → minutes since midnight; "24:00" only when `allowEnd`. */
export function parseClock(text: string, allowEnd = false): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = +m[1];
  const min = +m[2];
  if (min > 59) return null;
  if (h === 24 && min === 0 && allowEnd) return 1440;
  if (h > 23) return null;
  return h * 60 + min;
}

export function parseHoursRange(text: string): HoursRange | null {
  const m = /^\s*(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})\s*$/.exec(text);
  if (!m) return null;
  const start = parseClock(m[1]);
  const end = parseClock(m[2], true);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

export function formatHoursRange(r: HoursRange): string {
  return `${formatClock(r.start)}-${formatClock(r.end)}`;
}

export function isWeekday(v: unknown): v is Weekday {
  return typeof v === "string" && (WEEKDAYS as readonly string[]).includes(v);
}

/** Accepts a list or a comma-separated text; day names in any case, first three letters. */
export function parseWeekdays(v: unknown): Weekday[] | null {
  const items = Array.isArray(v) ? v : typeof v === "string" ? v.split(",") : null;
  if (!items) return null;
  const out: Weekday[] = [];
  for (const item of items) {
    if (typeof item !== "string") return null;
    const d = item.trim().toLowerCase().slice(0, 3);
    if (!isWeekday(d)) return null;
    if (!out.includes(d)) out.push(d);
  }
  return out.sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
}
