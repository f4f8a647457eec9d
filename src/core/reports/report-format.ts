// Small text helpers shared by the weekly report and the weekly review.

import type { Language } from "../shared/types";
import { formatDecimalText } from "../i18n/format";

/**
 * Hours to two decimals, rounded half up on whole hundredths (36 s each): "3.25", in Vietnamese
 * "3,25". Billed figures are whole minutes, so a rounded step of 15 min always reads exactly.
 */
export function hoursDecimal(ms: number, language: Language): string {
  return formatDecimalText(hoursNumber(ms), language);
}

/** The same with a dot, for frontmatter and chart data. */
export function hoursNumber(ms: number): string {
  const hundredths = Math.floor((Math.max(0, ms) * 2 + 36_000) / 72_000);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
}

/** A whole-number percentage, rounded half up; 0 when the whole is 0. */
export function percent(part: number, whole: number): number {
  return whole <= 0 ? 0 : Math.floor((part * 200 + whole) / (whole * 2));
}
