// The deadlines strip under the planner grid: each open task due this week (and each overdue one)
// as a button in its client's colour, with the due time in the VA's time and the client's. A click,
// Enter or Space opens the task note through `onOpen`.
//
//   renderDeadlines(stripEl, weekDeadlines(index.tasks(), (k) => index.client(k), range), host.t, (d) => openTask(d.file));

import type { Translate } from "../../core/i18n";
import type { Deadline } from "../../core/planner/deadlines";
import { clientColorProps } from "../../ui/client-color";
import { readableWallClock } from "../../core/overview/agenda-text";
import { formatWeekdayDate } from "../../core/i18n/format";
import type { Language } from "../../core/shared/types";

export function renderDeadlines(el: HTMLElement, items: readonly Deadline[], t: Translate, onOpen: (d: Deadline) => void, language: Language = "en"): void {
  // "Sat 21 Nov, 07:00"; a date alone (a deadline at the end of the client's day) as "end of Fri 20 Nov".
  const when = (text: string) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? t("agenda.end-of-day", { date: formatWeekdayDate(text, language) }) : readableWallClock(t, text, language));
  el.empty();
  el.addClass("client-desk-deadlines");
  const titleId = `client-desk-deadlines-${Math.random().toString(36).slice(2, 8)}`;
  el.createEl("h4", { cls: "client-desk-deadlines-title", text: t("deadlines.title"), attr: { id: titleId } });
  if (items.length === 0) {
    el.createDiv({ cls: "client-desk-summary-empty", text: t("deadlines.none") });
    return;
  }
  const list = el.createEl("ul", { cls: "client-desk-deadlines-list", attr: { "aria-labelledby": titleId } });
  for (const d of items) {
    const button = list.createEl("li").createEl("button", {
      cls: ["client-desk-deadline", ...(d.overdue ? ["is-overdue"] : [])],
      attr: { "aria-label": `${t("deadlines.open", { title: d.title })} (${d.clientName}${d.overdue ? `, ${t("deadlines.overdue")}` : ""})`, "data-file": d.file },
    });
    if (d.color !== null) button.setCssProps(clientColorProps("--client-desk-deadline-color", d.color));
    button.createSpan({ cls: "client-desk-deadline-title", text: d.title });
    button.createSpan({ cls: "client-desk-deadline-client", text: d.clientName });
    const times = [t("deadlines.yours", { time: when(d.yours) })];
    if (d.clientZone !== null) times.push(t("deadlines.theirs", { time: when(d.theirs), client: d.clientName }));
    button.createSpan({ cls: "client-desk-deadline-when", text: times.join(" · ") });
    if (d.overdue) button.createSpan({ cls: "client-desk-deadline-overdue", text: t("deadlines.overdue") });
    button.addEventListener("click", () => onOpen(d));
  }
}
