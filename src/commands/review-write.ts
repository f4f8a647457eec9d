import { Notice } from "obsidian";
import type ClientDeskPlugin from "../main";
import { weekOf } from "../core/week";
import { resolveZone } from "../core/zones";
import { uiLanguage } from "../obsidian/language";
import { writeReview } from "../obsidian/report-writer";

/** "Write weekly review" for this week of your calendar: new, or regenerated keeping your notes. */
export function registerReviewWrite(plugin: ClientDeskPlugin): void {
  plugin.addCommand({
    id: "review-write",
    name: plugin.t("command.review-write"),
    callback: async () => {
      const t = plugin.t;
      if (!plugin.indexer.ready) return void new Notice(t("notice.report-not-ready"));
      const now = Date.now();
      const week = weekOf(now, resolveZone(plugin.settings.timeZone), plugin.settings.weekStart);
      const r = await writeReview(plugin.app, plugin.indexer.index, plugin.settings, week, now, uiLanguage(plugin.settings));
      if (r.kind === "no-marker") new Notice(t("notice.report-no-marker", { path: r.path }));
      else new Notice(t(r.kind === "written" ? "notice.review-written" : "notice.review-regenerated", { path: r.path }));
    },
  });
}
