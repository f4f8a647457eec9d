// "Fill week from template" and "Save this week as template": the weekly template note
// (`<planner folder>/Template.md`, docs/vault-format.md) and the week's plan note. The planner view
// calls fillWeekFromTemplate / saveWeekAsTemplate for the week it shows.

import { Notice, normalizePath } from "obsidian";
import type ClientDeskPlugin from "../../main";
import { diagnosticLine } from "../../core/i18n";
import { parseTemplate, templateFromBlocks, TEMPLATE_NAME, type FillPlan } from "../../core/planner/plan-template";
import { planNotePath } from "../../core/shared/paths";
import { newEntryId } from "../../core/notes/timed-line";
import { weekOf, weekRange } from "../../core/shared/week";
import { userZone } from "../../core/settings/settings";
import { ConfirmModal } from "../../ui/confirm-modal";
import { fillWeekNote, writeTemplateNote } from "../../adapter/plan-template-writer";

export function registerPlanTemplate(plugin: ClientDeskPlugin): void {
  plugin.addCommand({
    id: "plan-fill-template",
    name: plugin.t("command.plan-fill-template"),
    callback: () => void fillWeekFromTemplate(plugin, currentWeek(plugin)),
  });
  plugin.addCommand({
    id: "plan-save-template",
    name: plugin.t("command.plan-save-template"),
    callback: () => void saveWeekAsTemplate(plugin, currentWeek(plugin)),
  });
}

export function currentWeek(plugin: ClientDeskPlugin): string {
  return weekOf(Date.now(), userZone(plugin.settings), plugin.settings.weekStart);
}

export function templatePath(plugin: ClientDeskPlugin): string {
  return normalizePath(`${plugin.settings.plannerFolder}/${TEMPLATE_NAME}`);
}

export interface FillResult {
  added: number;
  kept: number;
  /** Template lines skipped (unreadable, or an unknown client). */
  skipped: number;
}

/**
 * Adds the template's blocks that `week` lacks to its plan note (created when missing) and says
 * how many were added and kept. Without a template it offers to save the week as one; null then.
 */
export async function fillWeekFromTemplate(plugin: ClientDeskPlugin, week: string): Promise<FillResult | null> {
  const t = plugin.t;
  const { vault } = plugin.app;
  await plugin.indexer.whenReady;
  const index = plugin.indexer.index;
  const tplPath = templatePath(plugin);
  const tpl = vault.getFileByPath(tplPath);
  if (!tpl) {
    offerTemplate(plugin, week, tplPath);
    return null;
  }
  const { items, diagnostics } = parseTemplate(tplPath, await vault.read(tpl));
  const zone = userZone(plugin.settings);
  const planPath = planNotePath(index.layout, week);
  const options = {
    week,
    zone,
    weekStart: plugin.settings.weekStart,
    resolveClient: (ref: string) => index.findClient(ref)?.key ?? null,
    newId: () => newEntryId(),
    taken: (id: string) => index.hasId(id),
    path: tplPath,
  };
  let done: FillPlan | null;
  try {
    done = await fillWeekNote(plugin.app, planPath, items, options);
  } catch (e) {
    new Notice(t("template.failed", { file: planPath, reason: e instanceof Error ? e.message : String(e) }));
    return null;
  }
  if (!done) return null;
  const problems = [...diagnostics, ...done.diagnostics];
  new Notice(t("template.filled", { week, added: done.add.length, kept: done.kept.length }));
  if (problems.length > 0) new Notice(t("template.problems", { count: problems.length, first: diagnosticLine(problems[0], t) }));
  return { added: done.add.length, kept: done.kept.length, skipped: problems.length };
}

function offerTemplate(plugin: ClientDeskPlugin, week: string, file: string): void {
  const t = plugin.t;
  const count = weekBlocks(plugin, week).length;
  if (count === 0) {
    new Notice(t("template.missing.empty", { file, week }));
    return;
  }
  new ConfirmModal(plugin.app, {
    title: t("template.missing.title"),
    body: t("template.missing.body", { file, count, week }),
    confirm: t("template.save"),
    cancel: t("template.cancel"),
    onConfirm: () => saveWeekAsTemplate(plugin, week),
  }).open();
}

/** The blocks that start in `week`. */
function weekBlocks(plugin: ClientDeskPlugin, week: string) {
  const range = weekRange(week, userZone(plugin.settings), plugin.settings.weekStart);
  return plugin.indexer.index.blocksBetween(range.from, range.to).filter((b) => b.start >= range.from && b.start < range.to);
}

/** Writes the week's blocks as a new template note; an existing template is never replaced. Its path, or null. */
export async function saveWeekAsTemplate(plugin: ClientDeskPlugin, week: string): Promise<string | null> {
  const t = plugin.t;
  await plugin.indexer.whenReady;
  const file = templatePath(plugin);
  if (plugin.app.vault.getAbstractFileByPath(file)) {
    new Notice(t("template.exists", { file }));
    return null;
  }
  const blocks = weekBlocks(plugin, week);
  const made = templateFromBlocks(blocks, userZone(plugin.settings), t("template.heading"));
  if (made.written === 0) {
    new Notice(t("template.empty-week", { week }));
    return null;
  }
  try {
    await writeTemplateNote(plugin.app, file, made.text);
  } catch (e) {
    new Notice(t("template.failed", { file, reason: e instanceof Error ? e.message : String(e) }));
    return null;
  }
  new Notice(t("template.saved", { count: made.written, week, file }));
  if (made.skipped > 0) new Notice(t("template.saved-skipped", { count: made.skipped }));
  return file;
}
