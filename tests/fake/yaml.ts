// YAML the way Obsidian reads and writes frontmatter: the YAML 1.2 core schema (dates and "16:00"
// stay text), no line folding, double quotes when quoting is needed.
import yaml from "js-yaml";
import type * as O from "obsidian";

export function parseYaml(text: string): any {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

export function stringifyYaml(obj: any): string {
  return yaml.dump(obj, { schema: yaml.CORE_SCHEMA, lineWidth: -1, quotingType: '"', noCompatMode: true });
}

const OPEN = /^---[ \t]*\r?\n/;

/** Same contract as Obsidian's getFrontMatterInfo. */
export function getFrontMatterInfo(content: string): O.FrontMatterInfo {
  const none: O.FrontMatterInfo = { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
  const open = OPEN.exec(content);
  if (!open) return none;
  const from = open[0].length;
  let lineStart = from;
  while (lineStart <= content.length) {
    const nl = content.indexOf("\n", lineStart);
    const lineEnd = nl === -1 ? content.length : nl;
    const line = content.slice(lineStart, lineEnd).replace(/\r$/, "");
    if (/^---[ \t]*$/.test(line)) {
      const contentStart = nl === -1 ? content.length : nl + 1;
      return { exists: true, frontmatter: content.slice(from, lineStart), from, to: lineStart, contentStart };
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return none;
}
