import { Notice } from "obsidian";
import type ClientDeskPlugin from "../../main";
import { weekOf } from "../../core/shared/week";
import { userZone } from "../../core/settings/settings";
import { uiLanguage } from "../../adapter/language";
import { writeReview } from "../../adapter/report-writer";
import { parseConversionRates } from "../../core/billing/conversion-rates";

/** "Write weekly review" for this week of your calendar: new, or regenerated keeping your notes. */
export function registerReviewWrite(plugin: ClientDeskPlugin): void {
  plugin.addCommand({
    id: "review-write",
    name: plugin.t("command.review-write"),
    callback: async () => {
      const t = plugin.t;
      if (!plugin.indexer.ready) return void new Notice(t("notice.report-not-ready"));
      // Lines typed into data.json by hand may be unreadable: each is named, then left out.
      for (const p of parseConversionRates(plugin.settings.conversionRates, plugin.settings.homeCurrency).problems) new Notice(t(p.key, p.params));
      const now = Date.now();
      const week = weekOf(now, userZone(plugin.settings), plugin.settings.weekStart);
      const subs = await plugin.lifecycle.subcontractors();
      const r = await writeReview(plugin.app, plugin.indexer.index, plugin.settings, week, now, uiLanguage(plugin.settings), subs);
      if (r.kind === "no-marker") new Notice(t("notice.report-no-marker", { path: r.path }));
      else new Notice(t(r.kind === "written" ? "notice.review-written" : "notice.review-regenerated", { path: r.path }));
    },
  });
}
