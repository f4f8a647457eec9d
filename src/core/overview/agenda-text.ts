// The words around agenda items, shared by the client overview and `client-desk agenda`.

import type { AgendaTask, Batch } from "./agenda";
import type { Translate } from "../i18n";

/** "Australia/Sydney" → "Sydney", "America/New_York" → "New York". */
export function zoneCity(zone: string): string {
  return zone.slice(zone.lastIndexOf("/") + 1).replace(/_/g, " ");
}

/** "Due 2026-11-27 20:00 your time", then the client's clock when it is another zone. */
export function dueParts(t: Translate, task: AgendaTask, vaZone: string): string[] {
  if (task.dueVa === null) return [];
  const parts = [t("agenda.due", { va: task.dueVa })];
  if (task.clientZone !== vaZone && task.dueClient !== null) parts.push(t("agenda.due.client", { client: task.dueClient, zone: zoneCity(task.clientZone) }));
  return parts;
}

/** "3 open · 1.5 h estimated · 1 without an estimate" */
export function batchSummary(t: Translate, b: Batch): string {
  const parts = [t("agenda.batch.count", { count: b.tasks.length })];
  if (b.estimateHours > 0) parts.push(t("agenda.batch.hours", { hours: Math.round(b.estimateHours * 100) / 100 }));
  if (b.unestimated > 0) parts.push(t("agenda.batch.unestimated", { count: b.unestimated }));
  return parts.join(" · ");
}
