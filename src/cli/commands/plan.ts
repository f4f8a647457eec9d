// `client-desk plan fill [--week 2026-W48] [--dry-run] --vault DIR`: the weekly template's blocks
// that the week lacks, appended to the week's plan note (created when missing) with the same core
// as the plugin's "Fill week from template" (src/core/planner/plan-template.ts). Shape in docs/cli.md.

import { existsSync, readFileSync } from "node:fs";
import { fillPlanNote, parseTemplate, TEMPLATE_NAME, type TemplateItem } from "../../core/planner/plan-template";
import { planNotePath } from "../../core/shared/paths";
import { planPersonOf } from "../../core/planner/plan-person";
import { workingAs } from "../team-as";
import { newEntryId } from "../../core/notes/timed-line";
import { isWeekId, weekOf } from "../../core/shared/week";
import { formatLocalTime } from "../../core/shared/local-time";
import { diagnosticLine } from "../../core/i18n";
import type { Diagnostic } from "../../core/shared/types";
import type { Context } from "../context";
import { CommandFailure, UsageError } from "../errors";
import { printJson, printLines, terminalSafe } from "../output";
import { reason } from "../vault-fs";
import { openVault } from "./common";
import { VaultWriter } from "../vault-writer";

export interface PlanFillJson {
  week: string;
  file: string;
  template: string;
  dryRun: boolean;
  /** True when the plan note did not exist and was (or, in a dry run, would be) created. */
  created: boolean;
  added: { templateLine: number; clientKey: string; start: string; end: string; line: string }[];
  kept: { templateLine: number; clientRef: string }[];
  problems: (Diagnostic & { message: string })[];
}

export function runPlan(ctx: Context): number {
  const action = ctx.args.positionals[1];
  if (action !== "fill") throw new UsageError("cli.error.plan-action", { value: action ?? "" });
  const asked = ctx.args.values.get("week");
  if (asked !== undefined && !isWeekId(asked)) throw new UsageError("cli.error.week-invalid", { value: asked });
  const dryRun = ctx.args.booleans.has("dry-run");
  const vault = openVault(ctx);
  const now = ctx.now(vault.zone);
  const week = asked ?? weekOf(now, vault.zone, vault.settings.weekStart);
  const layout = vault.index.layout;
  const planner = layout.plannerFolder.replace(/^\/+|\/+$/g, "");
  const template = planner === "" ? TEMPLATE_NAME : `${planner}/${TEMPLATE_NAME}`;
  const writer = new VaultWriter(vault.root);
  const templateAbs = writer.target(template, planner);
  if (!existsSync(templateAbs)) throw new UsageError("cli.error.template-missing", { file: template });
  const parsed = parseTemplate(template, read(templateAbs, template));

  // With a team, `--as` someone fills their own plan note (docs/team.md); `--as` naming nobody is exit 2.
  const file = planNotePath(layout, week, vault.index.team.active() ? planPersonOf(workingAs(ctx, vault)) : null);
  const abs = writer.target(file, planner);
  const fill = (before: string | null) =>
    fillPlanNote(before, file, parsed.items, {
      week,
      zone: vault.zone,
      weekStart: vault.settings.weekStart,
      resolveClient: (ref) => vault.index.findClient(ref)?.key ?? null,
      newId: () => newEntryId(),
      taken: (id) => vault.index.hasId(id),
      path: template,
    });
  let before = existsSync(abs) ? read(abs, file) : null;
  let filled = fill(before);
  if (!dryRun && filled.plan.add.length > 0) {
    // Planned again inside the note's lock, from the note as it is then.
    writer.update(
      file,
      (current: string | null) => {
        before = current;
        filled = fill(current);
        return filled.plan.add.length > 0 ? filled.text : null;
      },
      planner,
    );
  }
  const { plan } = filled;
  const problems = [...parsed.diagnostics, ...plan.diagnostics];
  const local = (ms: number) => formatLocalTime(ms, vault.zone);
  if (ctx.json) {
    const out: PlanFillJson = {
      week,
      file,
      template,
      dryRun,
      created: before === null && plan.add.length > 0,
      added: plan.add.map((a) => ({ templateLine: a.item.line, clientKey: a.clientKey, start: local(a.start), end: local(a.end), line: a.text })),
      kept: plan.kept.map((i: TemplateItem) => ({ templateLine: i.line, clientRef: i.clientRef })),
      problems: problems.map((d) => ({ ...d, message: diagnosticLine(d, ctx.t) })),
    };
    printJson(ctx.io, out);
  } else {
    for (const d of problems) ctx.io.err(terminalSafe(`client-desk: ${diagnosticLine(d, ctx.t)}`) + "\n");
    printLines(ctx.io, [
      ctx.t("cli.plan.filled", { week, added: plan.add.length, kept: plan.kept.length, file: template }),
      ...plan.add.map((a) => `  ${ctx.t("cli.plan.added")}: ${a.text}`),
      ...plan.kept.map((i) => `  ${ctx.t("cli.plan.kept")}: ${template}:${i.line}`),
      ...(dryRun ? [ctx.t("cli.plan.dry-run")] : []),
    ]);
  }
  return 0;
}

function read(abs: string, file: string): string {
  try {
    return readFileSync(abs, "utf8");
  } catch (e) {
    throw new CommandFailure("cli.error.read-failed", { path: file, reason: reason(e) });
  }
}
