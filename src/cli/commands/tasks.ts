// `client-desk tasks`: open tasks of every client (or one), by deadline, with their tracked time.

import type { Entry, Task } from "../../core/shared/types";
import type { Context } from "../context";
import { UsageError } from "../errors";
import { printJson, printLines, table } from "../output";
import { openVault } from "./common";
import { findClient } from "./log";
import { dueInstant, parseDueText } from "../../core/notes/task-note";
import { trackedMs } from "../../core/lifecycle/task-time";
import { formatInstant } from "../../core/shared/instant";
import { offsetAt } from "../../core/shared/zones";

export interface TaskJson extends Task {
  clientName: string;
  /** The deadline as an instant with the client's offset, or null. */
  dueAt: string | null;
  overdue: boolean;
  /** Tracked time on the task, in whole minutes (entries whose `task` links to it). */
  trackedMinutes: number;
}

export function runTasks(ctx: Context): number {
  const vault = openVault(ctx);
  const now = ctx.now(vault.zone);
  const index = vault.index;
  const only = ctx.args.values.get("client");
  const clientKey = only === undefined ? undefined : findClient(vault, only).key;
  const before = ctx.args.values.get("due-before");
  const limit = before === undefined ? null : parseDueText(before);
  if (before !== undefined && limit === null) throw new UsageError("lifecycle.cli.due-before-invalid", { value: before });
  const all = ctx.args.booleans.has("all");
  const rows: TaskJson[] = [];
  // Each client's entries are read once, however many tasks it has.
  const byClient = new Map<string, Entry[]>();
  for (const t of index.tasks(clientKey)) {
    if (!all && t.status === "done") continue;
    const client = index.client(t.clientKey);
    const zone = client?.timezone ?? vault.zone;
    // "Due before 2026-11-30" keeps what is due by the end of that day in each client's own zone.
    if (limit !== null && (t.due === null || t.due > dueInstant(limit, zone))) continue;
    let entries = byClient.get(t.clientKey);
    if (!entries) byClient.set(t.clientKey, (entries = index.entriesOf(t.clientKey, 0, now + 86_400_000)));
    rows.push({
      ...t,
      clientName: client?.name ?? t.clientKey,
      dueAt: t.due === null ? null : formatInstant(t.due, offsetAt(zone, t.due)),
      overdue: t.due !== null && t.due <= now && t.status !== "done",
      trackedMinutes: Math.floor(trackedMs(t, entries, now) / 60_000),
    });
  }
  rows.sort((a, b) => (a.due ?? Infinity) - (b.due ?? Infinity) || a.clientName.localeCompare(b.clientName) || a.title.localeCompare(b.title));
  if (ctx.json) {
    printJson(ctx.io, { now: formatInstant(now, offsetAt(vault.zone, now)), zone: vault.zone, tasks: rows });
    return 0;
  }
  const t = ctx.t;
  if (rows.length === 0) {
    printLines(ctx.io, [t("lifecycle.cli.no-tasks")]);
    return 0;
  }
  const dur = (m: number) => t("cli.duration", { h: Math.floor(m / 60), m: String(m % 60).padStart(2, "0") });
  printLines(
    ctx.io,
    table([
      [t("lifecycle.cli.col.due"), t("cli.col.client"), t("lifecycle.cli.col.task"), t("lifecycle.cli.col.status"), t("lifecycle.cli.col.tracked")],
      ...rows.map((r) => [
        (r.dueText ?? "—") + (r.overdue ? ` ${t("lifecycle.cli.overdue")}` : ""),
        r.clientName,
        r.title,
        t(`lifecycle.task.${r.status}`),
        dur(r.trackedMinutes) + (r.estimate === null ? "" : ` / ${dur(Math.round(r.estimate * 60))}`),
      ]),
    ]),
  );
  return 0;
}
