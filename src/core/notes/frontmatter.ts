// Frontmatter read from a note's text, for the CLI and for notes whose YAML Obsidian rejected.
// In Obsidian the values come from metadataCache; this module still gives field line numbers.

import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import { readFlatYaml } from "./flat-yaml";

export interface FrontmatterRead {
  data: Record<string, unknown> | null;
  /** Set when the block exists but is not valid YAML (or not a mapping). */
  error: { line: number; reason: string } | null;
  /** 1-based line of each top-level field in the note. */
  fieldLines: Map<string, number>;
}

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
  // A byte-order mark from Windows editors must not hide the frontmatter.
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/);
  const { fieldLines, close } = readFieldLines(lines);
  if (close === -2) return { data: null, error: null, fieldLines };
  if (close === -1) {
    return { data: null, error: { line: 1, reason: "the frontmatter has no closing ---" }, fieldLines };
  }
  const yaml = lines.slice(1, close).join("\n");
  try {
    const flat = readFlatYaml(yaml);
    if (flat !== null) return { data: flat, error: null, fieldLines };
    // The core schema, like Obsidian: dates stay text, "16:00" stays text.
    const data = load(yaml, { schema: CORE_SCHEMA }) ?? {};
    if (typeof data !== "object" || Array.isArray(data)) {
      return { data: null, error: { line: 2, reason: "the frontmatter is not a list of fields" }, fieldLines };
    }
    return { data: data as Record<string, unknown>, error: null, fieldLines };
  } catch (e) {
    if (e instanceof YAMLException) {
      return {
        data: null,
        error: { line: e.mark.line + 2, reason: e.reason },
        fieldLines,
      };
    }
    throw e;
  }
}

/** The 1-based line of each top-level field of the frontmatter, without parsing the YAML. */
export function frontmatterFieldLines(text: string): Map<string, number> {
  return readFieldLines((text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r?\n/)).fieldLines;
}
