// Money as integer minor units: exact parsing, frontmatter text, display, and integer arithmetic.
// Pure: no Obsidian, no node:. Amounts are JS numbers that must stay safe integers; every
// multiplication or division goes through BigInt so no float ever touches an amount.

import { minorDigits } from "./currencies";
import type { Money } from "./types";

export type ParseMajorResult =
  | { ok: true; minor: number }
  | { ok: false; reason: "type" | "negative" | "precision" | "too-large" };

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Plain decimal text accepted in a string: optional sign, digits, optional `.digits`. */
const STRING_DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;
/** What String(n) produces for a finite number, including exponent forms like 1e+21 or 1.5e-7. */
const NUMBER_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * A major amount from frontmatter (`45`, `"32.50"`) to integer minor units, exactly.
 * Numbers are read through their shortest round-trip text (String(n)), so 0.1 + 0.2 is a
 * precision error for USD rather than a silently rounded 30 cents.
 * Strings: optional surrounding spaces, no thousands separators, no exponent.
 * Throws RangeError for a currency not in the table.
 */
export function parseMajor(value: unknown, currency: string): ParseMajorResult {
  const digits = minorDigits(currency);
  // Plain amounts (`134`, `32.5`, `"45.00"`) by integer arithmetic: every invoice note's money
  // fields pass here on a cold index. Anything else (signs, exponents, errors) as below.
  const fast = typeof value === "number" ? (value >= 0 ? plainDecimal(String(value), digits) : -1) : typeof value === "string" ? plainDecimal(value, digits) : -1;
  if (fast >= 0) return { ok: true, minor: fast };
  return parseMajorPlain(value, currency);
}

const SCALE = [1, 10, 100, 1000, 10000, 100000];

/**
 * Minor units of `text` when it is digits with an optional fraction of digits (an optional `+`
 * before), at most 15 digits before the point and no more fraction digits than the currency's
 * but for trailing zeros; -1 for anything else, which parseMajorPlain then reads.
 */
function plainDecimal(text: string, digits: number): number {
  const n = text.length;
  let i = text.charCodeAt(0) === 43 ? 1 : 0;
  const first = i;
  let whole = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    whole = whole * 10 + c;
  }
  if (i === first || i - first > 15 || digits >= SCALE.length) return -1;
  let frac = 0;
  let fracDigits = 0;
  if (i < n) {
    if (text.charCodeAt(i) !== 46) return -1;
    const point = ++i;
    let last = point;
    for (; i < n; i++) {
      const c = text.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return -1;
      if (c !== 0) last = i + 1;
    }
    if (i === point) return -1;
    fracDigits = last - point;
    if (fracDigits > digits) return -1;
    for (let k = point; k < last; k++) frac = frac * 10 + (text.charCodeAt(k) - 48);
  }
  const minor = whole * SCALE[digits] + frac * SCALE[digits - fracDigits];
  return minor <= Number.MAX_SAFE_INTEGER ? minor : -1;
}

/** parseMajor by its regular expressions and BigInt, for every case; exported for its tests. */
export function parseMajorPlain(value: unknown, currency: string): ParseMajorResult {
  const digits = minorDigits(currency);
  let match: RegExpExecArray | null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { ok: false, reason: "type" };
    match = NUMBER_DECIMAL.exec(String(value));
  } else if (typeof value === "string") {
    match = STRING_DECIMAL.exec(value.trim());
  } else {
    return { ok: false, reason: "type" };
  }
  if (!match) return { ok: false, reason: "type" };

  const [, sign, intText, fracText = "", expText] = match;
  const exponent = expText === undefined ? 0 : Number(expText);
  // All significant digits, and where the decimal point falls in them.
  const allDigits = intText + fracText;
  const point = intText.length + exponent;

  let intPart: string;
  let fracPart: string;
  if (point <= 0) {
    intPart = "0";
    fracPart = "0".repeat(-point) + allDigits;
  } else if (point >= allDigits.length) {
    intPart = allDigits + "0".repeat(point - allDigits.length);
    fracPart = "";
  } else {
    intPart = allDigits.slice(0, point);
    fracPart = allDigits.slice(point);
  }
  intPart = intPart.replace(/^0+(?=\d)/, "");
  fracPart = fracPart.replace(/0+$/, "");

  const isZero = intPart === "0" && fracPart === "";
  if (sign === "-" && !isZero) return { ok: false, reason: "negative" };
  if (fracPart.length > digits) return { ok: false, reason: "precision" };
  // A safe integer has at most 16 digits: anything much longer is too large without building it.
  if (intPart.length > 17) return { ok: false, reason: "too-large" };

  const minor = BigInt(intPart + fracPart.padEnd(digits, "0"));
  if (minor > MAX_SAFE) return { ok: false, reason: "too-large" };
  return { ok: true, minor: Number(minor) };
}

function assertMinor(minor: number, what = "minor amount"): void {
  if (!Number.isSafeInteger(minor)) {
    throw new RangeError(`${what} must be a safe integer, got ${String(minor)}`);
  }
}

