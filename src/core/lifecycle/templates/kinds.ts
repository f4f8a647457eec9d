// The kinds of template the plugin knows, and the shape of a default one.

export type TemplateKind = "intake" | "agreement" | "discovery" | "welcome" | "checkin" | "survey";

export const ONBOARDING_KINDS: readonly TemplateKind[] = ["intake", "agreement", "discovery", "welcome"];
export const TEMPLATE_KINDS: readonly TemplateKind[] = [...ONBOARDING_KINDS, "checkin", "survey"];

export interface DefaultTemplate {
  title: string;
  text: string;
}
