// Message lookup for the UI, the CLI and client-facing notes.

import { en, type MessageKey } from "./en";
import { vi } from "./vi";
import type { Diagnostic, Language } from "../types";

export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const CATALOGS: Record<Language, Record<MessageKey, string>> = { en, vi };

export function translator(language: Language): Translate {
  const catalog = CATALOGS[language];
  return (key, params) => fill(catalog[key] ?? en[key], params);
}

function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (all, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : all,
  );
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
  return t(`diag.${d.code}` as MessageKey, params).trim();
}

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