/** Splits |minor| into major digits and exactly `digits` fraction digits. */
function splitMinor(minor: number, digits: number): { negative: boolean; major: string; fraction: string } {
  const negative = minor < 0;
  const text = String(Math.abs(minor)).padStart(digits + 1, "0");
  return {
    negative,
    major: text.slice(0, text.length - digits),
    fraction: text.slice(text.length - digits),
  };
}

/**
 * Exact decimal text with exactly the currency's digits, for frontmatter:
 * 4500 USD → "45.00", 1500000 VND → "1500000", 1250 KWD → "1.250", -305 USD → "-3.05".
 */
export function toMajorString(minor: number, currency: string): string {
  assertMinor(minor);
  const digits = minorDigits(currency);
  const { negative, major, fraction } = splitMinor(minor, digits);
  return (negative ? "-" : "") + major + (digits > 0 ? "." + fraction : "");
}

const LOCALES = { en: "en-US", vi: "vi-VN" } as const;
const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(language: "en" | "vi", currency: string, digits: number): Intl.NumberFormat {
  const key = `${language}|${currency}`;
  let nf = formatters.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(LOCALES[language], {
      style: "currency",
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, nf);
  }
  return nf;
}

/**
 * For people: `$1,234.50`, `1.500.000 ₫`, `¥1,500`, `KWD 1.250`, with exactly the currency's ISO
 * digits. Exact for every safe integer: the whole part is formatted as a BigInt (so grouping, sign
 * and symbol come from Intl) and the fraction digits are spliced in from the integer, so no float
 * conversion happens and no engine support for decimal-string formatting is needed.
 */
export function formatMoney(minor: number, currency: string, language: "en" | "vi"): string {
  assertMinor(minor);
  const digits = minorDigits(currency);
  const { negative, major, fraction } = splitMinor(minor, digits);
  const nf = formatterFor(language, currency, digits);
  const majorValue = BigInt(major);
  // BigInt has no -0: keep the minus sign of e.g. -0.05 through a Number -0.
  const input: bigint | number = negative ? (majorValue === 0n ? -0 : -majorValue) : majorValue;
  return nf
    .formatToParts(input)
    .map((part) => (part.type === "fraction" ? fraction : part.value))
    .join("");
}

function checkedResult(value: bigint, what: string): number {
  if (value > MAX_SAFE || value < -MAX_SAFE) {
    throw new RangeError(`${what} is beyond Number.MAX_SAFE_INTEGER minor units`);
  }
  return Number(value);
}

/** Sum of two amounts of the same currency. Throws on a currency mismatch or past MAX_SAFE_INTEGER. */
export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) {
    throw new Error(`Cannot add ${a.currency} and ${b.currency}`);
  }
  assertMinor(a.minor);
  assertMinor(b.minor);
  return { minor: checkedResult(BigInt(a.minor) + BigInt(b.minor), "Sum"), currency: a.currency };
}

/** Exact sum of minor amounts (negatives allowed). Throws RangeError if an input or the total is not a safe integer. */
export function sumMinor(values: readonly number[]): number {
  let total = 0;
  for (const v of values) {
    assertMinor(v);
    total += v;
    if (!Number.isSafeInteger(total)) {
      // An intermediate left the safe range (the final total may still fit): redo it exactly.
      let exact = 0n;
      for (const w of values) exact += BigInt(w);
      return checkedResult(exact, "Sum");
    }
  }
  return total;
}

/** n / d rounded half away from zero (d > 0): 2.5 → 3, -2.5 → -3, 2.4 → 2. */
function divRoundHalfUp(n: bigint, d: bigint): bigint {
  const negative = n < 0n;
  const magnitude = negative ? -n : n;
  const q = (magnitude * 2n + d) / (d * 2n);
  return negative ? -q : q;
}

const MS_PER_HOUR = 3_600_000n;

/** Amount for a duration at an hourly rate: 4500/h × 15 min = 1125; 3333/h × 1 h 20 min = 4444. */
export function multiplyRate(rateMinorPerHour: number, durationMs: number): number {
  assertMinor(rateMinorPerHour, "rate");
  assertMinor(durationMs, "duration (ms)");
  // Rounding: exact rate × ms / 3 600 000, then half up (half away from zero) to a whole minor unit.
  return checkedResult(divRoundHalfUp(BigInt(rateMinorPerHour) * BigInt(durationMs), MS_PER_HOUR), "Amount");
}

const MILLI_PERCENT_WHOLE = 100_000n; // 100% in thousandths of a percent

/** `milliPercent` thousandths of a percent of an amount (10% is 10000): tax, deposits, discounts. */
export function percentOf(minor: number, milliPercent: number): number {
  assertMinor(minor);
  assertMinor(milliPercent, "milliPercent");
  // Rounding: exact minor × milliPercent / 100 000, then half up (half away from zero) to a whole minor unit.
  return checkedResult(divRoundHalfUp(BigInt(minor) * BigInt(milliPercent), MILLI_PERCENT_WHOLE), "Percentage");
}
