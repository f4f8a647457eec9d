// The frontmatter read in place in a note's text: the cold index reads ~35k notes' frontmatter at
// scale L (invoices, tasks, clients), and splitting every note into lines, joining the YAML back and
// running a regular expression per line cost more than reading the values. These give exactly what
// frontmatter.ts's plain readers give (property tests compare them) and decline (null) anything else.

import { FAIL, flatValueAt, isSpaceCode } from "./flat-yaml";

/** A flat block read in place: the values and each field's 1-based line. */
export interface FlatFrontmatter {
  data: Record<string, unknown>;
  fieldLines: Map<string, number>;
}

/** `[A-Za-z_]` */
function isKeyStart(c: number): boolean {
  const l = c | 0x20;
  return (l >= 97 && l <= 122) || c === 95;
}

/** `[\w-]` */
function isKeyChar(c: number): boolean {
  const l = c | 0x20;
  return (l >= 97 && l <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/**
 * The keys of the last notes read, by field number: notes of one kind write the same keys in the
 * same order, and a key string met before is reused rather than sliced again (a fresh string used
 * as a property name must be looked up in V8's string table; the cached one already was).
 */
const MAX_KEYS = 64;
const KEYS: string[] = new Array<string>(MAX_KEYS).fill("");

/** A character that ends a line for a regular expression's `.`, other than \n, in text[from, to). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (const c of ["\r", "\u2028", "\u2029"]) {
    const at = text.indexOf(c, from);
    if (at !== -1 && at < to) return true;
  }
  return false;
}

/**
 * Walks a note's frontmatter when every line of it is `key: value` (or `key:`) with \n line ends:
 * `field` gets each key at text[keyFrom, keyTo), its value at text[valueFrom, valueTo) (valueFrom
 * −1 when the line ends at the colon) and its 1-based line. False when the block is not so (no
 * frontmatter, an unclosed one, CRLF, another line break inside, a line that is not a key…) or
 * when `field` returns false. The one rule for what is flat, for every reader in place.
 */
export function walkFlatFields(text: string, field: (keyFrom: number, keyTo: number, valueFrom: number, valueTo: number, line: number) => boolean): boolean {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith("---\n", start)) return false;
  let pos = start + 4;
  let line = 2;
  for (;;) {
    const nl = text.indexOf("\n", pos);
    const end = nl === -1 ? text.length : nl;
    if (end - pos === 3) {
      const c = text.charCodeAt(pos);
      if ((c === 45 || c === 46) && text.charCodeAt(pos + 1) === c && text.charCodeAt(pos + 2) === c) return !hasLineBreak(text, start, pos);
    }
    if (nl === -1) return false;
    if (end > pos) {
      if (!isKeyStart(text.charCodeAt(pos))) return false;
      let k = pos + 1;
      while (k < end && isKeyChar(text.charCodeAt(k))) k++;
      if (k === end || text.charCodeAt(k) !== 58) return false;
      if (k + 1 < end && text.charCodeAt(k + 1) !== 32) return false;
      if (!field(pos, k, k + 1 < end ? k + 2 : -1, end, line)) return false;
    }
    pos = nl + 1;
    line++;
  }
}

/**
 * A note's frontmatter when every line of it is `key: value` or `key: [a, b]` in the flat subset
 * (flat-yaml.ts), with \n line ends; null otherwise (no frontmatter, an unclosed one, CRLF, block
 * lists, comments...): frontmatter.ts's plain reader then reads the note.
 */
export function readFlatFrontmatter(text: string): FlatFrontmatter | null {
  const data: Record<string, unknown> = {};
  const fieldLines = new Map<string, number>();
  const flat = walkFlatFields(text, (keyFrom, keyTo, valueFrom, valueTo, line) => {
    const n = line - 2;
    let key = n < MAX_KEYS ? KEYS[n] : "";
    if (key.length !== keyTo - keyFrom || !text.startsWith(key, keyFrom)) {
      key = text.slice(keyFrom, keyTo);
      if (n < MAX_KEYS) KEYS[n] = key;
    }
    if (key === "__proto__" || fieldLines.has(key)) return false;
    const value = valueFrom < 0 ? null : flatValueAt(text, valueFrom, valueTo);
    if (value === FAIL) return false;
    data[key] = value;
    fieldLines.set(key, line);
    return true;
  });
  return flat ? { data, fieldLines } : null;
}

/**
 * The 1-based line of each top-level field of the frontmatter, as frontmatter.ts's plain reader
 * finds them (a line `name:` followed by a space or its end; lines split at \n and \r\n), for any
 * text, without splitting it.
 */
export function scanFieldLines(text: string): Map<string, number> {
  const fieldLines = new Map<string, number>();
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith("---", start)) return fieldLines;
  let nl = text.indexOf("\n", start);
  // The first line must be exactly "---".
  if (nl === -1 || nl - start > 4 || (nl - start === 4 && text.charCodeAt(start + 3) !== 13)) return fieldLines;
  let line = 2;
  while (nl !== -1) {
    const pos = nl + 1;
    nl = text.indexOf("\n", pos);
    let end = nl === -1 ? text.length : nl;
    if (nl !== -1 && end > pos && text.charCodeAt(end - 1) === 13) end--;
    if (end - pos === 3) {
      const c = text.charCodeAt(pos);
      if ((c === 45 || c === 46) && text.charCodeAt(pos + 1) === c && text.charCodeAt(pos + 2) === c) return fieldLines;
    }
    const c0 = text.charCodeAt(pos);
    if (end > pos && c0 !== 35 && c0 !== 58 && !isSpaceCode(c0)) {
      const colon = text.indexOf(":", pos);
      if (colon !== -1 && colon < end && (colon + 1 === end || isSpaceCode(text.charCodeAt(colon + 1)))) {
        const key = text.slice(pos, colon);
        if (!fieldLines.has(key)) fieldLines.set(key, line);
      }
    }
    line++;
  }
  return fieldLines;
}
