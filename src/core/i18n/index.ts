// Message lookup for the UI, the CLI and client-facing notes.

import { en, type MessageKey } from "./en";
import { vi } from "./vi";
import type { Diagnostic, Language } from "../shared/types";
import { LOCALES } from "./format";
import { yamlReasonText } from "./yaml-errors";

export type { MessageKey };
export type Params = Record<string, string | number>;
/** A message lookup; the CLI's takes its own keys too (`Translate<MessageKey | CliMessageKey>`). */
export type Translate<K extends string = MessageKey> = (key: K, params?: Params) => string;
/** Messages of one part of the program in every language, e.g. the CLI's (src/cli/messages). */
export type Catalogs<K extends string> = Record<Language, Record<K, string>>;

// Each language's catalog on first use (vi.ts builds its own only then).
const CATALOGS: Record<Language, () => Record<MessageKey, string>> = { en: () => en, vi };

export function translator(language: Language): Translate {
  const catalog = CATALOGS[language]();
  const rules = pluralRules(language);
  return (key, params) => fill(catalog[key] ?? en[key], params, rules);
}

/**
 * A lookup of the core's messages and `extra` ones, which the one who needs them brings: the CLI
 * its usage and output, so that the plugin's bundle holds none of them. Their keys must not be
 * the core's (`Exclude` leaves a repeated key out of K, and the call fails to compile).
 */
export function translatorWith<K extends string>(language: Language, extra: Catalogs<Exclude<K, MessageKey>>): Translate<MessageKey | K> {
  const catalog: Record<string, string> = CATALOGS[language]();
  const own: Record<string, string> = extra[language];
  const ownEn: Record<string, string> = extra.en;
  const rules = pluralRules(language);
  return (key, params) => fill(catalog[key] ?? own[key] ?? en[key as MessageKey] ?? ownEn[key], params, rules);
}

// Plurals: a message says a counted noun as `{count, plural, one {# entry} other {# entries}}`
// (ICU's form, `#` being the count as given). Intl.PluralRules picks the category of the
// language: English has one and other, Vietnamese only other, so its messages need no such part.
const rulesOf = new Map<Language, Intl.PluralRules>();

function pluralRules(language: Language): Intl.PluralRules {
  let rules = rulesOf.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALES[language]);
    rulesOf.set(language, rules);
  }
  return rules;
}

/** The category of a param: a number, or a numeral as text ("1", "1,5"); anything else is "other". */
export function pluralCategory(value: string | number | undefined, rules: Intl.PluralRules): string {
  const n = typeof value === "number" ? value : Number(String(value ?? "").replace(",", "."));
  return Number.isFinite(n) ? rules.select(n) : "other";
}

/** A literal text, a `{name}` placeholder, or a plural part with its forms by category. */
type Part = string | { name: string } | { name: string; forms: Record<string, string> };

// A planner draws hundreds of labels a render: each message is split into its parts once, then
// filled by joining them.
const compiled = new Map<string, Part[]>();

function partsOf(template: string): Part[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = parse(template);
    compiled.set(template, parts);
  }
  return parts;
}

const PLACEHOLDER = /\{(\w+)\}/y;
const PLURAL_HEAD = /\{(\w+),\s*plural,\s*/y;
const FORM_KEY = /\s*(=?\w+)\s*\{/y;

function parse(template: string): Part[] {
  const parts: Part[] = [];
  let text = "";
  let i = 0;
  while (i < template.length) {
    if (template[i] === "{") {
      PLACEHOLDER.lastIndex = i;
      const simple = PLACEHOLDER.exec(template);
      if (simple) {
        parts.push(text, { name: simple[1] });
        text = "";
        i = PLACEHOLDER.lastIndex;
        continue;
      }
      const plural = pluralAt(template, i);
      if (plural) {
        parts.push(text, plural.part);
        text = "";
        i = plural.end;
        continue;
      }
    }
    text += template[i];
    i++;
  }
  parts.push(text);
  return parts;
}

/** `{name, plural, one {…} other {…}}` at `at`, or null (then the brace is plain text). */
function pluralAt(template: string, at: number): { part: Part; end: number } | null {
  PLURAL_HEAD.lastIndex = at;
  const head = PLURAL_HEAD.exec(template);
  if (!head) return null;
  const forms: Record<string, string> = {};
  let i = PLURAL_HEAD.lastIndex;
  for (;;) {
    while (template[i] === " ") i++;
    if (template[i] === "}") break;
    FORM_KEY.lastIndex = i;
    const key = FORM_KEY.exec(template);
    if (!key) return null;
    i = FORM_KEY.lastIndex;
    let depth = 1;
    const start = i;
    while (i < template.length && depth > 0) {
      if (template[i] === "{") depth++;
      else if (template[i] === "}") depth--;
      i++;
    }
    if (depth !== 0) return null;
    forms[key[1]] = template.slice(start, i - 1);
  }
  if (forms.other === undefined) return null;
  return { part: { name: head[1], forms }, end: i + 1 };
}

function fill(template: string, params: Params | undefined, rules: Intl.PluralRules): string {
  if (!params) return template;
  const parts = partsOf(template);
  let out = "";
  for (const part of parts) {
    if (typeof part === "string") out += part;
    else if (!Object.prototype.hasOwnProperty.call(params, part.name)) out += `{${part.name}}`;
    else if (!("forms" in part)) out += String(params[part.name]);
    else {
      const value = params[part.name];
      const form = part.forms[`=${String(value)}`] ?? part.forms[pluralCategory(value, rules)] ?? part.forms.other;
      out += fill(form.split("#").join(String(value)), params, rules);
    }
  }
  return out;
}

/** "vi", "vi-VN" → vi; anything else → en. Obsidian reports its language as an ISO code. */
export function languageFrom(code: string | null | undefined): Language {
  return code && code.toLowerCase().startsWith("vi") ? "vi" : "en";
}

/** The reason of a diagnostic, in a language, without the file and line. */
export function diagnosticMessage(d: Diagnostic, t: Translate): string {
  const params: Params = { ...d.params };
  if (d.code === "yaml-broken") {
    params.reason = yamlReasonText(String(d.params.reason ?? ""), d.params.column, t);
  }
  if (d.code === "currency-unknown") {
    params.hint = d.params.hint ? t("diag.currency-hint", { code: d.params.hint }) : "";
  }
  // The reader names the kind it wanted (number, text, true/false); said in words of the language.
  const wanted = String(d.params.expected);
  if (Object.prototype.hasOwnProperty.call(EXPECTED, wanted)) params.expected = t(EXPECTED[wanted]);
  return t(`diag.${d.code}` as MessageKey, params).trim();
}

const EXPECTED: Record<string, MessageKey> = { number: "diag.expected.number", text: "diag.expected.text", "true/false": "diag.expected.flag" };

/** "Clients/Acme/Acme.md:3 [timezone] error: …" — one line, for logs and the CLI. */
export function diagnosticLine(d: Diagnostic, t: Translate): string {
  const where = d.line > 0 ? `${d.file}:${d.line}` : d.file;
  const field = d.field ? ` [${d.field}]` : "";
  const severity = d.severity === "error" ? t("diagnostics.error") : t("diagnostics.warning");
  return `${where}${field} ${severity.toLowerCase()}: ${diagnosticMessage(d, t)}`;
}

// Every diagnostic code needs a message in the catalogs: a missing one fails to compile here.
type MissingDiagnosticText = Exclude<`diag.${Diagnostic["code"]}`, MessageKey>;
const everyCodeHasText: [MissingDiagnosticText] extends [never] ? true : never = true;
void everyCodeHasText;
