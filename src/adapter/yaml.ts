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

export const obsidianYamlReader: YamlReader = (yaml) => {
  try {
    return { ok: true, value: parseYaml(yaml) as unknown };
  } catch (e) {
    // A note's frontmatter never stops the plugin: whatever the parser throws is a broken block.
    return brokenAt(e);
  }
};
