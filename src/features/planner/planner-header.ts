// The planner's header: navigation, the week or day heading, the tools, the phone's timer box and
// the strip of clients with their local time. DOM only; every button says what it does in
// `data-action` (or `data-client`) and the view's one click handler acts on it.

import { Platform, setIcon } from "obsidian";
import type { Translate } from "../../core/i18n";
import type { WeekView } from "../../core/planner/week-model";
import { colorize } from "./planner-grid";
import { dayLabel } from "./planner-labels";
import { formatDate } from "../../core/i18n/format";
import type { Language } from "../../core/shared/types";

/** `day` is the day shown on a narrow pane, or null for the whole week. */
export function renderToolbar(bar: HTMLElement, t: Translate, model: WeekView, day: number | null, language: Language = "en"): void {
  const nav = bar.createDiv({ cls: "client-desk-planner-nav" });
  const button = (icon: string, label: string, action: string) => {
    const b = nav.createEl("button", { cls: `clickable-icon client-desk-planner-${action}`, attr: { "aria-label": label, "data-action": action } });
    setIcon(b, icon);
  };
  button("chevron-left", t(day !== null ? "planner.prev-day" : "planner.prev-week"), "prev");
  nav.createEl("button", { cls: "client-desk-planner-today", text: t("planner.today"), attr: { "data-action": "today" } });
  button("chevron-right", t(day !== null ? "planner.next-day" : "planner.next-week"), "next");
  const title = bar.createDiv({ cls: "client-desk-planner-heading" });
  title.createEl("h3", { text: day !== null ? dayLabel(t, model, day) : t("planner.week", { week: model.isoWeek }) });
  title.createSpan({
    cls: "client-desk-planner-range",
    text:
      day !== null
        ? `${t("planner.week", { week: model.isoWeek })} · ${formatDate(model.days[day].date, language)}`
        : t("planner.range", { from: formatDate(model.days[0].date, language), to: formatDate(model.days[6].date, language) }),
  });
  // On a phone the client strip scrolls sideways with the clients only: your zone is said here.
  if (day !== null) title.createSpan({ cls: "client-desk-planner-zone client-desk-planner-zone-narrow", text: t("planner.zone", { zone: model.zone }) });
  const tools = bar.createDiv({ cls: "client-desk-planner-tools" });
  if (Platform.isMobile) tools.createDiv({ cls: "client-desk-planner-timer" });
  tools.createEl("button", { cls: "client-desk-planner-fill", text: t("planner.fill-template"), attr: { "data-action": "fill" } });
  tools.createEl("button", { cls: "client-desk-planner-slot", text: t("planner.find-slot"), attr: { "data-action": "slot" } });
  tools.createEl("button", { cls: "mod-cta client-desk-planner-new", text: t("planner.new-block"), attr: { "data-action": "new" } });
}

/** Your zone, then each shown client with its local time; a chip toggles the client's shading. */
export function renderStrip(strip: HTMLElement, t: Translate, model: WeekView, hidden: ReadonlySet<string>): void {
  strip.createSpan({ cls: "client-desk-planner-zone", text: t("planner.zone", { zone: model.zone }) });
  for (const c of model.clients) {
    const label = c.missing ? t("planner.client-missing", { name: c.name }) : t("planner.client-toggle", { name: c.name });
    const chip = strip.createEl("button", {
      cls: "client-desk-planner-chip",
      attr: { "aria-pressed": String(!hidden.has(c.key)), "aria-label": label, "data-client": c.key },
    });
    colorize(chip.createSpan({ cls: "client-desk-planner-dot" }), c.key, c.color);
    chip.createSpan({ cls: "client-desk-planner-chip-name", text: c.name });
    if (c.localNow !== null && c.offsetText !== null) {
      chip.createSpan({ cls: "client-desk-planner-chip-time", text: t("planner.client-now", { time: c.localNow.slice(11), offset: c.offsetText }) });
    }
  }
}

/** What the client strip shows, as a key: the strip is drawn again only when it changes. */
export function stripKey(model: WeekView, hidden: ReadonlySet<string>, language: string): string {
  return JSON.stringify([language, model.zone, [...hidden], model.clients.map((c) => [c.key, c.name, c.color, c.missing, c.localNow?.slice(11), c.offsetText])]);
}

/** What the numbers under the grid show, as a key. */
export function summaryKey(model: WeekView, language: string): string {
  return JSON.stringify([language, model.totals, model.clients.map((c) => [c.key, c.name, c.color, c.plannedMinutes, c.trackedMinutes, c.billedMinutes])]);
}

/**
 * `current`, or when `key` differs from what `drawn[part]` last drew a new element from `make` in
 * its place. A new skeleton empties `drawn`.
 */
export function redrawn<K extends string>(current: HTMLElement, drawn: Record<K, string>, part: K, key: string, make: () => HTMLElement): HTMLElement {
  if (key === drawn[part]) return current;
  const el = make();
  current.replaceWith(el);
  drawn[part] = key;
  return el;
}
