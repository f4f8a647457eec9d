// The weekly template's writes (src/core/planner/plan-template.ts): a week's plan note filled from
// the template, worked out on the note's text inside Vault.process (lines are only appended), or
// made when the week has no note and the template adds something; and a week saved as the template
// note, which never replaces an existing one.

import { normalizePath, type App, type TFile } from "obsidian";
import { fillPlanNote, type FillOptions, type FillPlan, type TemplateItem } from "../core/planner/plan-template";
import { createNote } from "./new-note";
import { assertInsideVault } from "./real-path";

/** Adds the template's blocks that the week lacks to its plan note; what was added and kept (null: the note was not read). */
export async function fillWeekNote(app: App, planPath: string, items: readonly TemplateItem[], options: Omit<FillOptions, "existing">): Promise<FillPlan | null> {
  const path = normalizePath(planPath);
  assertInsideVault(app, path);
  const plan = app.vault.getFileByPath(path);
  if (!plan) {
    const made = fillPlanNote(null, path, items, options);
    if (made.plan.add.length > 0) await createNote(app, path, made.text);
    return made.plan;
  }
  // Set inside vault.process: the fill is worked out on the note's text at the moment of writing.
  const box: { result: ReturnType<typeof fillPlanNote> | null } = { result: null };
  await app.vault.process(plan, (text) => {
    box.result = fillPlanNote(text, path, items, options);
    return box.result.text;
  });
  return box.result?.plan ?? null;
}

/** The template note's text; refused when its real location is outside the vault (a link out). */
export async function readTemplateNote(app: App, file: TFile): Promise<string> {
  assertInsideVault(app, file.path, { read: true });
  return app.vault.read(file);
}

/** Writes the template note; refused (vault.create throws) when one exists. */
export async function writeTemplateNote(app: App, path: string, text: string): Promise<void> {
  await createNote(app, normalizePath(path), text);
}
