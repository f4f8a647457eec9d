// "Assign task" on the open task note (you, or a subcontractor note's link in `assignee`), and
// "Show subcontractor cost" for this month: their time, its cost, and what it bills.

import { Notice } from "obsidian";
import type ClientDeskPlugin from "../../main";
import { costVsBilled } from "../../core/lifecycle/subcontractors";
import { monthRange } from "../../core/shared/week";
import { userZone } from "../../core/settings/settings";
import { formatMoney } from "../../core/shared/money";
import { PickModal } from "../../ui/pick-modal";
import { activeTask } from "./active-task";
import { uiLanguage } from "../../adapter/language";

export function registerSubcontractors(plugin: ClientDeskPlugin): void {
  const t = plugin.t;
  plugin.addCommand({
    id: "assign-task",
    name: t("lifecycle.command.assign-task"),
    checkCallback: (checking) => {
      const active = activeTask(plugin);
      if (!active) return false;
      if (checking) return true;
      void plugin.lifecycle.subcontractors().then((subs) => {
        const items = [{ value: "", label: t("lifecycle.assignee.me") }, ...subs.map((s) => ({ value: s.key, label: s.name, note: s.key === s.name ? undefined : s.key }))];
        new PickModal(plugin.app, items, t("lifecycle.pick.assignee", { title: active.task.title }), (key) => {
          void plugin.app.fileManager
            .processFrontMatter(active.file, (fm: Record<string, unknown>) => {
              if (key === "") delete fm.assignee;
              else fm.assignee = `[[${key}]]`;
            })
            .then(() => new Notice(t("lifecycle.assignee.done", { title: active.task.title, who: key === "" ? t("lifecycle.assignee.me") : key })));
        }).open();
      });
      return true;
    },
  });
  plugin.addCommand({
    id: "subcontractor-cost",
    name: t("lifecycle.command.subcontractor-cost"),
    callback: async () => {
      await plugin.indexer.whenReady;
      new Notice(await subcontractorCostText(plugin, Date.now()), 15_000);
    },
  });
}

/** This month's cost against billed per subcontractor, one line each, in the UI language. */
export async function subcontractorCostText(plugin: ClientDeskPlugin, now: number): Promise<string> {
  const t = plugin.t;
  const subs = await plugin.lifecycle.subcontractors();
  if (subs.length === 0) return t("lifecycle.subs.none", { folder: plugin.settings.subcontractorsFolder });
  const index = plugin.indexer.index;
  const { from, to, month } = monthRange(now, userZone(plugin.settings));
  const lang = uiLanguage(plugin.settings);
  const rows = costVsBilled(subs, index.tasks(), index.entriesBetween(from, to), (k) => index.client(k), from, to);
  const money = (m: { minor: number; currency: string }) => formatMoney(m.minor, m.currency, lang);
  return [
    t("lifecycle.subs.title", { month }),
    ...rows.map((r) =>
      t("lifecycle.subs.row", {
        name: r.name,
        time: plugin.timer.durationText(r.ms),
        cost: r.cost === null ? "—" : money(r.cost),
        billed: r.billed.length === 0 ? "—" : r.billed.map(money).join(" + "),
      }),
    ),
  ].join("\n");
}
