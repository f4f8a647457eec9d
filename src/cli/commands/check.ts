// `client-desk check`: every diagnostic of the vault. Exit 1 when one is an error.

import type { Diagnostic } from "../../core/shared/types";
import { diagnosticLine, diagnosticMessage } from "../../core/i18n";
import { vaultProblems } from "../../core/time/check";
import type { Context } from "../context";
import { openVault } from "./common";
import { notesIn } from "../notes-in";
import { workflowRule } from "../../core/lifecycle/review-step";
import { printJson, printLines } from "../output";

export type DiagnosticJson = Diagnostic & { message: string };

export function runCheck(ctx: Context): number {
  // Every check reads every plan note.
  const vault = openVault(ctx, { parsePlans: true });
  const now = ctx.now(vault.zone);
  const workflows = notesIn(vault.root, vault.settings.workflowsFolder).map((n) => workflowRule(n.path, n.data));
  const diagnostics = vaultProblems(vault.index, now, vault.settings, workflows);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  if (ctx.json) {
    printJson(ctx.io, {
      errors,
      warnings,
      diagnostics: diagnostics.map((d): DiagnosticJson => ({ ...d, message: diagnosticMessage(d, ctx.t) })),
    });
  } else {
    const files = new Set(diagnostics.map((d) => d.file)).size;
    printLines(ctx.io, [
      ...diagnostics.map((d) => diagnosticLine(d, ctx.t)),
      diagnostics.length === 0 ? ctx.t("diagnostics.none") : ctx.t("diagnostics.summary", { errors, warnings, files }),
    ]);
  }
  return errors > 0 ? 1 : 0;
}
