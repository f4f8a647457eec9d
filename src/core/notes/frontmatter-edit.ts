// Setting top-level frontmatter fields in a note's text, for writers that have no
// FileManager.processFrontMatter (the CLI). Only the lines of the fields that change are touched:
// every other byte of the note (other fields, comments, blank lines, the body, CRLF line endings,
// a byte-order mark) stays as it was. A list that only grows keeps its items' text and its style
// (`[a, b]` gets `, c` before its `]`; a block list gets one `- c` line per new item); any other
// change rewrites that one field as `key: value` (a flow list for a list). A field that is not
// there is added as the last line of the frontmatter, and a note without frontmatter gets one.
//
// The result is read back: the edit is refused unless the new text's frontmatter reads as the old
// one with exactly the changes made, so a note never reads otherwise than intended.

import { readFrontmatter } from "./frontmatter";

/** What a field can be set to: a scalar, or a flat list of scalars (`payments`, `entries`). */
export type FrontmatterValue = string | number | boolean | null | readonly (string | number | boolean)[];

export type FrontmatterEdit =
  | { ok: true; text: string }
  /**
   * `yaml`: the frontmatter does not read (the note is left for its owner to fix); `value`: a value
   * of a kind this editor does not write (nested objects, NaN); `removed`: a field was deleted;
   * `readback`: the edited text would not read as intended (a key in a form this editor does not
   * know, such as a flow mapping).
   */
  | { ok: false; reason: "yaml" | "value" | "removed" | "readback" };

/** A line of the text without its line break, and the break ("\r\n", "\n" or "" at the end). */
interface Line {
  text: string;
  eol: string;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf("\n", at);
    if (nl === -1) {
      out.push({ text: text.slice(at), eol: "" });
      break;
    }
    const cr = nl > at && text.charCodeAt(nl - 1) === 13;
    out.push({ text: text.slice(at, cr ? nl - 1 : nl), eol: cr ? "\r\n" : "\n" });
    at = nl + 1;
  }
  return out;
}

const joinLines = (lines: readonly Line[]) => lines.map((l) => l.text + l.eol).join("");

// Words a YAML reader (core schema, or YAML 1.1 as some other tools use) takes for something else than text.
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

/** A scalar as YAML: plain when it can only read back as the same text, else double-quoted (JSON is valid YAML). */
export function yamlScalar(v: string | number | boolean | null): string {
  if (v === null) return "null";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return String(v);
  return /^[A-Za-z][\w-]*$/.test(v) && !RESERVED.test(v) ? v : JSON.stringify(v);
}

function isScalar(v: unknown): v is string | number | boolean | null {
  return v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v));
}

function writable(v: unknown): v is FrontmatterValue {
  return isScalar(v) || (Array.isArray(v) && v.every((i) => isScalar(i) && i !== null));
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}

const KEY_LINE = /^(?:"([^"\\]*)"|'([^']*)'|([^\s#:'"?,[\]{}&*!|>%@`-][^:]*?|-[^\s:][^:]*?))[ \t]*:(?=[ \t]|$)/;

/** The top-level key a frontmatter line starts, with the length of `key:`; null for any other line. */
function keyOf(line: string): { key: string; end: number } | null {
  const m = KEY_LINE.exec(line);
  return m ? { key: m[1] ?? m[2] ?? m[3], end: m[0].length } : null;
}

/** The end (exclusive) of the field whose key is on line `i`: its indented lines and `- ` items, not trailing blank lines. */
function fieldEnd(lines: readonly Line[], i: number, close: number): number {
  let last = i;
  for (let j = i + 1; j < close; j++) {
    const t = lines[j].text;
    if (t.trim() === "") continue;
    if (/^[ \t]/.test(t) || t === "-" || t.startsWith("- ")) last = j;
    else break;
  }
  return last + 1;
}

/** The index just past the quoted scalar that starts at `s[at]` (a `"` or `'`), or -1 when it does not close. */
function quotedEnd(s: string, at: number): number {
  if (s[at] === '"') {
    let i = at + 1;
    while (i < s.length && s[i] !== '"') i += s[i] === "\\" ? 2 : 1;
    return i < s.length ? i + 1 : -1;
  }
  for (let i = at + 1; ; ) {
    const q = s.indexOf("'", i);
    if (q === -1) return -1;
    if (s[q + 1] !== "'") return q + 1;
    i = q + 2;
  }
}

