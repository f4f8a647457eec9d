// The planner's week grid drawn from the view model (src/core/planner/week-view.ts): day columns, the
// VA's and the clients' working hours, blocks and tracked entries laid out side by side, the
// current-time line (the numbers under it: planner-summary.ts; the labels: planner-labels.ts). One
// detached tree built per render and put in place once, its items kept across renders
// (reused-elements.ts); positions are plain percentages of the day, so no layout is read.

import type { Translate } from "../../core/i18n";
import type { BlockItem, ClientColumn, EntryItem, EventItem, WeekView } from "../../core/planner/week-model";
import { formatClock } from "../../core/shared/hours";
import { clientColorProps, colorForShownTheme } from "../../ui/client-color";
import { arrange, item, ReusedElements } from "./reused-elements";
import { blockLabel, clock, dayLabel, eventLabel, initials } from "./planner-labels";

export const PALETTE_SIZE = 8;

export interface GridOptions {
  t: Translate;
  model: WeekView;
  /** Indexes into model.days of the columns shown: all seven, or one on a narrow pane. */
  shownDays: number[];
  /** Clients whose working hours are not shaded. */
  hidden: ReadonlySet<string>;
  /** The elements of the view's last render, kept for items that show the same again. */
  reuse?: ReusedElements;
  /** In everyone's week (planner-people.ts): each block's person, named on it with an edge of their tone. */
  whose?: (b: BlockItem) => { name: string; tone: number } | null;
}

const SEP = "\u0001";

/** The palette colour a client without its own colour always gets. */
function paletteIndex(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) | 0;
  return Math.abs(h) % PALETTE_SIZE;
}

/** Gives `el` its client's colour: its own, or always the same one of the palette. */
export function colorize(el: HTMLElement, key: string | null, color: string | null): void {
  if (color !== null) {
    el.addClass("has-client-color");
    el.setCssProps(clientColorProps("--cd-client-color", color));
  } else el.addClass(`cd-palette-${paletteIndex(key ?? "")}`);
}

/** The colour class of an item, for its class list (its own colour goes in `props`). */
function colorClass(key: string | null, color: string | null): string {
  return color !== null ? " has-client-color" : ` cd-palette-${paletteIndex(key ?? "")}`;
}

/** A wall-clock minute as a percentage of the day's height, for a `top` or a `height`. */
const pct = (minutes: number) => `${Math.round((minutes * 1e6) / 1440) / 1e4}%`;

/**
 * Where a block or entry sits, as plain values of one setCssStyles call: a week draws hundreds and
 * the browser computes each one's style, so neither a calc() nor a custom property to resolve per
 * element. The lane is the day's height: a minute is 1/1440 of it. Most items have a column to
 * themselves: the stylesheet's left and right (0, and a 2 px gap) serve them.
 */
function place(el: HTMLElement, top: number, bottom: number, column: number, columns: number): void {
  const at: Partial<CSSStyleDeclaration> = { top: pct(top), height: pct(Math.max(bottom - top, 1)) };
  if (columns > 1) {
    at.left = `${Math.round((column * 1e6) / columns) / 1e4}%`;
    at.right = `${Math.round(((columns - 1 - column) * 1e6) / columns) / 1e4}%`;
  }
  el.setCssStyles(at);
}

/** A client's own colour for its items (a palette slot's comes from its class). */
function ownColor(el: HTMLElement, color: string | null): void {
  if (color !== null) el.setCssProps(clientColorProps("--cd-client-color", color));
}

/** The palette colour variable a client without its own colour always gets. */
const PALETTE_VARS = ["blue", "green", "orange", "purple", "cyan", "pink", "yellow", "red"].map((c) => `var(--color-${c})`);

/**
 * Every shown client's working hours in day `d` as one background: a 3 px wide stripe per client
 * side by side at the column's left edge, each a vertical gradient that is its colour inside the
 * client's windows and transparent elsewhere. One element per day instead of one per window.
 */
