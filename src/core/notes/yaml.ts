// The YAML parser the core reads frontmatter text with, handed in once by whoever runs the core:
// the plugin's onload gives Obsidian's own parseYaml (src/adapter/yaml.ts), the CLI's main and the
// tests give js-yaml with its core schema (src/cli/yaml.ts). The core imports no parser itself, so
// the plugin's main.js carries none beside Obsidian's. Whichever it is, the core still refuses what
// aliases multiply (frontmatter.ts, boundedFrontmatter) and a block that is not a mapping.

/** A parse: the value, or where the YAML is broken (0-based line of the YAML text) and why. */
/** `column` (0-based) when the parser gives one; `reason` is the parser's own words (i18n/yaml-errors.ts translates them). */
export type YamlRead = { ok: true; value: unknown } | { ok: false; line: number; column?: number; reason: string };

/** Parses YAML text the way Obsidian reads frontmatter (the YAML 1.2 core schema: dates and "16:00" stay text). */
export type YamlReader = (yaml: string) => YamlRead;

let reader: YamlReader | null = null;

export function setYamlReader(r: YamlReader): void {
  reader = r;
}

export function readYaml(yaml: string): YamlRead {
  if (!reader) throw new Error("No YAML reader set: the plugin's onload and the CLI's main set one (setYamlReader)");
  return reader(yaml);
}
