// Durations and hour counts as the timer and the CLI show them: a running clock, hours with one
// decimal in the language's decimal mark, whole hours and minutes.

import type { Language } from "../shared/types";
import { formatDecimalText } from "../i18n/format";

/** Hours with one decimal, rounded down so a burn is never shown ahead of itself: "12.5", in Vietnamese "12,5". */
export function hoursText(ms: number, language: Language): string {
  const tenths = Math.floor(ms / 360_000);
  const whole = Math.floor(tenths / 10);
  const frac = tenths % 10;
  return formatDecimalText(frac === 0 ? String(whole) : `${whole}.${frac}`, language);
}

/** A number of hours as written in the client note (20, 12.5), in the language's decimal mark. */
export function numberText(n: number, language: Language): string {
  return formatDecimalText(String(Math.round(n * 100) / 100), language);
}

/** "1:02:03" (hours not padded), for a running timer. Negative durations show as 0:00:00. */
export function clockText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h}:${m < 10 ? "0" : ""}${m}:${s < 10 ? "0" : ""}${s}`;
}

/** Whole hours and minutes of a duration (minutes rounded down). */
export function hoursMinutes(ms: number): { h: number; m: number } {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  return { h: Math.floor(minutes / 60), m: minutes % 60 };
}
