// Invoice numbers from the settings pattern (default `INV-{YYYY}-{seq:4}`). Tokens: {YYYY}, {YY},
// {MM} (of the issue date) and {seq} or {seq:N} (a counter, zero-padded to N digits). The next
// number is one past the highest counter among every number already used in the vault that the
// pattern produces for the same date parts, void invoices included, so a number is never reused.

import { unsafeNamePart } from "../shared/names";

export const DEFAULT_NUMBER_PATTERN = "INV-{YYYY}-{seq:4}";

const TOKEN = /\{(YYYY|YY|MM|seq(?::(\d))?)\}/g;

export function isValidPattern(pattern: string): boolean {
  const seqs = [...pattern.matchAll(TOKEN)].filter((m) => m[1].startsWith("seq"));
  const sample = pattern.replace(TOKEN, "0");
  return seqs.length === 1 && /^[^{}]*$/.test(sample) && sample.trim() !== "" && unsafeNamePart(sample) === null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The pattern with the date parts of `issued` ("YYYY-MM-DD") filled in, as a matcher of its counter. */
function matcher(pattern: string, issued: string): { re: RegExp; make: (seq: number) => string } {
  const date = { YYYY: issued.slice(0, 4), YY: issued.slice(2, 4), MM: issued.slice(5, 7) };
  let re = "^";
  let last = 0;
  let width = 1;
  for (const m of pattern.matchAll(TOKEN)) {
    re += escapeRe(pattern.slice(last, m.index));
    if (m[1].startsWith("seq")) {
      width = m[2] ? +m[2] : 1;
      re += "(\\d+)";
    } else re += escapeRe(date[m[1] as keyof typeof date]);
    last = (m.index ?? 0) + m[0].length;
  }
  re += escapeRe(pattern.slice(last)) + "$";
  const make = (seq: number) =>
    pattern.replace(TOKEN, (_all, name: string) => (name.startsWith("seq") ? String(seq).padStart(width, "0") : date[name as keyof typeof date]));
  return { re: new RegExp(re, "i"), make };
}

/** The next free number for an invoice issued on `issued`, given every number (and file name) in use. */
export function nextInvoiceNumber(pattern: string, issued: string, used: readonly string[]): string {
  const { re, make } = matcher(isValidPattern(pattern) ? pattern : DEFAULT_NUMBER_PATTERN, issued);
  let max = 0;
  for (const n of used) {
    const m = re.exec(n);
    if (m) max = Math.max(max, Number(m[1]));
  }
  // No used number can equal the candidate: the candidate matches the (case-insensitive) pattern,
  // so an equal number would have matched too and counted, making max ≥ its counter.
  return make(max + 1);
}
