// The one reader of frontmatter fields that client, task, invoice, package and subcontractor notes
// share (docs/vault-format.md). Each kind of field has one rule and one problem when a value does
// not read: the problem is a Diagnostic naming the note, the field and its line.
//
// A field is not set when it is missing, null, or text that is empty or only spaces; every reader
// then gives null and no problem, and the note falls back to its default. Text is trimmed. A
// number is text too (`number: 42`); a yes/no is not. A bare date that a YAML reader other than
// Obsidian's turned into a Date reads as its "YYYY-MM-DD".

import type { Diagnostic, DiagnosticCode, Severity } from "../shared/types";
import { isCurrencyCode, suggestCurrency } from "../shared/currencies";
import { parseMajor } from "../shared/money";
import { isValidZone } from "../shared/zones";
import { append } from "../shared/append";
import { ownString } from "../shared/own-string";

/** A note's frontmatter as the readers take it: the values and the line of each field. */
export interface NoteSource {
  path: string;
  data: Record<string, unknown> | null;
  /** 1-based line of each top-level field (frontmatter.ts); a field not in it is reported on line 1. */
  fieldLines?: Map<string, number>;
}

/**
 * What a reader made of a field: its value (null when the field is not set or does not read) and
 * the problems it found, at most one for a single value, one per bad item for a list.
 */
export interface FieldRead<T> {
  value: T | null;
  problems: readonly Diagnostic[];
}

const NONE: readonly Diagnostic[] = [];
const unset = <T>(): FieldRead<T> => ({ value: null, problems: NONE });
const got = <T>(value: T): FieldRead<T> => ({ value, problems: NONE });

/** A value as a problem's message shows it: text as written, anything else as JSON. */
export function shownValue(v: unknown): string {
  if (typeof v === "string") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : v.toISOString();
  return JSON.stringify(v) ?? String(v);
}

/** Not set: missing, null, or empty (or only spaces) text. */
export function isUnset(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === "string" && v.trim() === "");
}

