// A new client's onboarding notes from the templates, all rendered before any is written: the CLI
// and the plugin both make a client whole or not at all.

import type { Client, ClientStatus } from "../shared/types";
import { readFrontmatter } from "../notes/frontmatter";
import { parseClientNote, type ClientDefaults } from "../notes/client-note";
import { clientValues, renderTemplate, type ValueContext } from "./templates";
import { ONBOARDING_KINDS, type TemplateKind } from "./templates/kinds";
import { templateTitle } from "./templates/defaults";
import { translator } from "../i18n";
import { textLine } from "../shared/markdown-text";

/** The client's service package as the welcome packet lists it (price already formatted). */
export interface WelcomePackage {
  name: string;
  deliverables: readonly string[];
  doneWhen: string | null;
  price: string;
  monthly: boolean;
}

export type OnboardingNotes =
  | { ok: true; notes: { title: string; text: string }[] }
  | { ok: false; file: string; line: number; placeholder: string };

export function onboardingNotes(client: Client, template: (kind: TemplateKind) => { file: string; text: string }, ctx: ValueContext, pkg: WelcomePackage | null = null): OnboardingNotes {
  const values = clientValues(client, ctx);
  const notes: { title: string; text: string }[] = [];
  for (const kind of ONBOARDING_KINDS) {
    const { file, text } = template(kind);
    const r = renderTemplate(file, text, values);
    if (!r.ok) return r;
    const note = kind === "welcome" && pkg !== null ? `${r.text.replace(/\n*$/, "\n")}${packageSection(pkg, client)}` : r.text;
    notes.push({ title: templateTitle(kind, client.language), text: note });
  }
  return { ok: true, notes };
}

/** The package's section of the welcome packet, in the client's language: what they get and when it counts as done. */
function packageSection(pkg: WelcomePackage, client: Client): string {
  const t = translator(client.language);
  const lines = ["", `## ${textLine(t("package.welcome.heading", { name: pkg.name }))}`, ""];
  for (const d of pkg.deliverables) lines.push(`- ${textLine(d)}`);
  lines.push("", textLine(t(pkg.monthly ? "package.welcome.price-monthly" : "package.welcome.price", { price: pkg.price })));
  if (pkg.doneWhen !== null) lines.push("", textLine(t("package.welcome.done-when", { text: pkg.doneWhen })));
  return `${lines.join("\n")}\n`;
}

/** The Client a new client note's text describes, as the index will read it. */
export function clientOfNote(path: string, key: string, text: string, defaults: ClientDefaults): Client {
  const read = readFrontmatter(text);
  return parseClientNote({ path, key, folder: key, data: read.data, fieldLines: read.fieldLines, yamlError: read.error }, defaults).client;
}

export const NEW_CLIENT_STATUSES: readonly ClientStatus[] = ["lead", "onboarding", "active"];
