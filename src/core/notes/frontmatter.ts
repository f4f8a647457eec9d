// Frontmatter read from a note's text, for the CLI and for notes whose YAML Obsidian rejected.
// In Obsidian the values come from metadataCache; this module still gives field line numbers.
// The YAML beyond flat fields is parsed by the parser the plugin or the CLI handed in (./yaml.ts).

import { readFlatYaml } from "./flat-yaml";
import { readFlatFrontmatter, scanFieldLines } from "./frontmatter-scan";
import { readYaml } from "./yaml";

export interface FrontmatterRead {
  data: Record<string, unknown> | null;
  /** Set when the block exists but is not valid YAML (or not a mapping). */
  error: { line: number; column?: number; reason: string } | null;
  /** 1-based line of each top-level field in the note. */
  fieldLines: Map<string, number>;
}

/**
 * How many values a reader walking the frontmatter meets, counting a YAML alias each time it is
 * used: a 400-byte "billion laughs" note is a few shared objects to the parser, and billions of
 * values to any code that walks them. Stops counting past `limit`.
 */
function walkedValues(data: unknown, limit: number): number {
  let n = 0;
  const stack: unknown[] = [data];
  while (stack.length > 0 && n <= limit) {
    const v = stack.pop();
    n++;
    if (v !== null && typeof v === "object") for (const child of Object.values(v)) stack.push(child);
  }
  return n;
}

/** More values than any client, task or invoice note has (an invoice lists a few thousand ids). */
const MAX_VALUES = 100_000;

/** Frontmatter data a reader may walk, or null when aliases multiply it beyond any real note. */
export function boundedFrontmatter(data: Record<string, unknown>): Record<string, unknown> | null {
  return walkedValues(data, MAX_VALUES) > MAX_VALUES ? null : data;
}

const TOO_MANY = "the frontmatter repeats values through YAML aliases (*name) far more than a note can hold";

function readFieldLines(lines: string[]): { fieldLines: Map<string, number>; close: number } {
  const fieldLines = new Map<string, number>();
  if (lines[0] !== "---") return { fieldLines, close: -2 };
  for (let i = 1; i < lines.length; i++) {
    if (lines[i] === "---" || lines[i] === "...") return { fieldLines, close: i };
    const m = /^([^\s#:][^:]*?):(\s|$)/.exec(lines[i]);
    if (m && !fieldLines.has(m[1])) fieldLines.set(m[1], i + 1);
  }
  return { fieldLines, close: -1 };
}

export function readFrontmatter(text: string): FrontmatterRead {
  // The flat frontmatter the plugin writes, read in place; anything else as below.
  const flat = readFlatFrontmatter(text);
  if (flat !== null) return { data: flat.data, error: null, fieldLines: flat.fieldLines };
  return readFrontmatterPlain(text);
}

/** readFrontmatter without the in-place reader: the reference its property tests compare with. */
export function readFrontmatterPlain(text: string): FrontmatterRead {
  // A byte-order mark from Windows editors must not hide the frontmatter.
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/);
  const { fieldLines, close } = readFieldLines(lines);
  if (close === -2) return { data: null, error: null, fieldLines };
  if (close === -1) {
    return { data: null, error: { line: 1, reason: "the frontmatter has no closing ---" }, fieldLines };
  }
  const yaml = lines.slice(1, close).join("\n");
  const flat = readFlatYaml(yaml);
  if (flat !== null) return { data: flat, error: null, fieldLines };
  // The parser handed in (./yaml.ts): Obsidian's in the plugin, js-yaml's core schema in the CLI.
  const read = readYaml(yaml);
  if (!read.ok) {
    const column = read.column === undefined ? {} : { column: read.column + 1 };
    return { data: null, error: { line: read.line + 2, ...column, reason: read.reason }, fieldLines };
  }
  const data = read.value ?? {};
  if (typeof data !== "object" || Array.isArray(data)) {
    return { data: null, error: { line: 2, reason: "the frontmatter is not a list of fields" }, fieldLines };
  }
  if (boundedFrontmatter(data as Record<string, unknown>) === null) return { data: null, error: { line: 2, reason: TOO_MANY }, fieldLines };
  return { data: data as Record<string, unknown>, error: null, fieldLines };
}

/** The 1-based line of each top-level field of the frontmatter, without parsing the YAML. */
export function frontmatterFieldLines(text: string): Map<string, number> {
  return scanFieldLines(text);
}

/**
 * A note's frontmatter: Obsidian's parsed values when it has them (only the field lines are then
 * read from the text, not the YAML), else the text's own; either way refused when its aliases
 * multiply it (boundedFrontmatter).
 */
export function frontmatterOf(text: string, parsed?: Record<string, unknown> | null): FrontmatterRead {
  if (!parsed) return readFrontmatter(text);
  const fieldLines = frontmatterFieldLines(text);
  if (boundedFrontmatter(parsed) === null) return { data: null, error: { line: 2, reason: TOO_MANY }, fieldLines };
  return { data: parsed, error: null, fieldLines };
}