/** The value of the ASCII digits of `text` in [from, to), or -1 when one is not a digit. */
function digitsAt(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * "YYYY-MM-DD" that names a real day (proleptic Gregorian, years 0000–9999). Integer arithmetic:
 * every invoice and task date passes here on a cold index, and a Date per date was a hot spot.
 */
export function isDateText(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y = digitsAt(text, 0, 4);
  const m = digitsAt(text, 5, 7);
  const d = digitsAt(text, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1) return false;
  if (m === 2) return d <= ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28);
  return d <= (m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

export class FieldReader {
  /** The problems taken so far, in the order the note reader met them. */
  readonly problems: Diagnostic[] = [];
  readonly path: string;
  private readonly data: Record<string, unknown>;
  private readonly lines: Map<string, number> | undefined;

  constructor(note: NoteSource) {
    this.path = note.path;
    this.data = note.data ?? {};
    this.lines = note.fieldLines;
  }

  /** The field's value as the YAML gave it. */
  raw(field: string): unknown {
    return this.data[field];
  }

  isSet(field: string): boolean {
    return !isUnset(this.data[field]);
  }

  /** A problem on `field`'s line (line 1 for the note as a whole or a field whose line is not known). */
  problem(code: DiagnosticCode, field: string | undefined, params: Record<string, string | number>, severity: Severity = "error"): Diagnostic {
    // A problem is kept by the index as long as the note is unchanged: its texts are copies.
    for (const k in params) {
      const v = params[k];
      if (typeof v === "string") params[k] = ownString(v);
    }
    return { severity, code, file: this.path, line: field === undefined ? 1 : (this.lines?.get(field) ?? 1), field, params };
  }

  /** Keeps a problem the note reader found itself (a field with its own format). */
  report(code: DiagnosticCode, field: string | undefined, params: Record<string, string | number>, severity: Severity = "error"): void {
    this.problems.push(this.problem(code, field, params, severity));
  }

  /** Keeps the problem of frontmatter that is not valid YAML, on the line where the YAML broke. */
  reportYaml(error: { line: number; column?: number; reason: string } | null): void {
    if (!error) return;
    const params: Record<string, string | number> = { reason: error.reason };
    if (error.column !== undefined) params.column = error.column;
    this.problems.push({ severity: "error", code: "yaml-broken", file: this.path, line: error.line, params });
  }

  /** The value of a read, its problems kept. */
  take<T>(read: FieldRead<T>): T | null {
    if (read.problems.length > 0) append(this.problems, read.problems);
    return read.value;
  }

  /** The value of a read, or `fallback` when the field is not set or does not read; problems kept. */
  or<T>(read: FieldRead<T>, fallback: T): T {
    return this.take(read) ?? fallback;
  }

  private bad<T>(code: DiagnosticCode, field: string, params: Record<string, string | number>): FieldRead<T> {
    return { value: null, problems: [this.problem(code, field, params)] };
  }

  /** Text, trimmed; a number as written; a Date as its day. Anything else: `field-type`. */
  text(field: string): FieldRead<string> {
    const v = this.data[field];
    if (isUnset(v)) return unset();
    // A copy: the value may be a view of the note's text, which the index must not keep.
    if (typeof v === "string") return got(ownString(v.trim()));
    if (typeof v === "number") return got(String(v));
    if (v instanceof Date && !Number.isNaN(v.getTime())) return got(v.toISOString().slice(0, 10));
    return this.bad("field-type", field, { value: shownValue(v), expected: "text" });
  }

  /** One of `allowed`, exactly as written there. Other text: `field-value` listing them. */
  choice<T extends string>(field: string, allowed: readonly T[]): FieldRead<T> {
    const t = this.text(field);
    if (t.value === null) return t as FieldRead<never>;
    if ((allowed as readonly string[]).includes(t.value)) return got(t.value as T);
    return this.bad("field-value", field, { value: t.value, allowed: allowed.join(", ") });
  }

  /**
   * A number (or text that is one) in [min, max]. Otherwise `field-value` with `allowed`, by
   * default "min–max".
   */
  number(field: string, min: number, max: number, allowed = `${min}–${max}`): FieldRead<number> {
    const v = this.data[field];
    if (isUnset(v)) return unset();
    const n = typeof v === "number" ? v : typeof v === "string" ? Number(v) : NaN;
    if (Number.isFinite(n) && n >= min && n <= max) return got(n);
    return this.bad("field-value", field, { value: shownValue(v), allowed });
  }

  /**
   * An amount in major units (`45`, `"32.50"`) as integer minor units of `currency` (a known
   * code), exactly: `money-negative`, `money-precision`, or `field-type` for anything else.
   */
  money(field: string, currency: string): FieldRead<number> {
    const v = this.data[field];
    if (isUnset(v)) return unset();
    const r = parseMajor(v, currency);
    if (r.ok) return got(r.minor);
    const code: DiagnosticCode = r.reason === "negative" ? "money-negative" : r.reason === "precision" ? "money-precision" : "field-type";
    return this.bad(code, field, { value: shownValue(v), currency, expected: "number" });
  }

  /** An ISO 4217 code in capitals. Otherwise `currency-unknown`, with the code meant when it is clear ("usd"). */
  currency(field: string): FieldRead<string> {
    const t = this.text(field);
    if (t.value === null || isCurrencyCode(t.value)) return t;
    return this.bad("currency-unknown", field, { value: t.value, hint: suggestCurrency(t.value) ?? "" });
  }

  /** An IANA zone name. Otherwise `timezone-unknown`. */
  zone(field: string): FieldRead<string> {
    const t = this.text(field);
    if (t.value === null || isValidZone(t.value)) return t;
    return this.bad("timezone-unknown", field, { value: t.value });
  }

  /** A day, "YYYY-MM-DD". Otherwise `field-value`. */
  date(field: string): FieldRead<string> {
    const t = this.text(field);
    if (t.value === null || isDateText(t.value)) return t;
    return this.bad("field-value", field, { value: t.value, allowed: "YYYY-MM-DD" });
  }

  /**
   * Yes or no: a YAML true/false. With `words`, also the text true, false, yes or no, and other
   * text is `field-value`; anything else that is not true/false is `field-type`.
   */
  flag(field: string, words = false): FieldRead<boolean> {
    const v = this.data[field];
    if (isUnset(v)) return unset();
    if (typeof v === "boolean") return got(v);
    if (words && typeof v === "string") {
      const w = v.trim();
      if (w === "true" || w === "yes") return got(true);
      if (w === "false" || w === "no") return got(false);
      return this.bad("field-value", field, { value: v, allowed: "true, false" });
    }
    return this.bad("field-type", field, { value: shownValue(v), expected: "true/false" });
  }

  /**
   * A list of text (one text alone is a list of one), each item trimmed; empty items are left out
   * and every other item that is not text is one `field-type`.
   */
  list(field: string): FieldRead<string[]> {
    const v = this.data[field];
    if (isUnset(v)) return unset();
    const items: string[] = [];
    let problems: Diagnostic[] | null = null;
    for (const item of Array.isArray(v) ? (v as unknown[]) : [v]) {
      if (isUnset(item)) continue;
      if (typeof item === "string") items.push(ownString(item.trim()));
      else (problems ??= []).push(this.problem("field-type", field, { value: shownValue(item), expected: "text" }));
    }
    return { value: items, problems: problems ?? NONE };
  }
}
