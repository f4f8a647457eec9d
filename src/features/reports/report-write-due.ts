import { Notice } from "obsidian";
import type ClientDeskPlugin from "../../main";
import type { ReportScheduler } from "./report-scheduler";

/** Writes the reports that are due now, without waiting for the next minute's check. */
export function registerReportWriteDue(plugin: ClientDeskPlugin, scheduler: ReportScheduler): void {
  plugin.addCommand({
    id: "report-write-due",
    name: plugin.t("command.report-write-due"),
    callback: async () => {
      if (!plugin.indexer.ready) return void new Notice(plugin.t("notice.report-not-ready"));
      const written = await scheduler.check(Date.now(), true);
      if (written.length === 0) new Notice(plugin.t("notice.reports-none"));
    },
  });
}