function bandsBackground(clients: readonly ClientColumn[], d: number): { image: string; position: string; clients: string[] } | null {
  const images: string[] = [];
  const positions: string[] = [];
  const keys: string[] = [];
  clients.forEach((c, i) => {
    const stops: string[] = [];
    // Drawn inline: the shade of the theme shown now (the view redraws on a theme change).
    const color = c.color !== null ? colorForShownTheme(c.color) : PALETTE_VARS[paletteIndex(c.key)];
    // Stops must not go back up the column: the windows in order of their start.
    for (const w of c.windows.filter((x) => x.day === d).sort((a, b) => a.top - b.top)) {
      stops.push(`transparent ${pct(w.top)}, ${color} ${pct(w.top)} ${pct(w.bottom)}, transparent ${pct(w.bottom)}`);
    }
    if (stops.length === 0) return;
    images.push(`linear-gradient(${stops.join(", ")})`);
    positions.push(`${i * 4}px 0`);
    keys.push(c.key);
  });
  return images.length === 0 ? null : { image: images.join(", "), position: positions.join(", "), clients: keys };
}

export function renderGrid(o: GridOptions): HTMLElement {
  const { t, model, shownDays } = o;
  const reuse = o.reuse ?? new ReusedElements();
  const names = new Map<string, ClientColumn>();
  for (const c of model.clients) names.set(c.key, c);
  const nameOf = (key: string | null, ref: string) => (key === null ? ref || t("planner.block.no-client") : names.get(key)?.name ?? key);
  const dayLabels = model.days.map((_, d) => dayLabel(t, model, d));

  // The frame (day heads, hours, day columns) stays while the number of days shown does, from
  // week to week: what a column shades and holds stays put where it is the same.
  const frameKey = `grid${SEP}${shownDays.length}`;
  const grid = reuse.take(frameKey, () => frame(shownDays.length));
  // A week with calendar events gives them a lane of their own between the blocks and the entries.
  grid.toggleClass("has-events", model.eventItems.length > 0);
  const heads = grid.querySelectorAll<HTMLElement>(":scope > .client-desk-planner-head > .client-desk-planner-dayhead");
  const columns = Array.from(grid.querySelectorAll<HTMLElement>(":scope > .client-desk-planner-body > .client-desk-planner-day"));
  // All-day events are named under the day's head, where they show whatever the hour scrolled to.
  const allDay = new Map<number, EventItem[]>();
  for (const e of model.eventItems) if (e.allDay) (allDay.get(e.day) ?? allDay.set(e.day, []).get(e.day)!).push(e);
  shownDays.forEach((d, n) => {
    const today = model.days[d].today;
    const chips = allDay.get(d) ?? [];
    const headKey = [dayLabels[d], ...chips.map((e) => `${e.title}${SEP}${e.calendar}${SEP}${e.busy}`)].join(SEP);
    if (heads[n].dataset.key !== headKey) {
      heads[n].dataset.key = headKey;
      heads[n].setText(dayLabels[d]);
      for (const e of chips) heads[n].appendChild(allDayChip(t, e));
    }
    heads[n].toggleClass("is-today", today);
    columns[n].toggleClass("is-today", today);
    if (columns[n].dataset.day !== String(d)) columns[n].setAttr("data-day", String(d));
  });

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
  const events = byDay(model.eventItems);
  const va = byDay(model.vaWindows);
  const shaded = model.clients.filter((c) => !o.hidden.has(c.key) && c.windows.length > 0);

  shownDays.forEach((d, n) => {
    const col = columns[n];
    const items: HTMLElement[] = [];
    for (const w of va.get(d) ?? []) {
      items.push(
        reuse.take(["va", d, w.top, w.bottom].join(SEP), () => {
          const el = item("client-desk-planner-va-hours");
          el.setCssStyles({ top: pct(w.top), height: pct(w.bottom - w.top) });
          return el;
        }),
      );
    }
    const bands = bandsBackground(shaded, d);
    if (bands !== null) {
      items.push(
        reuse.take(["bands", d, shaded.length, bands.image, bands.position].join(SEP), () => {
          const el = item("client-desk-planner-client-hours");
          // The clients shaded here, one per line (for tests and the curious; CSS reads none).
          el.setAttr("data-clients", bands.clients.join("\n"));
          el.setCssStyles({ backgroundImage: bands.image, backgroundPosition: bands.position, width: `${shaded.length * 4}px` });
          return el;
        }),
      );
    }
    // Calendar events in a lane of their own; only the events take the pointer (their hover title).
    const busy = reuse.take(`${frameKey}${SEP}events${SEP}${n}`, () => createDiv({ cls: "client-desk-planner-events" }));
    arrange(busy, (events.get(d) ?? []).filter((e) => !e.allDay).map((e) => eventElement(o, reuse, e)));
    items.push(busy);
    const lane = reuse.take(`${frameKey}${SEP}blocks${SEP}${n}`, () => createDiv({ cls: "client-desk-planner-blocks" }));
    arrange(lane, (blocks.get(d) ?? []).map((b) => blockElement(o, reuse, b, nameOf(b.clientKey, b.clientRef), dayLabels)));
    const tracked = reuse.take(`${frameKey}${SEP}entries${SEP}${n}`, () => createDiv({ cls: "client-desk-planner-entries" }));
    arrange(tracked, (entries.get(d) ?? []).map((e) => entryElement(o, reuse, e, nameOf(e.clientKey, e.clientKey))));
    items.push(lane, tracked);
    if (model.nowLine && model.nowLine.day === d) {
      const top = model.nowLine.top;
      items.push(
        reuse.take(["now", d, top].join(SEP), () => {
          const now = createDiv({ cls: "client-desk-planner-now", attr: { role: "img", "aria-label": t("planner.now", { time: clock(top) }) } });
          now.setCssProps({ "--cd-top": String(top) });
          return now;
        }),
      );
    }
    arrange(col, items);
  });
  return grid;
}

