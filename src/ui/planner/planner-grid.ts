// The planner's week grid drawn from the view model (src/core/week-view.ts): day columns, the
// VA's and the clients' working hours, blocks and tracked entries laid out side by side, the
// current-time line, and the per-client summary. One detached tree built per render and put in
// place once; positions are CSS custom properties in wall-clock minutes, so no layout is read.

import type { Translate } from "../../core/i18n";
import type { BlockItem, ClientColumn, EntryItem, WeekView } from "../../core/week-view";
import { formatClock } from "../../core/hours";

export const PALETTE_SIZE = 8;

export interface GridOptions {
  t: Translate;
  model: WeekView;
  /** Indexes into model.days of the columns shown: all seven, or one on a narrow pane. */
  shownDays: number[];
  /** Clients whose working hours are not shaded. */
  hidden: ReadonlySet<string>;
}

/** A stable colour slot for a client without its own colour. */
export function paletteSlot(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) | 0;
  return Math.abs(h) % PALETTE_SIZE;
}

function colorize(el: HTMLElement, key: string | null, color: string | null): void {
  if (color !== null) {
    el.addClass("has-client-color");
    el.setCssProps({ "--cd-client-color": color });
  } else el.addClass(`cd-palette-${paletteSlot(key ?? "")}`);
}

function place(el: HTMLElement, top: number, bottom: number, column: number, columns: number): void {
  // Most items have a column to themselves: the stylesheet's defaults (column 0 of 1) serve them.
  if (columns > 1) el.setCssProps({ "--cd-top": String(top), "--cd-height": String(Math.max(bottom - top, 1)), "--cd-col": String(column), "--cd-cols": String(columns) });
  else el.setCssProps({ "--cd-top": String(top), "--cd-height": String(Math.max(bottom - top, 1)) });
}

const clock = (minutes: number) => formatClock(Math.min(Math.round(minutes), 1440));

/** "Mon 23" */
export function dayLabel(t: Translate, model: WeekView, d: number): string {
  const day = model.days[d];
  return t("planner.day", { weekday: t(`day.short.${day.weekday}`), date: String(+day.date.slice(8)) });
}

export function blockLabel(t: Translate, model: WeekView, b: BlockItem, clientName: string, days?: readonly string[]): string {
  const day = days ? days[b.day] : dayLabel(t, model, b.day);
  const parts = [t("planner.block.label", { client: clientName, day, start: clock(b.top), end: clock(b.bottom) })];
  if (b.title !== "") parts.push(b.title);
  if (b.outside) parts.push(t("planner.block.outside"));
  if (b.tight) parts.push(t("planner.block.tight", { minutes: model.bufferMinutes }));
  return parts.join(". ");
}

export function renderGrid(o: GridOptions): HTMLElement {
  const { t, model, shownDays } = o;
  const names = new Map<string, ClientColumn>();
  for (const c of model.clients) names.set(c.key, c);
  const nameOf = (key: string | null, ref: string) => (key === null ? ref || t("planner.block.no-client") : names.get(key)?.name ?? key);

  const grid = createDiv({ cls: "client-desk-planner-grid" });
  grid.setCssProps({ "--cd-days": String(shownDays.length) });
  const head = grid.createDiv({ cls: "client-desk-planner-head" });
  head.createDiv({ cls: "client-desk-planner-corner" });
  for (const d of shownDays) {
    const day = model.days[d];
    const h = head.createDiv({ cls: "client-desk-planner-dayhead", text: dayLabel(t, model, d) });
    if (day.today) h.addClass("is-today");
  }

  const body = grid.createDiv({ cls: "client-desk-planner-body" });
  const gutter = body.createDiv({ cls: "client-desk-planner-gutter", attr: { "aria-hidden": "true" } });
  for (let h = 1; h < 24; h++) {
    gutter.createDiv({ cls: "client-desk-planner-hour", text: formatClock(h * 60) }).setCssProps({ "--cd-top": String(h * 60) });
  }

  const byDay = <T extends { day: number }>(items: readonly T[]) => {
    const out = new Map<number, T[]>();
    for (const it of items) {
      let list = out.get(it.day);
      if (!list) out.set(it.day, (list = []));
      list.push(it);
    }
    return out;
  };
  const blocks = byDay(model.blocks);
  const entries = byDay(model.entries);
  const va = byDay(model.vaWindows);
  const shaded = model.clients.filter((c) => !o.hidden.has(c.key) && c.windows.length > 0);
  const dayLabels = model.days.map((_, d) => dayLabel(t, model, d));

  for (const d of shownDays) {
    const col = body.createDiv({ cls: "client-desk-planner-day", attr: { "data-day": String(d) } });
    if (model.days[d].today) col.addClass("is-today");
    for (const w of va.get(d) ?? []) {
      const el = col.createDiv({ cls: "client-desk-planner-va-hours" });
      place(el, w.top, w.bottom, 0, 1);
    }
    shaded.forEach((c, i) => {
      for (const w of c.windows) {
        if (w.day !== d) continue;
        const el = col.createDiv({ cls: "client-desk-planner-client-hours", attr: { "data-client": c.key } });
        colorize(el, c.key, c.color);
        place(el, w.top, w.bottom, i, shaded.length);
      }
    });
    const lane = col.createDiv({ cls: "client-desk-planner-blocks" });
    for (const b of blocks.get(d) ?? []) renderBlock(lane, o, b, nameOf(b.clientKey, b.clientRef), dayLabels);
    const tracked = col.createDiv({ cls: "client-desk-planner-entries" });
    for (const e of entries.get(d) ?? []) renderEntry(tracked, o, e, nameOf(e.clientKey, e.clientKey));
    if (model.nowLine && model.nowLine.day === d) {
      const now = col.createDiv({ cls: "client-desk-planner-now", attr: { role: "img", "aria-label": t("planner.now", { time: clock(model.nowLine.top) }) } });
      now.setCssProps({ "--cd-top": String(model.nowLine.top) });
    }
  }
  return grid;
}

