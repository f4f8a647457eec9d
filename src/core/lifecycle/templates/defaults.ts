// The default template of each kind in each language, and the note title each has. The title is
// the template's file name in the templates folder and the name of the note it makes.

import type { Language } from "../../shared/types";
import type { DefaultTemplate, TemplateKind } from "./kinds";
import { TEMPLATES_EN } from "./defaults.en";
import { TEMPLATES_VI } from "./defaults.vi";

const DEFAULTS: Record<Language, Record<TemplateKind, DefaultTemplate>> = { en: TEMPLATES_EN, vi: TEMPLATES_VI };

export function defaultTemplate(kind: TemplateKind, language: Language): DefaultTemplate {
  return DEFAULTS[language][kind];
}

export function templateTitle(kind: TemplateKind, language: Language): string {
  return DEFAULTS[language][kind].title;
}

/** `<folder>/<title>.md`: the template file of a kind in a language. */
export function templatePath(folder: string, kind: TemplateKind, language: Language): string {
  const base = folder.replace(/^\/+|\/+$/g, "");
  return `${base === "" ? "" : `${base}/`}${templateTitle(kind, language)}.md`;
}
