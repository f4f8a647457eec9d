// Dates and numbers as people read them, in the UI language, through Intl: the same forms in the
// views, the invoice and the report ("1 Dec 2026" / "1 thg 12, 2026"). Calendar dates and wall
// clocks are formatted as written (UTC, no zone shift): they are already in the right zone.

import type { Language } from "../shared/types";

/** The Intl locale of each UI language: British day-month order for English, as on the invoice. */
export const LOCALES: Record<Language, string> = { en: "en-GB", vi: "vi-VN" };

// Intl formatters cost far more to build than to use: one of each per language and shape.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dates(language: Language, shape: "date" | "day" | "weekday-date" | "time"): Intl.DateTimeFormat {
  const key = `d${language}${shape}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      shape === "date"
        ? { day: "numeric", month: "short", year: "numeric" }
        : shape === "day"
          ? { day: "numeric", month: "short" }
          : shape === "weekday-date"
            ? { weekday: "short", day: "numeric", month: "short" }
            : { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
    f = new Intl.DateTimeFormat(LOCALES[language], { ...options, timeZone: "UTC" });
    cache.set(key, f);
  }
  return f;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})$/;

function utcNoon(date: string): Date | null {
  const m = DATE.exec(date);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12)) : null;
}

/** "2026-12-01" → "1 Dec 2026" / "1 thg 12, 2026"; anything else unchanged. */
export function formatDate(date: string, language: Language): string {
  const d = utcNoon(date);
  return d ? dates(language, "date").format(d) : date;
}

const months = new Map<Language, Intl.DateTimeFormat>();

/** "2026-11" → "November 2026" / "tháng 11 năm 2026"; anything else unchanged. */
export function formatMonth(month: string, language: Language): string {
  if (!/^\d{4}-\d{2}$/.test(month)) return month;
  let f = months.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[language], { month: "long", year: "numeric", timeZone: "UTC" });
    months.set(language, f);
  }
  return f.format(new Date(`${month}-15T12:00:00Z`));
}

/** A date with an optional wall-clock time, "YYYY-MM-DD" or "YYYY-MM-DD HH:mm" → "1 Dec 2026, 17:00". */
export function formatDateAndTime(text: string, language: Language): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?$/.exec(text);
  if (!m) return text;
  return m[2] === undefined ? formatDate(m[1], language) : `${formatDate(m[1], language)}, ${m[2]}`;
}

/** "2026-12-01" → "1 Dec" / "1 thg 12": a date of this year, near today. */
export function formatShortDate(date: string, language: Language): string {
  const d = utcNoon(date);
  return d ? dates(language, "day").format(d) : date;
}

/** "2026-11-25" → "Wed, 25 Nov" / "Th 4, 25 thg 11". */
export function formatWeekdayDate(date: string, language: Language): string {
  const d = utcNoon(date);
  return d ? dates(language, "weekday-date").format(d) : date;
}

/**
 * A wall-clock date and time "YYYY-MM-DD HH:mm" → its date (formatWeekdayDate) and time, or
 * `endOfDay` with the date when it reads 24:00 (a deadline given as a date alone): never "24:00".
 */
export function wallClockParts(text: string, language: Language): { date: string; time: string | null } {
  const m = DATE_TIME.exec(text);
  if (!m) return { date: text, time: null };
  const date = formatWeekdayDate(m[1], language);
  if (m[2] === "24" && m[3] === "00") return { date, time: null };
  return { date, time: `${m[2]}:${m[3]}` };
}

function numbers(language: Language, min: number, max: number): Intl.NumberFormat {
  const key = `n${language}${min}-${max}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: min, maximumFractionDigits: max });
    cache.set(key, f);
  }
  return f;
}

/** A number with `min` to `max` decimals in the language's form: 1,234.5 / 1.234,5. */
export function formatNumber(n: number, language: Language, max = 2, min = 0): string {
  return numbers(language, min, max).format(n);
}

/**
 * A decimal written with a dot ("3.25", as the notes and frontmatter hold it) in the language's
 * form, digit for digit: no rounding through a float, no grouping.
 */
export function formatDecimalText(text: string, language: Language): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return text;
  const point = decimalPoint(language);
  return m[3] === undefined ? `${m[1]}${m[2]}` : `${m[1]}${m[2]}${point}${m[3]}`;
}

const points = new Map<Language, string>();

/** The language's decimal mark, as Intl writes it: "." in English, "," in Vietnamese. */
export function decimalPoint(language: Language): string {
  let point = points.get(language);
  if (point === undefined) {
    point = numbers(language, 1, 1).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
    points.set(language, point);
  }
  return point;
}
