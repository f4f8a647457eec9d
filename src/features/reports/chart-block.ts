// The `client-desk-chart` code block (format: src/core/reports/chart-spec.ts) drawn with chart.js
// (src/ui/chart.ts registers only a bar chart's parts, so the bundle stays small). Colours come from
// Obsidian's CSS variables when the block is drawn, so light, dark and print themes all fit. The
// chart is destroyed when its block unloads; a malformed block says what is wrong, line by line.

import { MarkdownRenderChild, type MarkdownPostProcessorContext } from "obsidian";
import type { Chart } from "chart.js";
import { barChart } from "../../ui/chart";
import type { Host } from "../../ui/host";
import { parseChart, type ChartSpec } from "../../core/reports/chart-spec";
import type { Translate } from "../../core/i18n";
import { LOCALES } from "../../core/i18n/format";


export const CHART_LANGUAGE = "client-desk-chart";

export function registerChartBlock(host: Pick<Host, "t" | "registerMarkdownCodeBlockProcessor">): void {
  host.registerMarkdownCodeBlockProcessor(CHART_LANGUAGE, (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => {
    const parsed = parseChart(source);
    if (!parsed.ok) {
      const box = el.createDiv({ cls: "client-desk-chart-error" });
      box.createDiv({ cls: "client-desk-chart-error-title", text: host.t("chart.error.title") });
      const list = box.createEl("ul");
      for (const p of parsed.problems) {
        const reason = host.t(p.key, p.params);
        list.createEl("li", { text: p.line > 0 ? host.t("chart.error.line", { line: p.line, reason }) : reason });
      }
      return;
    }
    // The numbers in the note's language (a report's is its client's): "2,5" in Vietnamese.
    const fm = ctx.frontmatter as Record<string, unknown> | null | undefined;
    const locale = fm && (fm.language === "vi" || fm.language === "en") ? LOCALES[fm.language] : undefined;
    ctx.addChild(new ChartChild(el, parsed.chart, host.t, locale));
  });
}

function cssVar(el: HTMLElement, name: string, fallback: string): string {
  const v = getComputedStyle(el).getPropertyValue(name).trim();
  return v === "" ? fallback : v;
}

export class ChartChild extends MarkdownRenderChild {
  chart: Chart | null = null;

  constructor(
    containerEl: HTMLElement,
    private readonly spec: ChartSpec,
    private readonly t: Translate,
    private readonly locale?: string,
  ) {
    super(containerEl);
  }

  override onload(): void {
    const box = this.containerEl.createDiv({ cls: "client-desk-chart" });
    const canvas = box.createEl("canvas");
    const style = this.containerEl.isConnected ? this.containerEl : activeDocument.body;
    const text = cssVar(style, "--text-normal", "#222");
    const muted = cssVar(style, "--text-muted", "#666");
    const grid = cssVar(style, "--background-modifier-border", "#ddd");
    const palette = [cssVar(style, "--interactive-accent", "#7f6df2"), cssVar(style, "--color-green", "#2a9d8f"), cssVar(style, "--color-orange", "#e76f51")];
    const unit = this.spec.unit;
    try {
      this.chart = new (barChart())(canvas, {
        type: "bar",
        data: {
          labels: this.spec.labels,
          datasets: this.spec.series.map((s, i) => ({ label: s.name, data: s.values, backgroundColor: palette[i % palette.length], borderRadius: 3 })),
        },
        options: {
          // No animation: a printed or exported report shows the finished bars.
          animation: false,
          ...(this.locale ? { locale: this.locale } : {}),
          responsive: true,
          maintainAspectRatio: false,
          color: text,
          plugins: {
            legend: { display: this.spec.series.length > 1, labels: { color: text } },
            tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ""}: ${item.formattedValue}${unit ? ` ${unit}` : ""}` } },
          },
          scales: {
            x: { ticks: { color: muted }, grid: { display: false }, border: { color: grid } },
            y: { beginAtZero: true, ticks: { color: muted }, grid: { color: grid }, border: { color: grid }, title: { display: unit !== null, text: unit ?? "", color: muted } },
          },
        },
      });
    } catch (e) {
      box.empty();
      box.addClass("client-desk-chart-error");
      box.setText(`${this.t("chart.error.title")}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (this.spec.title) box.setAttr("aria-label", this.spec.title);
  }

  override onunload(): void {
    this.chart?.destroy();
    this.chart = null;
  }
}
