// `client-desk report [--week W] [--client X] [--dry-run]`: writes weekly client reports with
// Obsidian closed (a Friday cron job). Without --week it writes what the plugin's scheduler would:
// every report due and missing (catch-up rule in src/core/reports/report-schedule.ts). With --week it
// writes that week's report of every client (or of --client). A report that exists, found by its
// frontmatter wherever it was moved, is never written again.

import { isWeekId } from "../../core/shared/week";
import { dueReports, hasReport, plannedReport, reportNotePath, type PlannedReport, type RunInput } from "../../core/reports/report-run";
import { ReportBatch } from "../../core/reports/report";
import type { Context } from "../context";
import { UsageError } from "../errors";
import { printJson, printLines, table } from "../output";
import { findClient } from "./log";
import { notesIn } from "../notes-in";
import { readPackages } from "../../core/billing/package-note";
import { createNote, fileExists, openReportVault } from "./report-files";

export interface ReportJson {
  dryRun: boolean;
  reports: { client: string; week: string; path: string; status: "written" | "would-write" | "exists" }[];
}

export function runReport(ctx: Context): number {
  const week = ctx.args.values.get("week");
  if (week !== undefined && !isWeekId(week)) throw new UsageError("cli.error.week-invalid", { value: week });
  const { vault, registry } = openReportVault(ctx);
  const ref = ctx.args.values.get("client");
  const only = ref === undefined ? undefined : findClient(vault, ref);
  const dryRun = ctx.args.booleans.has("dry-run");
  const input: RunInput = {
    index: vault.index,
    registry,
    pathExists: (p) => fileExists(vault, p),
    now: ctx.now(vault.zone),
    userZone: vault.zone,
    packages: readPackages(notesIn(vault.root, vault.settings.packagesFolder)),
  };
  const rows: ReportJson["reports"] = [];
  let planned: PlannedReport[];
  if (week === undefined) planned = dueReports(input, only);
  else {
    planned = [];
    // One batch for every client: the index's tasks and blocks are read once, not per client.
    const batch = new ReportBatch(vault.index);
    for (const client of only ? [only] : vault.index.clients()) {
      // A report that exists is not built: its path is the registry's, else the one it is at.
      if (hasReport(input, client, week)) rows.push({ client: client.key, week, path: registry.pathOf(client.key, week) ?? reportNotePath(vault.index.layout, client.key, week), status: "exists" });
      else planned.push(plannedReport(input, client, week, batch));
    }
  }
  for (const p of planned) {
    const status = dryRun ? "would-write" : createNote(vault, p.path, p.text) ? "written" : "exists";
    rows.push({ client: p.client.key, week: p.week, path: p.path, status });
  }
  if (ctx.json) printJson(ctx.io, { dryRun, reports: rows } satisfies ReportJson);
  else if (rows.length === 0) printLines(ctx.io, [ctx.t("cli.report.none")]);
  else printLines(ctx.io, table(rows.map((r) => [ctx.t(`cli.report.${r.status}`), r.week, r.path])));
  return 0;
}
