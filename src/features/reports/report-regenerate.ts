import { Notice } from "obsidian";
import type ClientDeskPlugin from "../../main";
import type { Client } from "../../core/shared/types";
import { ReportClientModal, ReportWeekModal, weekChoices } from "./report-pick-modal";
import { regenerateReport, reportRegistry } from "../../adapter/report-writer";

/** "Regenerate weekly report": client, then week; the generated part is rewritten, the notes kept. */
export function registerReportRegenerate(plugin: ClientDeskPlugin): void {
  plugin.addCommand({
    id: "report-regenerate",
    name: plugin.t("command.report-regenerate"),
    callback: () => {
      if (!plugin.indexer.ready) return void new Notice(plugin.t("notice.report-not-ready"));
      const index = plugin.indexer.index;
      new ReportClientModal(plugin.app, index.clients(), plugin.t, (client) => pickWeek(plugin, client)).open();
    },
  });
}

function pickWeek(plugin: ClientDeskPlugin, client: Client): void {
  const { app, t } = plugin;
  const index = plugin.indexer.index;
  const registry = reportRegistry(app, index);
  const now = Date.now();
  const choices = weekChoices(client, now, t, (w) => registry.pathOf(client.key, w) !== null);
  new ReportWeekModal(app, choices, t("report.pick-week", { client: client.name }), (week) => {
    void regenerate(plugin, client, week);
  }).open();
}

export async function regenerate(plugin: ClientDeskPlugin, client: Client, week: string): Promise<void> {
  const t = plugin.t;
  try {
    const r = await regenerateReport(plugin.app, plugin.indexer.index, plugin.settings, client, week, Date.now());
    if (r.kind === "no-marker") new Notice(t("notice.report-no-marker", { path: r.path }));
    else new Notice(t(r.kind === "written" ? "notice.report-written" : "notice.report-regenerated", { path: r.path }));
  } catch (e) {
    new Notice(t("notice.report-failed", { path: client.key, reason: e instanceof Error ? e.message : String(e) }));
  }
}
