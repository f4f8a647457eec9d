// The templates the plugin knows by kind, and the note title each has in each language. The title
// is the template's file name in the templates folder and the name of the note it makes.

import type { Language } from "../../shared/types";
import { TEMPLATES_EN } from "./defaults.en";
import { TEMPLATES_VI } from "./defaults.vi";

export type TemplateKind = "intake" | "agreement" | "discovery" | "welcome" | "checkin" | "survey";

export const ONBOARDING_KINDS: readonly TemplateKind[] = ["intake", "agreement", "discovery", "welcome"];
export const TEMPLATE_KINDS: readonly TemplateKind[] = [...ONBOARDING_KINDS, "checkin", "survey"];

export interface DefaultTemplate {
  title: string;
  text: string;
}

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
