// The words around agenda items, shared by the client overview and `client-desk agenda`.

import type { AgendaTask, Batch } from "./agenda";
import type { Translate } from "../i18n";
import type { Language } from "../shared/types";
import { wallClockParts } from "../i18n/format";

/** "Australia/Sydney" → "Sydney", "America/New_York" → "New York". */
export function zoneCity(zone: string): string {
  return zone.slice(zone.lastIndexOf("/") + 1).replace(/_/g, " ");
}

/** "3 open · 1.5 h estimated · 1 without an estimate" */
export function batchSummary(t: Translate, b: Batch): string {
  const parts = [t("agenda.batch.count", { count: b.tasks.length })];
  if (b.estimateHours > 0) parts.push(t("agenda.batch.hours", { hours: Math.round(b.estimateHours * 100) / 100 }));
  if (b.unestimated > 0) parts.push(t("agenda.batch.unestimated", { count: b.unestimated }));
  return parts.join(" · ");
}

/**
 * A wall-clock "YYYY-MM-DD HH:mm" as the overview reads it: "Wed, 25 Nov, 12:00"; a deadline of a
 * date alone (24:00) as "end of Mon, 23 Nov". Never "24:00".
 */
export function readableWallClock(t: Translate, text: string, language: Language): string {
  const { date, time } = wallClockParts(text, language);
  return time === null ? t("agenda.end-of-day", { date }) : t("agenda.date-time", { date, time });
}

/** "Due Wed, 25 Nov, 12:00 your time", then "end of Mon, 23 Nov in New York" when the client's zone is another. */
export function readableDueParts(t: Translate, task: AgendaTask, vaZone: string, language: Language): string[] {
  if (task.dueVa === null) return [];
  const parts = [t("agenda.due", { va: readableWallClock(t, task.dueVa, language) })];
  if (task.clientZone !== vaZone && task.dueClient !== null) {
    parts.push(t("agenda.due.client-readable", { client: readableWallClock(t, task.dueClient, language), zone: zoneCity(task.clientZone) }));
  }
  return parts;
}

/** A batch's kind as a heading: "social-media_posts" → "Social media posts" (the note keeps its spelling). */
export function batchName(kind: string): string {
  const words = kind.replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
  return words === "" ? kind : words.charAt(0).toLocaleUpperCase() + words.slice(1);
}
