// Dated conversion rates into the home currency, from the settings: one line each,
// "AUD=16500 VND since 2026-10-01" (1 AUD is 16 500 VND from that day on). The rate is kept as an
// exact fraction so converting never goes through a float; a bad line is reported, never guessed.

import { DateTime } from "luxon";
import { isCurrencyCode, minorDigits } from "../shared/currencies";
import type { MessageKey } from "../i18n";

export interface ConversionRate {
  from: string;
  to: string;
  /** "YYYY-MM-DD": the rate holds from this day on, until a later line for the same currency. */
  since: string;
  /** The rate as numerator / denominator of major units: 0.65 is 65 / 100. */
  num: bigint;
  den: bigint;
  text: string;
}

export interface RateProblem {
  /** 1-based line of the setting. */
  n: number;
  key: MessageKey;
  params: Record<string, string | number>;
}

const LINE = /^\s*(\S+?)\s*=\s*(\S+)\s+(\S+)\s+since\s+(\S+)\s*$/i;
const DECIMAL = /^(\d+)(?:\.(\d+))?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseConversionRates(lines: readonly string[], home: string): { rates: ConversionRate[]; problems: RateProblem[] } {
  const rates: ConversionRate[] = [];
  const problems: RateProblem[] = [];
  lines.forEach((raw, i) => {
    const value = raw.trim();
    if (value === "") return;
    const n = i + 1;
    const fail = (key: MessageKey, params: Record<string, string | number> = {}) => problems.push({ n, key, params: { n, value, ...params } });
    const m = LINE.exec(value);
    if (!m) return fail("rate.error.form");
    const [, from, number, to, since] = m;
    for (const code of [from, to]) if (!isCurrencyCode(code)) return fail("rate.error.currency", { code });
    const d = DECIMAL.exec(number);
    if (!d || /^0*(\.0*)?$/.test(number)) return fail("rate.error.number", { number });
    if (!DATE.test(since) || !DateTime.fromISO(since, { zone: "UTC" }).isValid) return fail("rate.error.date", { date: since });
    if (to !== home) return fail("rate.error.home", { code: to, home });
    if (from === to) return fail("rate.error.same");
    if (rates.some((r) => r.from === from && r.since === since)) return fail("rate.error.duplicate", { code: from, date: since });
    const frac = d[2] ?? "";
    rates.push({ from, to, since, num: BigInt(d[1] + frac), den: 10n ** BigInt(frac.length), text: value });
  });
  return { rates, problems };
}

/** The rate for `currency` on `date` ("YYYY-MM-DD"): the line with the latest `since` on or before it. */
export function rateOn(rates: readonly ConversionRate[], currency: string, date: string): ConversionRate | null {
  let best: ConversionRate | null = null;
  for (const r of rates) if (r.from === currency && r.since <= date && (best === null || r.since > best.since)) best = r;
  return best;
}

/**
 * `minor` units of the rate's source currency in minor units of its target, rounded half up to a
 * whole minor unit (the one rounding of a conversion): 1234 AUD cents at 0.65 USD is 802 cents.
 */
export function convertMinor(minor: number, rate: ConversionRate): number {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`minor amount must be a safe integer, got ${minor}`);
  const n = BigInt(minor) * rate.num * 10n ** BigInt(minorDigits(rate.to));
  const d = rate.den * 10n ** BigInt(minorDigits(rate.from));
  const neg = n < 0n;
  const mag = neg ? -n : n;
  const q = (mag * 2n + d) / (d * 2n);
  const out = Number(neg ? -q : q);
  if (!Number.isSafeInteger(out)) throw new RangeError("converted amount is beyond Number.MAX_SAFE_INTEGER minor units");
  return out;
}