function renderBlock(lane: HTMLElement, o: GridOptions, b: BlockItem, clientName: string, days: readonly string[]): void {
  const { t, model } = o;
  // Few elements and attributes per block: a week holds hundreds. Marks are drawn by CSS (an
  // outline and a glyph) and said in the label; the bottom edge resizes (planner-pointer.ts)
  // without an element of its own; the hover title and the "…" button are added when the pointer
  // or the focus first comes to the block (decorateBlock).
  let cls = "client-desk-planner-block";
  if (b.outside) cls += " is-outside";
  if (b.tight) cls += " is-tight";
  const el = lane.createDiv({ cls, attr: { tabindex: "0", role: "button", "data-id": b.id, "aria-label": blockLabel(t, model, b, clientName, days) } });
  colorize(el, b.clientKey, b.color);
  place(el, b.top, b.bottom, b.column, b.columns);
  el.createDiv({ cls: "client-desk-planner-block-time", text: `${clock(b.top)}–${clock(b.bottom)}` });
  // Below an hour and a quarter there is no room for the title, below 45 minutes for the client's
  // name: both stay in the label and the hover title.
  if (b.bottom - b.top >= 45) el.createDiv({ cls: "client-desk-planner-block-client", text: clientName });
  if (b.title !== "" && b.bottom - b.top >= 75) el.createDiv({ cls: "client-desk-planner-block-title", text: b.title });
}

/** The hover title (with the client's local time) and the "…" menu button, added on first need. */
export function decorateBlock(el: HTMLElement, t: Translate, model: WeekView): void {
  if (el.querySelector(".client-desk-planner-more")) return;
  const b = model.blocks.find((x) => x.id === el.dataset.id);
  if (!b) return;
  const clientName = model.clients.find((c) => c.key === b.clientKey)?.name ?? b.clientRef;
  const hover = [`${clientName}${b.title ? ` · ${b.title}` : ""}`, `${clock(b.top)}–${clock(b.bottom)}`];
  if (b.clientLocalStart !== null && b.clientLocalEnd !== null) {
    hover.push(t("planner.block.client-time", { client: clientName, start: b.clientLocalStart, end: b.clientLocalEnd }));
  }
  if (b.outside) hover.push(t("planner.block.outside"));
  if (b.tight) hover.push(t("planner.block.tight", { minutes: model.bufferMinutes }));
  el.setAttr("title", hover.join("\n"));
  el.prepend(createEl("button", { cls: "client-desk-planner-more", text: "…", attr: { "aria-label": t("planner.block.menu"), tabindex: "-1" } }));
}

function renderEntry(lane: HTMLElement, o: GridOptions, e: EntryItem, clientName: string): void {
  const { t } = o;
  const label = e.running
    ? t("planner.entry.running", { client: clientName, start: clock(e.top) })
    : t("planner.entry.label", { client: clientName, start: clock(e.top), end: clock(e.bottom) });
  const el = lane.createDiv({ cls: "client-desk-planner-entry", attr: { role: "img", "aria-label": label } });
  colorize(el, e.clientKey, e.color);
  place(el, e.top, e.bottom, e.column, e.columns);
  if (e.running) el.addClass("is-running");
}

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
