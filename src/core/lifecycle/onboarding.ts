// A new client's onboarding notes from the templates, all rendered before any is written: the CLI
// and the plugin both make a client whole or not at all.

import type { Client, ClientStatus } from "../shared/types";
import { readFrontmatter } from "../notes/frontmatter";
import { parseClientNote, type ClientDefaults } from "../notes/client-note";
import { clientValues, renderTemplate, type ValueContext } from "./templates";
import { ONBOARDING_KINDS, type TemplateKind } from "./templates/kinds";
import { templateTitle } from "./templates/defaults";

export type OnboardingNotes =
  | { ok: true; notes: { title: string; text: string }[] }
  | { ok: false; file: string; line: number; placeholder: string };

export function onboardingNotes(client: Client, template: (kind: TemplateKind) => { file: string; text: string }, ctx: ValueContext): OnboardingNotes {
  const values = clientValues(client, ctx);
  const notes: { title: string; text: string }[] = [];
  for (const kind of ONBOARDING_KINDS) {
    const { file, text } = template(kind);
    const r = renderTemplate(file, text, values);
    if (!r.ok) return r;
    notes.push({ title: templateTitle(kind, client.language), text: r.text });
  }
  return { ok: true, notes };
}

/** The Client a new client note's text describes, as the index will read it. */
export function clientOfNote(path: string, key: string, text: string, defaults: ClientDefaults): Client {
  const read = readFrontmatter(text);
  return parseClientNote({ path, key, folder: key, data: read.data, fieldLines: read.fieldLines, yamlError: read.error }, defaults).client;
}

export const NEW_CLIENT_STATUSES: readonly ClientStatus[] = ["lead", "onboarding", "active"];
