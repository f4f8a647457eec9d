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
const FAIL = Symbol("fail");

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

function plain(text: string): Scalar | typeof FAIL {
  // Most values (ids in lists, statuses, codes): skip the regexes.
  if (isPlainWord(text) && !NULLS.has(text) && !TRUES.has(text) && !FALSES.has(text)) return text;
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

function quoted(text: string): string | typeof FAIL {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    const inner = text.slice(1, -1);
    if (/["\\]/.test(inner)) return FAIL;
    return inner;
  }
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) {
    const inner = text.slice(1, -1);
    if (inner.includes("'")) return FAIL;
    return inner;
  }
  return FAIL;
}

function scalar(text: string): Scalar | typeof FAIL {
  return text.startsWith('"') || text.startsWith("'") ? quoted(text) : plain(text);
}

function flowList(text: string): Scalar[] | typeof FAIL {
  const inner = text.slice(1, -1);
  if (/[[\]{}]/.test(inner)) return FAIL;
  if (inner.trim() === "") return [];
  const out: Scalar[] = [];
  for (const part of inner.split(",")) {
    const item = part.trim();
    if (item === "") return FAIL;
    if (item.includes('"') || item.includes("'")) {
      const q = quoted(item);
      if (q === FAIL || q.includes(",")) return FAIL;
      out.push(q);
      continue;
    }
    const v = plain(item);
    if (v === FAIL) return FAIL;
    out.push(v);
  }
  return out;
}

/** The fields of `yaml` (the text between the --- lines), or null when it is not flat. */
export function readFlatYaml(yaml: string): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  if (yaml.trim() === "") return data;
  for (const line of yaml.split("\n")) {
    if (line === "") continue;
    const m = KEY.exec(line);
    if (!m || Object.prototype.hasOwnProperty.call(data, m[1]) || m[1] === "__proto__") return null;
    const raw = m[2] ?? "";
    if (raw !== raw.trim()) return null;
    let value: unknown;
    if (raw.startsWith("[")) {
      if (!raw.endsWith("]")) return null;
      value = flowList(raw);
    } else {
      value = scalar(raw);
    }
    if (value === FAIL) return null;
    data[m[1]] = value;
  }
  return data;
}
