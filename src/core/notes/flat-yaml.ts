// A reader for the flat frontmatter Client Desk's notes use (`key: scalar` and `key: [a, b]`),
// giving exactly what js-yaml's core schema gives for that subset and null for anything else, which
// the YAML parser handed in (./yaml.ts) then reads. A full parser costs a fraction of a millisecond
// a note; this costs microseconds.

const KEY = /^([A-Za-z_][\w-]*):(?: (.*))?$/;
const PLAIN_STOP = /: |:$|\s#|^[-?:,[\]{}#&*!|>'"%@`]|^\s|\s$|\t/;
const NUMBER = /^[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;
// Anything else a number could be written as (hex, octal, exponents, underscores, .inf, .nan).
const NUMBERISH = /^[-+]?\.?[0-9a-zA-Z_.+-]*$/;
const DATE_LIKE = /^\d{4}-(?:\d{2}(?:-\d{2})?|W\d{2})$/;
const NULLS = new Set(["", "~", "null", "Null", "NULL"]);
const TRUES = new Set(["true", "True", "TRUE"]);
const FALSES = new Set(["false", "False", "FALSE"]);

type Scalar = string | number | boolean | null;
/** What a value that is not flat reads as: the note then goes to the full parser. */
export const FAIL = Symbol("fail");

/** The characters String.prototype.trim removes and /\s/ matches (WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * True for a word of ASCII letters, digits, `_` and `-` that starts with a letter (an entry id, a
 * status, a currency code): none of the patterns below can match it but the null and boolean words.
 */
function isPlainWord(text: string): boolean {
  const first = text.charCodeAt(0) | 0x20;
  if (first < 97 || first > 122) return false;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95)) return false;
  }
  return true;
}

/**
 * True when text[from, to) is a plain word (isPlainWord) that reads as itself: not one of the null
 * and boolean words. What flowListAt reads an entry id as, checked in place.
 */
export function isPlainWordAt(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  const first = text.charCodeAt(from) | 0x20;
  if (first < 97 || first > 122) return false;
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 95)) return false;
  }
  if (to - from !== 4 && to - from !== 5) return true;
  const word = text.slice(from, to);
  return !NULLS.has(word) && !TRUES.has(word) && !FALSES.has(word);
}

/** True for ASCII digits only, without a leading zero unless alone: what NUMBER matches without sign or fraction. */
function isPlainInteger(text: string): boolean {
  const n = text.length;
  if (n === 0 || (n > 1 && text.charCodeAt(0) === 48)) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function plain(text: string): Scalar | typeof FAIL {
  // Most values (ids in lists, statuses, codes): skip the regexes. Only words of four or five
  // letters can be a null or boolean word.
  if (isPlainWord(text)) {
    if (text.length !== 4 && text.length !== 5) return text;
    if (!NULLS.has(text) && !TRUES.has(text) && !FALSES.has(text)) return text;
  }
  // Amounts and counts.
  if (isPlainInteger(text)) return Number(text);
  if (NULLS.has(text)) return null;
  if (TRUES.has(text)) return true;
  if (FALSES.has(text)) return false;
  if (NUMBER.test(text)) {
    // Signed zeros, leading zeros, octal and hex forms, exponents: leave them to js-yaml.
    const n = Number(text);
    return n === 0 && text !== "0" ? FAIL : n;
  }
  // Dates, months and ISO weeks are text in the core schema (it has no timestamps): task due
  // dates and report weeks need not go to js-yaml.
  if (DATE_LIKE.test(text)) return text;
  if (/^[-+.0-9]/.test(text) && NUMBERISH.test(text)) return FAIL;
  if (PLAIN_STOP.test(text)) return FAIL;
  return text;
}

/** A quoted scalar at text[from, to), read in place: the text between the quotes. */
function quotedAt(text: string, from: number, to: number): string | typeof FAIL {
  if (to - from < 2) return FAIL;
  const q = text.charCodeAt(from);
  if ((q !== 34 && q !== 39) || text.charCodeAt(to - 1) !== q) return FAIL;
  // The inner text holds no quote of its kind (nor, in double quotes, a backslash: escapes).
  for (let i = from + 1; i < to - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === q || (c === 92 && q === 34)) return FAIL;
  }
  return text.slice(from + 1, to - 1);
}

/**
 * The items of the flow list text[from, to) (a `[` at from, a `]` before to, not blank inside):
 * `item(a, end, x, y)` for each, written between a and the comma or `]` at end, trimmed to [x, y).
 * False when an item is empty or `item` returns false. The one rule for a list's items, for every
 * reader in place.
 */
export function walkFlowItems(text: string, from: number, to: number, item: (a: number, end: number, x: number, y: number) => boolean): boolean {
  const end = to - 1;
  let a = from + 1;
  for (;;) {
    let comma = a;
    while (comma < end && text.charCodeAt(comma) !== 44) comma++;
    let x = a;
    let y = comma;
    while (x < y && isSpaceCode(text.charCodeAt(x))) x++;
    while (y > x && isSpaceCode(text.charCodeAt(y - 1))) y--;
    if (x === y || !item(a, comma, x, y)) return false;
    if (comma === end) return true;
    a = comma + 1;
  }
}

/** True when the flow list text[from, to) holds only spaces between its brackets. */
export function isBlankList(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to - 1; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** `[a, b]` at text[from, to) (a `[` at from, a `]` before to), read in place. */
function flowListAt(text: string, from: number, to: number): Scalar[] | typeof FAIL {
  for (let i = from + 1; i < to - 1; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 93 || c === 123 || c === 125) return FAIL;
  }
  const out: Scalar[] = [];
  if (isBlankList(text, from, to)) return out;
  const read = walkFlowItems(text, from, to, (_a, _end, x, y) => {
    let quote = false;
    for (let i = x; i < y && !quote; i++) {
      const c = text.charCodeAt(i);
      quote = c === 34 || c === 39;
    }
    const v = quote ? quotedAt(text, x, y) : plain(text.slice(x, y));
    if (v === FAIL) return false;
    out.push(v);
    return true;
  });
  return read ? out : FAIL;
}

/**
 * The value of a flat field as written after `key: ` (one line, no line break in it), or FAIL
 * when it is not flat: then the full parser reads the note.
 */
export function flatValue(raw: string): unknown {
  return flatValueAt(raw, 0, raw.length);
}

/** flatValue of text[from, to), read in place (no slice of the whole value first). */
export function flatValueAt(text: string, from: number, to: number): unknown {
  if (to === from) return null;
  const c = text.charCodeAt(from);
  if (isSpaceCode(c) || isSpaceCode(text.charCodeAt(to - 1))) return FAIL;
  if (c === 91) return text.charCodeAt(to - 1) === 93 ? flowListAt(text, from, to) : FAIL;
  if (c === 34 || c === 39) return quotedAt(text, from, to);
  return plain(text.slice(from, to));
}

/** The fields of `yaml` (the text between the --- lines), or null when it is not flat. */
export function readFlatYaml(yaml: string): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  if (yaml.trim() === "") return data;
  for (const line of yaml.split("\n")) {
    if (line === "") continue;
    const m = KEY.exec(line);
    if (!m || Object.prototype.hasOwnProperty.call(data, m[1]) || m[1] === "__proto__") return null;
    const value = flatValue(m[2] ?? "");
    if (value === FAIL) return null;
    data[m[1]] = value;
  }
  return data;
}
