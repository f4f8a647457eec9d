// What the planner says of a day, a block and a calendar event: the labels screen readers read and
// the hover titles, in the UI language, with clock times in the VA's zone.

import type { Translate } from "../../core/i18n";
import type { BlockItem, EventItem, WeekView } from "../../core/planner/week-model";
import { formatClock } from "../../core/shared/hours";

export const clock = (minutes: number) => formatClock(Math.min(Math.round(minutes), 1440));

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
  if (b.busy) parts.push(t("planner.block.busy"));
  if (b.tight) parts.push(t("planner.block.tight", { minutes: model.bufferMinutes }));
  return parts.join(". ");
}

/** "Clara Whitfield Coaching" → "CWC", "Trà Sen Tây Hồ" → "TSTH": a client in a 15-minute block. */
export function initials(name: string): string {
  const words = name.split(/[\s\-_.]+/u).filter((w) => w !== "");
  const letters = words.map((w) => Array.from(w)[0].toLocaleUpperCase()).join("");
  return Array.from(letters).slice(0, 3).join("") || name;
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
  if (b.busy) hover.push(t("planner.block.busy"));
  if (b.tight) hover.push(t("planner.block.tight", { minutes: model.bufferMinutes }));
  el.setAttr("title", hover.join("\n"));
  el.prepend(createEl("button", { cls: "client-desk-planner-more", text: "…", attr: { "aria-label": t("planner.block.menu"), tabindex: "-1" } }));
}

/** The label of a calendar event's piece: calendar, title, times (or all day), free when it is. */
export function eventLabel(t: Translate, e: EventItem): string {
  const title = e.title === "" ? t("planner.event.untitled") : e.title;
  const label = e.allDay
    ? t("planner.event.all-day", { calendar: e.calendar, title })
    : t("planner.event.label", { calendar: e.calendar, title, start: clock(e.top), end: clock(e.bottom) });
  return e.busy ? label : `${label} (${t("planner.event.free")})`;
}
