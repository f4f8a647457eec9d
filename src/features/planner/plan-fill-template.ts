// "Fill week from template" and "Save this week as template": the weekly template note
// (`<planner folder>/Template.md`, docs/vault-format.md) and the week's plan note. The planner view
// calls fillWeekFromTemplate / saveWeekAsTemplate for the week it shows.

import { Notice, normalizePath } from "obsidian";
import type { Host } from "../../ui/host";
import { diagnosticLine } from "../../core/i18n";
import { parseTemplate, templateFromBlocks, TEMPLATE_NAME, type FillPlan } from "../../core/planner/plan-template";
import { planNotePath } from "../../core/shared/paths";
import { workingAs } from "../../adapter/working-as";
import { planPersonOf } from "../../core/planner/plan-person";
import { newEntryId } from "../../core/notes/timed-line";
import { weekRange } from "../../core/shared/week";
import { ConfirmModal } from "../../ui/confirm-modal";
import { fillWeekNote, readTemplateNote, writeTemplateNote } from "../../adapter/plan-template-writer";
import { withNotice } from "../../ui/write-notice";

type TemplateHost = Pick<Host, "app" | "t" | "settings" | "indexer" | "zone">;

export function templatePath(host: Pick<Host, "settings">): string {
  return normalizePath(`${host.settings.plannerFolder}/${TEMPLATE_NAME}`);
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
export async function fillWeekFromTemplate(host: TemplateHost, week: string): Promise<FillResult | null> {
  const t = host.t;
  const { vault } = host.app;
  await host.indexer.whenReady;
  const index = host.indexer.index;
  const tplPath = templatePath(host);
  const tpl = vault.getFileByPath(tplPath);
  if (!tpl) {
    offerTemplate(host, week, tplPath);
    return null;
  }
  const read = await withNotice(readTemplateNote(host.app, tpl));
  if (!read) return null;
  const { items, diagnostics } = parseTemplate(tplPath, read.value);
  const zone = host.zone();
  // A team member fills their own plan note (docs/team.md); a device whose name finds nobody, the plain one.
  const me = workingAs(host.app, index);
  const planPath = normalizePath(planNotePath(index.layout, week, me.ok ? planPersonOf(me.person) : null));
  const options = {
    week,
    zone,
    weekStart: host.settings.weekStart,
    resolveClient: (ref: string) => index.findClient(ref)?.key ?? null,
    newId: () => newEntryId(),
    taken: (id: string) => index.hasId(id),
    path: tplPath,
  };
  let done: FillPlan | null;
  try {
    done = await fillWeekNote(host.app, planPath, items, options);
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

function offerTemplate(host: TemplateHost, week: string, file: string): void {
  const t = host.t;
  const count = weekBlocks(host, week).length;
  if (count === 0) {
    new Notice(t("template.missing.empty", { file, week }));
    return;
  }
  new ConfirmModal(host.app, {
    title: t("template.missing.title"),
    body: t("template.missing.body", { file, count, week }),
    confirm: t("template.save"),
    cancel: t("template.cancel"),
    onConfirm: () => saveWeekAsTemplate(host, week),
  }).open();
}

/** The blocks that start in `week`. */
function weekBlocks(host: TemplateHost, week: string) {
  const range = weekRange(week, host.zone(), host.settings.weekStart);
  return host.indexer.index.blocksBetween(range.from, range.to).filter((b) => b.start >= range.from && b.start < range.to);
}

/** Writes the week's blocks as a new template note; an existing template is never replaced. Its path, or null. */
export async function saveWeekAsTemplate(host: TemplateHost, week: string): Promise<string | null> {
  const t = host.t;
  await host.indexer.whenReady;
  const file = templatePath(host);
  if (host.app.vault.getAbstractFileByPath(file)) {
    new Notice(t("template.exists", { file }));
    return null;
  }
  const blocks = weekBlocks(host, week);
  const made = templateFromBlocks(blocks, host.zone(), t("template.heading"));
  if (made.written === 0) {
    new Notice(t("template.empty-week", { week }));
    return null;
  }
  try {
    await writeTemplateNote(host.app, file, made.text);
  } catch (e) {
    new Notice(t("template.failed", { file, reason: e instanceof Error ? e.message : String(e) }));
    return null;
  }
  new Notice(t("template.saved", { count: made.written, week, file }));
  if (made.skipped > 0) new Notice(t("template.saved-skipped", { count: made.skipped }));
  return file;
}
