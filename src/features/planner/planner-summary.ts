// The per-client planned / tracked / billed numbers of the week under the planner's grid.

import type { Translate } from "../../core/i18n";
import type { WeekView } from "../../core/planner/week-model";
import { colorize } from "./planner-grid";

const hm = (minutes: number) => {
  const m = Math.round(minutes);
  return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, "0")}`;
};

/** The per-client planned / tracked / billed numbers of the week, as a small table. */
export function renderSummary(parent: HTMLElement, t: Translate, model: WeekView): void {
  parent.createEl("h4", { text: t("planner.summary.title") });
  const rows = model.clients.filter((c) => c.plannedMinutes > 0 || c.trackedMinutes > 0);
  if (rows.length === 0) {
    parent.createEl("p", { cls: "client-desk-muted", text: t("planner.summary.empty") });
    return;
  }
  const table = parent.createEl("table", { cls: "client-desk-planner-table" });
  const head = table.createEl("thead").createEl("tr");
  for (const k of ["client", "planned", "tracked", "billed"] as const) head.createEl("th", { text: t(`planner.summary.${k}`) });
  const tbody = table.createEl("tbody");
  for (const c of rows) {
    const tr = tbody.createEl("tr");
    const name = tr.createEl("td");
    colorize(name.createSpan({ cls: "client-desk-planner-dot" }), c.key, c.color);
    name.createSpan({ text: c.name });
    for (const v of [c.plannedMinutes, c.trackedMinutes, c.billedMinutes]) tr.createEl("td", { text: hm(v) });
  }
  const foot = table.createEl("tfoot").createEl("tr");
  foot.createEl("th", { text: t("planner.summary.total") });
  for (const v of [model.totals.plannedMinutes, model.totals.trackedMinutes, model.totals.billedMinutes]) foot.createEl("td", { text: hm(v) });
}