/** The grid without its items: day heads, the hours, and an empty column per day shown. */
function frame(days: number): HTMLElement {
  const grid = createDiv({ cls: "client-desk-planner-grid" });
  grid.setCssProps({ "--cd-days": String(days) });
  const head = grid.createDiv({ cls: "client-desk-planner-head" });
  head.createDiv({ cls: "client-desk-planner-corner" });
  for (let n = 0; n < days; n++) head.createDiv({ cls: "client-desk-planner-dayhead" });
  const body = grid.createDiv({ cls: "client-desk-planner-body" });
  const gutter = body.createDiv({ cls: "client-desk-planner-gutter", attr: { "aria-hidden": "true" } });
  for (let h = 1; h < 24; h++) {
    gutter.createDiv({ cls: "client-desk-planner-hour", text: formatClock(h * 60) }).setCssProps({ "--cd-top": String(h * 60) });
  }
  for (let n = 0; n < days; n++) body.createDiv({ cls: "client-desk-planner-day" });
  return grid;
}

function blockElement(o: GridOptions, reuse: ReusedElements, b: BlockItem, clientName: string, days: readonly string[]): HTMLElement {
  const { t, model } = o;
  // Few elements and attributes per block: a week holds hundreds. The time is drawn by CSS from
  // `data-time`, the client's name is the block's own text and only a title has an element of
  // its own; marks are drawn by CSS (an outline, an edge and a glyph) and said in the label. The
  // bottom edge resizes (planner-pointer.ts) without an element; the hover title and the "…"
  // button are added when the pointer or the focus first comes to the block (decorateBlock).
  let cls = `client-desk-planner-block${colorClass(b.clientKey, b.color)}`;
  if (b.outside) cls += " is-outside";
  if (b.busy) cls += " is-busy";
  if (b.tight) cls += " is-tight";
  const height = b.bottom - b.top;
  // Below 45 minutes the block has one line: the client's name without the time (below 20 minutes
  // its initials); below an hour and a quarter there is no room for the title. All of it stays in
  // the label and the hover title.
  if (height < 45) cls += " is-short";
  const text = height >= 20 ? clientName : initials(clientName);
  const title = b.title !== "" && height >= 75 ? b.title : "";
  const time = `${clock(b.top)}–${clock(b.bottom)}`;
  const who = o.whose ? o.whose(b) : null;
  if (who !== null) cls += ` has-person cd-person-${who.tone}`;
  const label = `${blockLabel(t, model, b, clientName, days)}${who === null ? "" : `. ${t("planner.person.block", { name: who.name })}`}`;
  // Everything the block shows, its hover title (decorateBlock) included: the label says the
  // client, day, times, title and marks (with the buffer); the rest follows from these fields.
  const key = [b.id, b.day, label, b.top, b.bottom, b.column, b.columns, b.clientKey, b.color, b.clientLocalStart, b.clientLocalEnd].join(SEP);
  return reuse.take(key, () => {
    const el = item(cls);
    if (who !== null) el.createSpan({ cls: "client-desk-planner-block-person", text: initials(who.name), attr: { "aria-hidden": "true" } });
    if (text !== "") el.appendText(text);
    el.setAttrs({ tabindex: "0", role: "button", "data-id": b.id, "data-time": time, "aria-label": label });
    place(el, b.top, b.bottom, b.column, b.columns);
    ownColor(el, b.color);
    if (title !== "") el.createSpan({ cls: "client-desk-planner-block-title", text: title });
    return el;
  });
}

