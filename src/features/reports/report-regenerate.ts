// "Regenerate weekly report": the client, then the week; the generated part is rewritten, the
// VA's notes after the marker kept.

import { Notice } from "obsidian";
import type { Host } from "../../ui/host";
import type { Client } from "../../core/shared/types";
import { ReportClientModal, ReportWeekModal, weekChoices } from "./report-pick-modal";
import { regenerateReport, reportRegistry } from "../../adapter/report-writer";

type RegenerateHost = Pick<Host, "app" | "t" | "settings" | "indexer">;

/** Asks the client, then the week, and regenerates that report. */
export function chooseReportToRegenerate(host: RegenerateHost): void {
  if (!host.indexer.ready) return void new Notice(host.t("notice.report-not-ready"));
  const index = host.indexer.index;
  new ReportClientModal(host.app, index.clients(), host.t, (client) => pickWeek(host, client)).open();
}

function pickWeek(host: RegenerateHost, client: Client): void {
  const { app, t } = host;
  const index = host.indexer.index;
  const registry = reportRegistry(app, index);
  const now = Date.now();
  const choices = weekChoices(client, now, t, (w) => registry.pathOf(client.key, w) !== null);
  new ReportWeekModal(app, choices, t("report.pick-week", { client: client.name }), (week) => {
    void regenerate(host, client, week);
  }).open();
}

export async function regenerate(host: RegenerateHost, client: Client, week: string): Promise<void> {
  const t = host.t;
  try {
    const r = await regenerateReport(host.app, host.indexer.index, host.settings, client, week, Date.now());
    if (r.kind === "no-marker") new Notice(t("notice.report-no-marker", { path: r.path }));
    else new Notice(t(r.kind === "written" ? "notice.report-written" : "notice.report-regenerated", { path: r.path }));
  } catch (e) {
    new Notice(t("notice.report-failed", { path: client.key, reason: e instanceof Error ? e.message : String(e) }));
  }
}
