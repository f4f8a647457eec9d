// The CLI's YAML parser for the core (core/notes/yaml.ts): js-yaml with the YAML 1.2 core schema,
// as Obsidian reads frontmatter (dates and "16:00" stay text). The plugin uses Obsidian's own.

import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import type { YamlReader } from "../core/notes/yaml";

export const jsYamlReader: YamlReader = (yaml) => {
  try {
    return { ok: true, value: load(yaml, { schema: CORE_SCHEMA }) };
  } catch (e) {
    // "expected a single document" (a second `---` in the block) comes without a mark.
    if (e instanceof YAMLException) return e.mark ? { ok: false, line: e.mark.line, column: e.mark.column, reason: e.reason } : { ok: false, line: 0, reason: e.reason };
    throw e;
  }
};
