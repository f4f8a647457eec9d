// The planner's summary chart and deadlines strip on their own, in the page's theme: a week of four
// clients (planned and tracked hours) and five deadlines, two overdue. window.summaryPage lets the
// test update the chart, unload it and read what chart.js still holds.
import { Chart } from "chart.js";
import { Component } from "obsidian";
import { whenPageReady } from "../../fake/page";
import { translator } from "../../../src/core/i18n";
import { SummaryChart, type SummaryRow } from "../../../src/features/planner/summary-chart";
import { renderDeadlines } from "../../../src/features/planner/deadlines-strip";
import { weekDeadlines } from "../../../src/core/planner/deadlines";
import { dueInstant } from "../../../src/core/notes/task-note";
import type { Client, Task } from "../../../src/core/shared/types";

const ROWS: SummaryRow[] = [
  { name: "Brightloop", color: "#e76f51", plannedMinutes: 600, trackedMinutes: 465 },
  { name: "Clara Whitfield Coaching", color: null, plannedMinutes: 240, trackedMinutes: 300 },
  { name: "Harbour Goods", color: "#2a9d8f", plannedMinutes: 720, trackedMinutes: 690 },
  { name: "Trà Sen Tây Hồ", color: "#e9c46a", plannedMinutes: 180, trackedMinutes: 45 },
];

const CLIENTS: Record<string, Partial<Client>> = {
  "Harbour Goods": { name: "Harbour Goods", timezone: "Australia/Sydney", color: "#2a9d8f" },
  Brightloop: { name: "Brightloop", timezone: "America/New_York", color: "#e76f51" },
  Clara: { name: "Clara Whitfield Coaching", timezone: "Europe/London", color: null },
};

function task(clientKey: string, title: string, date: string, minutes: number | null, status: Task["status"] = "todo"): Task {
  const zone = CLIENTS[clientKey]?.timezone ?? "Asia/Ho_Chi_Minh";
  return {
    clientKey, file: `Clients/${clientKey}/Tasks/${title}.md`, title, status, due: dueInstant({ date, minutes }, zone),
    dueText: minutes === null ? date : `${date} ${String(minutes / 60).padStart(2, "0")}:00`, urgent: false, important: false, estimate: null,
    assignee: null, kind: null, workflow: null, stage: null, requested: null, replied: null, completed: null, package: null,
  };
}

const opened: string[] = [];
const parent = new Component();
let chart: SummaryChart | null = null;
let canvas: HTMLCanvasElement | null = null;

whenPageReady(() => {
  const t = translator("en");
  const pane = document.body.createDiv({ cls: "workspace-leaf-content" });
  pane.setCssStyles({ padding: "16px", background: "var(--background-primary)", width: "640px" });
  parent.load();
  chart = parent.addChild(new SummaryChart(pane, t, ROWS));
  canvas = chart.canvas;
  const strip = pane.createDiv();
  const tasks = [
    task("Harbour Goods", "Black Friday banner", "2026-11-27", 17 * 60),
    task("Brightloop", "Investor update draft", "2026-11-26", 9 * 60),
    task("Clara", "Podcast show notes", "2026-11-20", null, "doing"),
    task("Harbour Goods", "Refund batch", "2026-11-24", 12 * 60),
    task("Clara", "Newsletter", "2026-11-28", null),
    task("Brightloop", "Finished", "2026-11-26", null, "done"),
  ];
  const items = weekDeadlines(tasks, (k) => (CLIENTS[k] ? ({ key: k, ...CLIENTS[k] } as Client) : null), {
    from: Date.parse("2026-11-23T00:00+07:00"),
    to: Date.parse("2026-11-30T00:00+07:00"),
    now: Date.parse("2026-11-25T10:14+07:00"),
    zone: "Asia/Ho_Chi_Minh",
  });
  renderDeadlines(strip, items, t, (d) => opened.push(d.file));
});

const driver = {
  held(): { chart: boolean; bars: number } {
    const c = canvas ? Chart.getChart(canvas) : undefined;
    return { chart: c !== undefined, bars: c ? c.data.datasets.reduce((n, d) => n + d.data.length, 0) : 0 };
  },
  /** The numbers change at once, the chart in the next frame's animation callback: wait for it. */
  async update(rows: SummaryRow[]): Promise<void> {
    chart?.update(rows);
    await new Promise<void>((done) => window.requestAnimationFrame(() => done()));
    canvas = chart?.canvas ?? null;
  },
  /** What the chart on the canvas shows: chart.js's own id for it (a new chart, a new id), labels, numbers, drawn height. */
  shown(): { id: string | null; labels: unknown[]; data: unknown[][]; height: number } {
    const c = canvas ? Chart.getChart(canvas) : undefined;
    return c ? { id: String(c.id), labels: [...(c.data.labels ?? [])], data: c.data.datasets.map((d) => [...d.data]), height: c.height } : { id: null, labels: [], data: [], height: 0 };
  },
  unload(): void {
    parent.unload();
  },
  opened(): string[] {
    return opened;
  },
  colors(): string[] {
    const c = canvas ? Chart.getChart(canvas) : undefined;
    return c ? c.data.datasets.map((d) => String(Array.isArray(d.backgroundColor) ? d.backgroundColor[2] : d.backgroundColor)) : [];
  },
};

(window as unknown as { summaryPage: typeof driver }).summaryPage = driver;
