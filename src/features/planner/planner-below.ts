// Under the planner's grid: planned against tracked hours per client as a chart, and the week's
// deadlines. Both are redrawn only when what they show changed, so a redraw of the grid (a drag,
// the minute's time line) leaves them be. The chart is a child component, destroyed with this one.

import { uiLanguage } from "../../adapter/language";
import { Component } from "obsidian";
import type { Host } from "../../ui/host";
import type { WeekView } from "../../core/planner/week-model";
import { weekDeadlines } from "../../core/planner/deadlines";
import { SummaryChart, type SummaryRow } from "./summary-chart";
import { renderDeadlines } from "./deadlines-strip";

const MINUTE = 60_000;

export class PlannerBelow extends Component {
  private readonly chart: SummaryChart;
  private chartKey = "";
  private deadlinesKey = "";

  constructor(
    summaryEl: HTMLElement,
    private readonly deadlinesEl: HTMLElement,
    private readonly host: Pick<Host, "app" | "t" | "settings" | "indexer">,
  ) {
    super();
    this.chart = this.addChild(new SummaryChart(summaryEl, host.t, [], host.app));
  }

  update(model: WeekView, zone: string, now: number): void {
    const { host } = this;
    const rows: SummaryRow[] = model.clients
      .filter((c) => c.plannedMinutes > 0 || c.trackedMinutes > 0)
      .map((c) => ({ name: c.name, color: c.color, plannedMinutes: c.plannedMinutes, trackedMinutes: Math.round(c.trackedMinutes) }));
    const chartKey = `${host.settings.language}|${JSON.stringify(rows)}`;
    if (chartKey !== this.chartKey) {
      this.chartKey = chartKey;
      this.chart.update(rows);
    }
    const index = host.indexer.index;
    const deadlinesKey = `${index.version}|${model.week}|${Math.floor(now / MINUTE)}|${host.settings.language}`;
    if (deadlinesKey === this.deadlinesKey) return;
    this.deadlinesKey = deadlinesKey;
    const items = weekDeadlines(index.tasks(), (k) => index.client(k), { from: model.from, to: model.to, now, zone });
    renderDeadlines(this.deadlinesEl, items, host.t, (d) => void host.app.workspace.openLinkText(d.file, "", "tab"), uiLanguage(host.settings));
  }
}