/** An all-day event under the day's head. */
function allDayChip(t: Translate, e: EventItem): HTMLElement {
  const label = eventLabel(t, e);
  const el = createDiv({ cls: `client-desk-planner-event is-all-day${e.busy ? "" : " is-free"}`, attr: { role: "img", "aria-label": label, title: label } });
  el.createSpan({ cls: "client-desk-planner-event-title", text: e.title === "" ? t("planner.event.untitled") : e.title });
  return el;
}

/** A timed calendar event's piece: read-only and muted, its title and calendar's name. */
function eventElement(o: GridOptions, reuse: ReusedElements, e: EventItem): HTMLElement {
  const { t } = o;
  const label = eventLabel(t, e);
  const cls = `client-desk-planner-event${e.busy ? "" : " is-free"}`;
  return reuse.take(["event", e.day, e.file, e.line, e.eventStart, cls, label, e.top, e.bottom, e.column, e.columns].join(SEP), () => {
    const el = item(cls);
    el.setAttrs({ role: "img", "aria-label": label, title: label, "data-file": e.file, "data-line": String(e.line) });
    place(el, e.top, e.bottom, e.column, e.columns);
    el.createSpan({ cls: "client-desk-planner-event-title", text: e.title === "" ? t("planner.event.untitled") : e.title });
    el.createSpan({ cls: "client-desk-planner-event-calendar", text: e.calendar });
    return el;
  });
}

function entryElement(o: GridOptions, reuse: ReusedElements, e: EntryItem, clientName: string): HTMLElement {
  const { t } = o;
  const label = e.running
    ? t("planner.entry.running", { client: clientName, start: clock(e.top) })
    : t("planner.entry.label", { client: clientName, start: clock(e.top), end: clock(e.bottom) });
  const cls = `client-desk-planner-entry${colorClass(e.clientKey, e.color)}${e.running ? " is-running" : ""}`;
  return reuse.take(["entry", e.day, e.id, cls, label, e.top, e.bottom, e.column, e.columns, e.color].join(SEP), () => {
    const el = item(cls);
    el.setAttrs({ role: "img", "aria-label": label });
    place(el, e.top, e.bottom, e.column, e.columns);
    ownColor(el, e.color);
    return el;
  });
}

