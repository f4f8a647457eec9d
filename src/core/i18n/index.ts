// Message lookup for the UI, the CLI and client-facing notes.

import { en, type MessageKey } from "./en";
import { vi } from "./vi";
import type { Diagnostic, Language } from "../shared/types";

export type { MessageKey };
export type Params = Record<string, string | number>;
/** A message lookup; the CLI's takes its own keys too (`Translate<MessageKey | CliMessageKey>`). */
export type Translate<K extends string = MessageKey> = (key: K, params?: Params) => string;
/** Messages of one part of the program in every language, e.g. the CLI's (src/cli/messages). */
export type Catalogs<K extends string> = Record<Language, Record<K, string>>;

const CATALOGS: Catalogs<MessageKey> = { en, vi };

export function translator(language: Language): Translate {
  const catalog = CATALOGS[language];
  const one = language === "en" ? singular : same;
  return (key, params) => one(fill(catalog[key] ?? en[key], params), params);
}

/**
 * A lookup of the core's messages and `extra` ones, which the one who needs them brings: the CLI
 * its usage and output, so that the plugin's bundle holds none of them. Their keys must not be
 * the core's (`Exclude` leaves a repeated key out of K, and the call fails to compile).
 */
export function translatorWith<K extends string>(language: Language, extra: Catalogs<Exclude<K, MessageKey>>): Translate<MessageKey | K> {
  const catalog: Record<string, string> = CATALOGS[language];
  const own: Record<string, string> = extra[language];
  const ownEn: Record<string, string> = extra.en;
  const one = language === "en" ? singular : same;
  return (key, params) => one(fill(catalog[key] ?? own[key] ?? en[key as MessageKey] ?? ownEn[key], params), params);
}

const same = (text: string): string => text;

// English messages are written for many ("{count} errors"); a count of one reads in the singular.
// Vietnamese nouns do not change with the number.
const PLURALS = /(?<![\w.,-])1 (errors|warnings|entries|files|notes|log notes|lines|clients|invoices|days|hours|blocks|tasks|copies|rows|weeks)\b/g;
const SINGULAR: Record<string, string> = {
  errors: "error",
  warnings: "warning",
  entries: "entry",
  files: "file",
  notes: "note",
  "log notes": "log note",
  lines: "line",
  clients: "client",
  invoices: "invoice",
  days: "day",
  hours: "hour",
  blocks: "block",
  tasks: "task",
  copies: "copy",
  rows: "row",
  weeks: "week",
};

function singular(text: string, params?: Params): string {
  // Only a message given a 1 can need it: the planner fills hundreds of labels a render.
  if (!params) return text;
  for (const name in params) {
    const v = params[name];
    if (v === 1 || v === "1") return text.replace(PLURALS, (_, noun: string) => `1 ${SINGULAR[noun]}`);
  }
  return text;
}

// A planner draws hundreds of labels a render: each message is split into its literal text and
// its {placeholders} once, then filled by joining the parts.
const compiled = new Map<string, string[]>();

/** Literal text at even positions, placeholder names at odd ones. */
function partsOf(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    compiled.set(template, parts);
  }
  return parts;
}

function fill(template: string, params?: Params): string {
  if (!params) return template;
  const parts = partsOf(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : `{${name}}`) + parts[i + 1];
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
