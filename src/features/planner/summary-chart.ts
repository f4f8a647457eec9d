// The week's summary under the planner grid: planned against tracked hours per client, as a
// chart.js bar chart and, for screen readers and copying, the same numbers in a visually hidden
// table. Colours come from Obsidian's CSS variables at draw time, so light and dark themes (and a
// theme change, through `css-change`) both read well. The chart is destroyed with the component.
//
//   const chart = view.addChild(new SummaryChart(containerEl, host.t, rows, this.app));
//   chart.update(newRows);

import { Component, type App } from "obsidian";
import type { Chart } from "chart.js";
import { barChart } from "../../ui/chart";
import type { Translate } from "../../core/i18n";

export interface SummaryRow {
  name: string;
  /**
   * The client's colour from its note, or null. Not drawn: the bars use the theme's colours so the
   * legend reads true; kept so the rows are the planner's own.
   */
  color: string | null;
  plannedMinutes: number;
  trackedMinutes: number;
}

const ROW_HEIGHT = 34;
const CHROME_HEIGHT = 70;

export class SummaryChart extends Component {
  readonly rootEl: HTMLElement;
  private readonly canvasBox: HTMLElement;
  private readonly tableEl: HTMLTableElement;
  private readonly emptyEl: HTMLElement;
  private frame = 0;
  canvas: HTMLCanvasElement | null = null;
  chart: Chart<"bar"> | null = null;

  constructor(
    container: HTMLElement,
    private readonly t: Translate,
    private rows: readonly SummaryRow[] = [],
    private readonly app?: App,
  ) {
    super();
    this.rootEl = container.createDiv({ cls: "client-desk-summary" });
    this.canvasBox = this.rootEl.createDiv({ cls: "client-desk-summary-canvas" });
    this.emptyEl = this.rootEl.createDiv({ cls: "client-desk-summary-empty", text: t("summary.empty") });
    this.tableEl = this.rootEl.createEl("table", { cls: "client-desk-visually-hidden" });
  }

  override onload(): void {
    if (this.app) this.registerEvent(this.app.workspace.on("css-change", () => this.redraw()));
    this.redraw();
  }

  override onunload(): void {
    if (this.frame !== 0) window.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.chart?.destroy();
    this.chart = null;
    this.rootEl.remove();
  }

  /**
   * Shows `rows` instead of the current ones: the numbers at once, the chart in the frame's
   * animation callback. The chart reads the theme's colours and its own size, which lays the page
   * out; there the browser does that once, instead of inside the redraw of the planner's grid.
   */
  update(rows: readonly SummaryRow[]): void {
    this.rows = rows;
    this.fill();
    if (this.frame === 0) {
      this.frame = window.requestAnimationFrame(() => {
        this.frame = 0;
        this.draw(false);
      });
    }
  }

  /** Everything again, the theme's colours read anew (on load and when the theme changes). */
  private redraw(): void {
    this.fill();
    this.draw(true);
  }

  private fill(): void {
    const rows = this.rows;
    this.fillTable(rows);
    this.emptyEl.toggle(rows.length === 0);
    this.canvasBox.toggle(rows.length > 0);
  }

  /**
   * The chart of the rows. A chart already drawn takes the new numbers in place: making a new one
   * reads the theme's colours and sizes its canvas again, which costs a week's flip in the planner
   * two frames' worth of style and layout. `anew` (the theme changed) makes it again.
   */
  private draw(anew: boolean): void {
    const rows = this.rows;
    if (rows.length === 0 || anew) {
      this.chart?.destroy();
      this.chart = null;
    }
    if (rows.length === 0) return;
    const height = `${CHROME_HEIGHT + ROW_HEIGHT * rows.length}px`;
    const resized = this.canvasBox.style.height !== height;
    if (resized) this.canvasBox.setCssStyles({ height });
    if (!this.canvas) this.canvas = this.canvasBox.createEl("canvas", { attr: { role: "img" } });
    this.canvas.setAttr("aria-label", this.ariaText(rows));
    const chart = this.chart;
    // A chart that got no drawing context for the canvas (chart.js then holds none) is made again.
    if (chart === null || chart.canvas !== this.canvas) {
      chart?.destroy();
      this.create(this.canvas, rows);
      return;
    }
    chart.data.labels = rows.map((r) => r.name);
    chart.data.datasets[0].data = rows.map((r) => hours(r.plannedMinutes));
    chart.data.datasets[1].data = rows.map((r) => hours(r.trackedMinutes));
    if (resized) chart.resize();
    chart.update("none");
  }

  private create(canvas: HTMLCanvasElement, rows: readonly SummaryRow[]): void {
    const t = this.t;
    const css = getComputedStyle(this.rootEl);
    const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
    const text = v("--text-normal", "#222");
    const muted = v("--text-muted", "#666");
    const grid = v("--background-modifier-border", "#ddd");
    const planned = v("--text-faint", "#999");
    const tracked = v("--interactive-accent", "#7b6cd9");
    const font = { family: v("--font-interface", "sans-serif"), size: 12 };
    this.chart = new (barChart())(canvas, {
      type: "bar",
      data: {
        labels: rows.map((r) => r.name),
        datasets: [
          { label: t("summary.planned"), data: rows.map((r) => hours(r.plannedMinutes)), backgroundColor: planned, borderRadius: 3 },
          {
            label: t("summary.tracked"),
            data: rows.map((r) => hours(r.trackedMinutes)),
            backgroundColor: tracked,
            borderRadius: 3,
          },
        ],
      },
      options: {
        indexAxis: "y",
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { position: "top", labels: { color: text, font, boxWidth: 12 } },
          tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label ?? ""}: ${ctx.parsed.x} ${t("summary.hours").toLowerCase()}` } },
        },
        scales: {
          x: {
            beginAtZero: true,
            title: { display: true, text: t("summary.hours"), color: muted, font },
            ticks: { color: muted, font },
            grid: { color: grid },
          },
          y: { ticks: { color: text, font }, grid: { display: false } },
        },
      },
    });
  }

  private ariaText(rows: readonly SummaryRow[]): string {
    const t = this.t;
    const parts = rows.map((r) => `${r.name}: ${t("summary.planned")} ${hours(r.plannedMinutes)}, ${t("summary.tracked")} ${hours(r.trackedMinutes)}`);
    return `${t("summary.caption")}. ${parts.join("; ")}`;
  }

  private fillTable(rows: readonly SummaryRow[]): void {
    const t = this.t;
    const table = this.tableEl;
    table.empty();
    table.createEl("caption", { text: t("summary.caption") });
    const head = table.createEl("thead").createEl("tr");
    for (const h of [t("summary.client"), t("summary.planned"), t("summary.tracked")]) head.createEl("th", { text: h, attr: { scope: "col" } });
    const body = table.createEl("tbody");
    for (const r of rows) {
      const tr = body.createEl("tr");
      tr.createEl("th", { text: r.name, attr: { scope: "row" } });
      tr.createEl("td", { text: String(hours(r.plannedMinutes)) });
      tr.createEl("td", { text: String(hours(r.trackedMinutes)) });
    }
  }
}

/** Hours to one decimal, as a number for the chart. */
function hours(minutes: number): number {
  return Math.round(minutes / 6) / 10;
}
