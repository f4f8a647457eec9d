// The `client-desk-chart` code block: a small line format a person can read and edit, drawn by the
// plugin (src/features/reports/chart-block.ts) and written by the weekly report.
//
//   type: bar
//   title: Hours per day
//   unit: h
//   labels: Mon 23 | Tue 24 | Wed 25
//   series: Hours | 1.5 | 2 | 0.25
//
// `series` may repeat (one bar per series and label). Values use a dot for decimals. Blank lines
// and lines starting with `#` are skipped. Every problem names its line.

import type { MessageKey } from "../i18n";

export interface ChartSeries {
  name: string;
  values: number[];
}

export interface ChartSpec {
  type: "bar";
  title: string | null;
  unit: string | null;
  labels: string[];
  series: ChartSeries[];
}

export interface ChartProblem {
  /** 1-based line inside the block; 0 for the block as a whole. */
  line: number;
  key: MessageKey;
  params: Record<string, string | number>;
}

export type ChartParse = { ok: true; chart: ChartSpec } | { ok: false; problems: ChartProblem[] };

const NUMBER = /^-?\d+(?:\.\d+)?$/;

function cells(value: string): string[] {
  return value.split("|").map((c) => c.trim());
}

export function parseChart(source: string): ChartParse {
  const problems: ChartProblem[] = [];
  const chart: ChartSpec = { type: "bar", title: null, unit: null, labels: [], series: [] };
  let labelsSeen = false;
  const seriesLines: number[] = [];
  source.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const text = raw.trim();
    if (text === "" || text.startsWith("#")) return;
    const colon = text.indexOf(":");
    if (colon <= 0) return void problems.push({ line, key: "chart.error.form", params: {} });
    const key = text.slice(0, colon).trim().toLowerCase();
    const value = text.slice(colon + 1).trim();
    switch (key) {
      case "type":
        if (value !== "bar") problems.push({ line, key: "chart.error.type", params: { value } });
        break;
      case "title":
        chart.title = value === "" ? null : value;
        break;
      case "unit":
        chart.unit = value === "" ? null : value;
        break;
      case "labels":
        labelsSeen = true;
        chart.labels = value === "" ? [] : cells(value);
        break;
      case "series": {
        const [name, ...rest] = cells(value);
        const values: number[] = [];
        for (const v of rest) {
          if (!NUMBER.test(v)) problems.push({ line, key: "chart.error.number", params: { value: v } });
          else values.push(Number(v));
        }
        chart.series.push({ name, values });
        seriesLines.push(line);
        break;
      }
      default:
        problems.push({ line, key: "chart.error.unknown", params: { key } });
    }
  });
  if (!labelsSeen || chart.labels.length === 0) problems.push({ line: 0, key: "chart.error.no-labels", params: {} });
  if (chart.series.length === 0) problems.push({ line: 0, key: "chart.error.no-series", params: {} });
  chart.series.forEach((s, i) => {
    if (labelsSeen && s.values.length !== chart.labels.length && !problems.some((p) => p.line === seriesLines[i])) {
      problems.push({ line: seriesLines[i], key: "chart.error.count", params: { name: s.name, count: s.values.length, labels: chart.labels.length } });
    }
  });
  return problems.length > 0 ? { ok: false, problems: problems.sort((a, b) => a.line - b.line) } : { ok: true, chart };
}

/** The block's text (without the fence) for a chart; labels and names lose any `|`. */
export function chartSource(chart: ChartSpec): string {
  const clean = (s: string) => s.replace(/\|/g, "/").replace(/\r?\n/g, " ").trim();
  const lines = [`type: ${chart.type}`];
  if (chart.title !== null) lines.push(`title: ${clean(chart.title)}`);
  if (chart.unit !== null) lines.push(`unit: ${clean(chart.unit)}`);
  lines.push(`labels: ${chart.labels.map(clean).join(" | ")}`);
  for (const s of chart.series) lines.push(`series: ${[clean(s.name), ...s.values.map(String)].join(" | ")}`);
  return lines.join("\n");
}
