// A YAML parser's reason for refusing a frontmatter block, in the UI language. js-yaml (the CLI's
// parser, and the one inside Obsidian's parseYaml) words its reasons in English; each kind it has
// becomes a catalog message, and one it does not know is shown as the parser said it, labelled.

import type { MessageKey } from "./en";

/** The message lookup (index.ts's Translate, named here so the two files do not import each other). */
type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** js-yaml's reasons (and the core's own, frontmatter.ts) by the start of their text. */
const KINDS: readonly [RegExp, MessageKey][] = [
  [/^the frontmatter has no closing ---/, "yaml.no-close"],
  [/^the frontmatter is not a list of fields/, "yaml.not-fields"],
  [/^the frontmatter repeats values through YAML aliases/, "yaml.aliases"],
  [/tab characters must not be used in indentation/i, "yaml.tab-indent"],
  [/bad indentation|deficient indentation|expected a valid indentation/i, "yaml.indentation"],
  [/duplicated mapping key/i, "yaml.duplicate-key"],
  [/within a (single|double) quoted scalar/i, "yaml.unclosed-quote"],
  [/within a flow collection/i, "yaml.unclosed-list"],
  [/missed comma between flow collection entries/i, "yaml.missing-comma"],
  [/a colon is missed|incomplete explicit mapping pair/i, "yaml.missing-colon"],
  [/a multiline key may not be an implicit key/i, "yaml.multiline-key"],
  [/end of the stream or a document separator is expected/i, "yaml.extra-text"],
  [/unidentified alias/i, "yaml.unknown-alias"],
  [/non-printable characters|unexpected character|stream contains/i, "yaml.bad-character"],
  [/unknown escape sequence|expected hexadecimal character/i, "yaml.bad-escape"],
];

/** The catalog key of a parser's reason, or null when it is of no kind listed. */
export function yamlReasonKey(reason: string): MessageKey | null {
  for (const [pattern, key] of KINDS) if (pattern.test(reason)) return key;
  return null;
}

/** The reason in the UI language, with its column when the parser gave one. */
export function yamlReasonText(reason: string, column: string | number | undefined, t: Translate): string {
  const key = yamlReasonKey(reason);
  const text = key === null ? t("yaml.unknown", { reason }) : t(key);
  return column === undefined || column === "" ? text : t("yaml.at-column", { reason: text, column });
}
