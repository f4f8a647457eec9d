// "Assign task" on the open task note (you, or a subcontractor note's link in `assignee`), and
// "Show subcontractor cost" for this month: their time, its cost, and what it bills.

import { Notice } from "obsidian";
import type { Host } from "../../ui/host";
import type { LifecycleWriter } from "../../adapter/lifecycle-writer";
import type { TimerService } from "../timer/timer-service";
import { costVsBilled } from "../../core/lifecycle/subcontractors";
import { subcontractorMargins } from "../../core/reports/review-margin";
import { parseConversionRates } from "../../core/billing/conversion-rates";
import { dayIn } from "../../core/lifecycle/communication";
import { monthRange } from "../../core/shared/week";
import { formatMoney } from "../../core/shared/money";
import { PickModal } from "../../ui/pick-modal";
import { activeTask } from "./active-task";
import { uiLanguage } from "../../adapter/language";
import { writeAssignee } from "../../adapter/note-fields";
import { withNotice } from "../../ui/write-notice";

type CostHost = Pick<Host, "t" | "settings" | "indexer" | "zone">;

export function registerSubcontractors(host: CostHost & Pick<Host, "app" | "addCommand">, writer: LifecycleWriter, timer: TimerService): void {
  const t = host.t;
  host.addCommand({
    id: "assign-task",
    name: t("lifecycle.command.assign-task"),
    checkCallback: (checking) => {
      const active = activeTask(host);
      if (!active) return false;
      if (checking) return true;
      void writer.subcontractors().then((subs) => {
        // A team's people (docs/team.md) can be assigned too; a subcontractor note of the same key is one person.
        const keys = new Set(subs.map((s) => s.key.toLowerCase()));
        const people = host.indexer.index.team.people().filter((p) => !p.legacy && p.role !== "owner" && !keys.has(p.key.toLowerCase()));
        const items = [
          { value: "", label: t("lifecycle.assignee.me") },
          ...subs.map((s) => ({ value: s.key, label: s.name, note: s.key === s.name ? undefined : s.key })),
          ...people.map((p) => ({ value: p.key, label: p.name, note: p.key === p.name ? undefined : p.key })),
        ];
        new PickModal(host.app, items, t("lifecycle.pick.assignee", { title: active.task.title }), (key) => {
          void withNotice(writeAssignee(host.app, active.file, key === "" ? null : key)).then((ok) => ok && new Notice(t("lifecycle.assignee.done", { title: active.task.title, who: key === "" ? t("lifecycle.assignee.me") : key })));
        }).open();
      });
      return true;
    },
  });
  host.addCommand({
    id: "subcontractor-cost",
    name: t("lifecycle.command.subcontractor-cost"),
    callback: async () => {
      await host.indexer.whenReady;
      new Notice(await subcontractorCostText(host, writer, timer, Date.now()), 15_000);
    },
  });
}

/** This month's cost against billed per subcontractor, one line each, in the UI language. */
export async function subcontractorCostText(host: CostHost, writer: LifecycleWriter, timer: TimerService, now: number): Promise<string> {
  const t = host.t;
  const subs = await writer.subcontractors();
  if (subs.length === 0) return t("lifecycle.subs.none", { folder: host.settings.subcontractorsFolder });
  const index = host.indexer.index;
  const { from, to, month } = monthRange(now, host.zone());
  const lang = uiLanguage(host.settings);
  const rows = costVsBilled(subs, index.tasks(), index.entriesBetween(from, to), (k) => index.client(k), from, to);
  const money = (m: { minor: number; currency: string }) => formatMoney(m.minor, m.currency, lang);
  // The same margin as the weekly review: in the home currency, at today's conversion rates.
  const home = host.settings.homeCurrency;
  const rates = parseConversionRates(host.settings.conversionRates, home).rates;
  const margins = subcontractorMargins(rows.filter((r) => r.ms > 0), new Map(subs.map((x) => [x.key, x])), (k) => index.client(k), { home, rates, date: dayIn(now, host.zone()) });
  const homeText = (minor: number | null) => (minor === null ? "—" : formatMoney(minor, home, lang));
  const marginLines = margins.clients.map((c) => t("flows.subs.margin-row", { client: c.name, billed: homeText(c.billedHome), cost: homeText(c.costHome), margin: homeText(c.marginHome) }));
  const owed = margins.missingRates.length > 0 ? t("review.missing-rates", { currency: home, currencies: margins.missingRates.join(", ") }) : t("flows.subs.owed", { amount: formatMoney(margins.owedHome, home, lang) });
  return [
    t("lifecycle.subs.title", { month }),
    ...rows.map((r) =>
      t("lifecycle.subs.row", {
        name: r.name,
        time: timer.durationText(r.ms),
        cost: r.cost === null ? "—" : money(r.cost),
        billed: r.billed.length === 0 ? "—" : r.billed.map(money).join(" + "),
      }),
    ),
    ...marginLines,
    ...(rows.some((r) => r.ms > 0) ? [owed] : []),
  ].join("\n");
}
