// The reports' commands: write the reports due now, regenerate one client's weekly report, and
// write this week's review.

import { Notice } from "obsidian";
import type { Host } from "../../ui/host";
import type { LifecycleWriter } from "../../adapter/lifecycle-writer";
import { weekOf } from "../../core/shared/week";
import { uiLanguage } from "../../adapter/language";
import { writeReview } from "../../adapter/report-writer";
import { parseConversionRates } from "../../core/billing/conversion-rates";
import type { ReportScheduler } from "./report-scheduler";
import { chooseReportToRegenerate } from "./report-regenerate";
import { withNotice } from "../../ui/write-notice";

type ReportHost = Pick<Host, "app" | "t" | "settings" | "indexer" | "zone">;

export function registerReportCommands(host: ReportHost & Pick<Host, "addCommand">, scheduler: ReportScheduler, lifecycle: LifecycleWriter): void {
  // Writes the reports that are due now, without waiting for the next minute's check.
  host.addCommand({
    id: "report-write-due",
    name: host.t("command.report-write-due"),
    callback: async () => {
      if (!host.indexer.ready) return void new Notice(host.t("notice.report-not-ready"));
      const checked = await withNotice(scheduler.check(Date.now(), true));
      if (checked?.value.length === 0) new Notice(host.t("notice.reports-none"));
    },
  });
  // "Regenerate weekly report": client, then week; the generated part is rewritten, the notes kept.
  host.addCommand({
    id: "report-regenerate",
    name: host.t("command.report-regenerate"),
    callback: () => chooseReportToRegenerate(host),
  });
  // "Write weekly review" for this week of your calendar: new, or regenerated keeping your notes.
  host.addCommand({
    id: "review-write",
    name: host.t("command.review-write"),
    callback: () => writeThisWeeksReview(host, lifecycle),
  });
}

async function writeThisWeeksReview(host: ReportHost, lifecycle: LifecycleWriter): Promise<void> {
  const t = host.t;
  if (!host.indexer.ready) return void new Notice(t("notice.report-not-ready"));
  // Lines typed into data.json by hand may be unreadable: each is named, then left out.
  for (const p of parseConversionRates(host.settings.conversionRates, host.settings.homeCurrency).problems) new Notice(t(p.key, p.params));
  const now = Date.now();
  const week = weekOf(now, host.zone(), host.settings.weekStart);
  const subs = await lifecycle.subcontractors();
  const written = await withNotice(writeReview(host.app, host.indexer.index, host.settings, week, now, uiLanguage(host.settings), subs));
  if (!written) return;
  const r = written.value;
  if (r.kind === "no-marker") new Notice(t("notice.report-no-marker", { path: r.path }));
  else new Notice(t(r.kind === "written" ? "notice.review-written" : "notice.review-regenerated", { path: r.path }));
}
