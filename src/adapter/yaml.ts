// The plugin's YAML parser for the core (core/notes/yaml.ts): Obsidian's own parseYaml, the one
// its metadata cache reads frontmatter with, so main.js bundles no second parser. Set by onload.

import { parseYaml } from "obsidian";
import type { YamlRead, YamlReader } from "../core/notes/yaml";

/** Where a parse error points: js-yaml's (Obsidian's parser) `mark.line` and `reason`, else line 0 and its message. */
export function brokenAt(e: unknown): YamlRead {
  const err = (e ?? {}) as { mark?: { line?: unknown; column?: unknown }; reason?: unknown; message?: unknown };
  const line = typeof err.mark?.line === "number" ? err.mark.line : 0;
  const column = typeof err.mark?.column === "number" ? { column: err.mark.column } : {};
  const reason = typeof err.reason === "string" && err.reason !== "" ? err.reason : typeof err.message === "string" ? err.message : String(e);
  return { ok: false, line, ...column, reason };
}

/**
 * Dates as the text they were written as. Obsidian's parser keeps `2026-11-23` as text today; a
 * parser with YAML 1.1 timestamps would hand back a Date, which every field reader would refuse
 * as "not a date", so a Date is turned back into its text (a date at midnight UTC → the day).
 */
export function datesAsText(value: unknown, depth = 0): unknown {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return String(value);
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (depth > 64 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = datesAsText(value[i], depth + 1);
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) record[key] = datesAsText(record[key], depth + 1);
  return record;
}

export const obsidianYamlReader: YamlReader = (yaml) => {
  try {
    return { ok: true, value: datesAsText(parseYaml(yaml) as unknown) };
  } catch (e) {
    // A note's frontmatter never stops the plugin: whatever the parser throws is a broken block.
    return brokenAt(e);
  }
};