/**
 * The value part after `key:` split into the value's own text and what follows it (spaces and a
 * `# comment`), when the value is one plain, quoted or flow-list scalar on the line; else null.
 */
function splitValue(rest: string): { lead: string; value: string; tail: string } | null {
  const lead = /^[ \t]*/.exec(rest)![0];
  const s = rest.slice(lead.length);
  // Nothing but a comment: an empty value (a block list or text may follow on the next lines).
  if (s.startsWith("#")) return lead === "" ? null : { lead: "", value: "", tail: rest };
  let end: number;
  if (s.startsWith('"') || s.startsWith("'")) {
    end = quotedEnd(s, 0);
    if (end === -1) return null;
  } else if (s.startsWith("[")) {
    end = 1;
    while (end < s.length && s[end] !== "]") {
      if (s[end] === "[" || s[end] === "{") return null;
      if (s[end] === '"' || s[end] === "'") {
        end = quotedEnd(s, end);
        if (end === -1) return null;
      } else end++;
    }
    if (end >= s.length) return null;
    end++;
  } else {
    const hash = s.search(/[ \t]#/);
    end = hash === -1 ? s.length : hash;
    while (end > 0 && (s[end - 1] === " " || s[end - 1] === "\t")) end--;
  }
  const tail = s.slice(end);
  if (!/^(?:[ \t]+#.*|[ \t]*)$/.test(tail)) return null;
  return { lead, value: s.slice(0, end), tail };
}

function flowList(items: readonly (string | number | boolean)[]): string {
  return `[${items.map(yamlScalar).join(", ")}]`;
}

/** The new lines of one field, replacing lines [start, end) whose old value (as read) is `old`. */
function editField(lines: readonly Line[], start: number, end: number, keyEnd: number, old: unknown, value: FrontmatterValue): Line[] {
  const keyLine = lines[start];
  const head = keyLine.text.slice(0, keyEnd);
  const rest = keyLine.text.slice(keyEnd);
  const split = splitValue(rest);
  if (isList(value) && Array.isArray(old) && old.length < value.length && old.every((x, i) => same(x, value[i]))) {
    const added = value.slice(old.length);
    // One-line flow list: the new items go before its `]`.
    if (end === start + 1 && split && split.value.startsWith("[")) {
      const inner = split.value.slice(1, -1);
      const list = inner.trim() === "" ? `[${added.map(yamlScalar).join(", ")}]` : `[${inner.replace(/[ \t]*$/, "")}, ${added.map(yamlScalar).join(", ")}]`;
      return [{ text: head + split.lead + list + split.tail, eol: keyLine.eol }];
    }
    // Block list: one `- item` line per new item, indented as the last item.
    const items = lines.slice(start + 1, end);
    const last = items[items.length - 1];
    if (end > start + 1 && (split === null || split.value === "") && items.every((l) => /^[ \t]*(?:-(?:[ \t]|$)|#)/.test(l.text) || l.text.trim() === "")) {
      // The last item is followed by the closing ---, so it ends with a line break.
      const indent = /^[ \t]*/.exec(last.text)![0];
      return [...lines.slice(start, end), ...added.map((item) => ({ text: `${indent}- ${yamlScalar(item)}`, eol: last.eol }))];
    }
  }
  const text = render(value);
  // A value on the key line alone keeps the spacing and the comment around it.
  if (end === start + 1 && split && split.value !== "") return [{ text: head + split.lead + text + split.tail, eol: keyLine.eol }];
  return [{ text: `${head} ${text}`, eol: lines[end - 1].eol }];
}

/**
 * The note's text with each field of `changes` set (the order of `changes` for the fields added).
 * Every other byte stays as it was; see the top of this file.
 */
export function setFrontmatterFields(text: string, changes: Readonly<Record<string, FrontmatterValue>>): FrontmatterEdit {
  const names = Object.keys(changes);
  for (const name of names) if (!writable(changes[name]) || name === "__proto__") return { ok: false, reason: "value" };
  const read = readFrontmatter(text);
  if (read.error) return { ok: false, reason: "yaml" };
  const before = read.data ?? {};
  if (names.length === 0) return { ok: true, text };
  const bom = text.charCodeAt(0) === 0xfeff ? "\ufeff" : "";
  let lines = splitLines(text.slice(bom.length));
  const firstEol = lines.find((l) => l.eol !== "")?.eol ?? "\n";
  if (read.data === null) {
    // No frontmatter: one is put at the top.
    const fm: Line[] = [{ text: "---", eol: firstEol }, ...names.map((n) => ({ text: `${n}: ${render(changes[n])}`, eol: firstEol })), { text: "---", eol: firstEol }];
    return checked(bom + joinLines([...fm, ...lines]), before, changes);
  }
  const eol = lines[0].eol || firstEol;
  let close = lines.findIndex((l, i) => i > 0 && (l.text === "---" || l.text === "..."));
  for (const name of names) {
    let start = -1;
    let keyEnd = 0;
    for (let i = 1; i < close; i++) {
      const k = keyOf(lines[i].text);
      if (k && k.key === name) {
        start = i;
        keyEnd = k.end;
        break;
      }
    }
    if (start === -1) {
      const added = { text: `${name}: ${render(changes[name])}`, eol };
      // The line before the closing --- ends with a break already; the first line always has one.
      lines = [...lines.slice(0, close), added, ...lines.slice(close)];
      close++;
      continue;
    }
    const end = fieldEnd(lines, start, close);
    const replaced = editField(lines, start, end, keyEnd, before[name], changes[name]);
    lines = [...lines.slice(0, start), ...replaced, ...lines.slice(end)];
    close += replaced.length - (end - start);
  }
  return checked(bom + joinLines(lines), before, changes);
}

function isList(v: FrontmatterValue): v is readonly (string | number | boolean)[] {
  return Array.isArray(v);
}

function render(v: FrontmatterValue): string {
  return isList(v) ? flowList(v) : yamlScalar(v);
}

function checked(text: string, before: Record<string, unknown>, changes: Readonly<Record<string, FrontmatterValue>>): FrontmatterEdit {
  const after = readFrontmatter(text);
  if (after.error || after.data === null) return { ok: false, reason: "readback" };
  const expected: Record<string, unknown> = { ...before, ...changes };
  return same(after.data, expected) ? { ok: true, text } : { ok: false, reason: "readback" };
}

/**
 * processFrontMatter for a note's text: `change` gets a copy of the frontmatter's fields (an empty
 * object when there is none) and may set fields; the fields it changed are then set in the text
 * (setFrontmatterFields). Refused when the frontmatter does not read or a field was removed.
 */
export function processFrontmatterText<R>(text: string, change: (fm: Record<string, unknown>) => R): { result: R | null; edit: FrontmatterEdit } {
  const read = readFrontmatter(text);
  if (read.error) return { result: null, edit: { ok: false, reason: "yaml" } };
  const before = read.data ?? {};
  const fm = JSON.parse(JSON.stringify(before)) as Record<string, unknown>;
  const result = change(fm);
  const changes: Record<string, FrontmatterValue> = {};
  for (const key of Object.keys(before)) if (!Object.prototype.hasOwnProperty.call(fm, key)) return { result, edit: { ok: false, reason: "removed" } };
  for (const key of Object.keys(fm)) {
    if (same(fm[key], before[key])) continue;
    if (!writable(fm[key])) return { result, edit: { ok: false, reason: "value" } };
    changes[key] = fm[key];
  }
  return { result, edit: setFrontmatterFields(text, changes) };
}
