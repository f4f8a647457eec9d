// `client-desk review [--week W] [--dry-run]`: the VA's weekly review note (src/core/reports/review.ts) for
// the current week of the VA's calendar, or --week. An existing review is left as it is (the
// plugin's command regenerates it, keeping the notes).

import { notesIn } from "../notes-in";
import { parseSubcontractor, type Subcontractor } from "../../core/lifecycle/subcontractors";
import { isWeekId, weekOf } from "../../core/shared/week";
import { buildReview, type ReviewModel } from "../../core/reports/review";
import { reviewMarkdown } from "../../core/reports/review-markdown";
import { reviewNotePath } from "../../core/reports/report-run";
import { parseConversionRates } from "../../core/billing/conversion-rates";
import { reviewInvoices } from "../../core/reports/review-invoices";
import type { Context } from "../context";
import { UsageError } from "../errors";
import { printJson, printLines, terminalSafe } from "../output";
import { openVault } from "./common";
import { createNote, fileExists } from "./report-files";

export interface ReviewJson {
  path: string;
  status: "written" | "would-write" | "exists";
  review: ReviewModel;
}

export function runReview(ctx: Context): number {
  const asked = ctx.args.values.get("week");
  if (asked !== undefined && !isWeekId(asked)) throw new UsageError("cli.error.week-invalid", { value: asked });
  const vault = openVault(ctx);
  const s = vault.settings;
  const now = ctx.now(vault.zone);
  const week = asked ?? weekOf(now, vault.zone, s.weekStart);
  const { rates, problems } = parseConversionRates(s.conversionRates, s.homeCurrency);
  for (const p of problems) ctx.io.err(`${terminalSafe(`client-desk: ${ctx.t(p.key, p.params)}`)}\n`);
  const review = buildReview(vault.index, {
    week,
    zone: vault.zone,
    weekStart: s.weekStart,
    home: s.homeCurrency,
    capacityHours: s.capacityHours,
    rates,
    invoices: reviewInvoices(vault.index, now),
    now,
    subcontractors: readSubcontractors(vault.root, s.subcontractorsFolder, s.homeCurrency),
  });
  const path = reviewNotePath(s.reviewFolder, week);
  const dryRun = ctx.args.booleans.has("dry-run");
  const status = fileExists(vault, path) ? "exists" : dryRun ? "would-write" : createNote(vault, path, reviewMarkdown(review, ctx.lang)) ? "written" : "exists";
  if (ctx.json) printJson(ctx.io, { path, status, review } satisfies ReviewJson);
  else printLines(ctx.io, [ctx.t(status === "written" ? "cli.review.written" : status === "exists" ? "cli.review.exists" : "cli.review.would-write", { path })]);
  return 0;
}

/** The subcontractor notes of the settings folder (none when the folder is missing). */
function readSubcontractors(root: string, folder: string, home: string): Subcontractor[] {
  return notesIn(root, folder).map((n) => parseSubcontractor(n.path, n.data, n.fieldLines, home).sub);
}
