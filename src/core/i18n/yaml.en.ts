// English words for what a YAML parser (js-yaml, Obsidian's parseYaml) says is wrong with a
// frontmatter block (yaml-errors.ts picks one by the parser's own English reason).
export const yamlEn = {
  "yaml.at-column": "{reason} (column {column})",
  "yaml.unknown": "the YAML reader says: {reason}",
  "yaml.no-close": "the frontmatter has no closing ---",
  "yaml.not-fields": "the frontmatter is not a list of fields",
  "yaml.aliases": "the frontmatter repeats values through YAML aliases (*name) far more than a note can hold",
  "yaml.indentation": "a line is indented wrongly",
  "yaml.tab-indent": "a line is indented with a tab; use spaces",
  "yaml.duplicate-key": "a field name is written twice",
  "yaml.unclosed-quote": "a quoted text has no closing quote",
  "yaml.unclosed-list": "a list or set in brackets has no closing bracket",
  "yaml.missing-comma": "a comma is missing between the items in brackets",
  "yaml.missing-colon": "a field has no colon after its name",
  "yaml.multiline-key": "a field name runs over more than one line",
  "yaml.extra-text": "there is text after the end of the fields (a second document or a stray line)",
  "yaml.unknown-alias": "an alias (*name) names no anchor (&name)",
  "yaml.bad-character": "the text holds a character YAML does not allow",
  "yaml.bad-escape": "a quoted text has an unknown escape (\\…)",
} as const;
