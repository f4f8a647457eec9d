// `client-desk team`: the people of the vault, their hours this week and today, running timers,
// and the weeks waiting for the owner's approval (docs/team.md, docs/cli.md).

import type { Context } from "../context";
import { UsageError } from "../errors";
import { printJson, printLines } from "../output";
import { openVault } from "./common";
import { teamSummary } from "../../core/time/team";
import { isWeekId, weekOf } from "../../core/shared/week";
import { APPROVAL_WEEK_START } from "../../core/index/entry-standing";
import { formatInstant } from "../../core/shared/instant";
import { offsetAt } from "../../core/shared/zones";
import { formatLocalTime } from "../../core/shared/local-time";
import { workingAs } from "../team-as";

export interface TeamJson {
  week: string;
  zone: string;
  /** Who this run works as: a person's key, or null (no team). */
  as: string | null;
  people: {
    key: string;
    name: string;
    role: string;
    weekSeconds: number;
    todaySeconds: number;
    unapprovedSeconds: number;
    running: { id: string; client: string; task: string | null; start: string; file: string }[];
  }[];
  due: { person: string; week: string; entries: number; seconds: number; running: boolean; changed: number }[];
}

export function runTeam(ctx: Context): number {
  const vault = openVault(ctx);
  const me = workingAs(ctx, vault);
  const now = ctx.now(vault.zone);
  const week = weekArg(ctx) ?? weekOf(now, vault.zone, APPROVAL_WEEK_START);
  const s = teamSummary(vault.index, now, vault.zone, week);
  const out: TeamJson = {
    week,
    zone: vault.zone,
    as: me?.key ?? null,
    people: s.people.map((p) => ({
      key: p.key,
      name: p.name,
      role: p.role,
      weekSeconds: Math.round(p.weekMs / 1000),
      todaySeconds: Math.round(p.todayMs / 1000),
      unapprovedSeconds: Math.round(p.unapprovedMs / 1000),
      running: p.running.map((e) => ({ id: e.id, client: e.clientKey, task: e.task, start: formatInstant(e.start, offsetAt(vault.zone, e.start)), file: e.file })),
    })),
    due: s.due.map((d) => ({ person: d.person, week: d.week, entries: d.entries, seconds: Math.round(d.ms / 1000), running: d.running, changed: d.changed })),
  };
  if (ctx.json) {
    printJson(ctx.io, out);
    return 0;
  }
  if (out.people.length === 0) {
    printLines(ctx.io, [ctx.t("cli.team.none", { folder: vault.settings.teamFolder })]);
    return 0;
  }
  const h = (sec: number) => (sec / 3600).toFixed(2);
  const lines = [ctx.t("cli.team.title", { week, zone: vault.zone })];
  for (const p of out.people) {
    const unapproved = p.unapprovedSeconds > 0 ? ctx.t("cli.team.unapproved", { hours: h(p.unapprovedSeconds) }) : "";
    lines.push(ctx.t("cli.team.person", { name: p.name, role: p.role, week: h(p.weekSeconds), today: h(p.todaySeconds), unapproved }));
    for (const r of p.running) {
      const e = vault.index.running().find((x) => x.id === r.id);
      lines.push(ctx.t("cli.team.running", { client: vault.index.client(r.client)?.name ?? r.client, task: r.task === null ? "" : ` · ${r.task}`, start: e ? formatLocalTime(e.start, vault.zone) : r.start, file: r.file }));
    }
  }
  if (out.due.length > 0) {
    lines.push(ctx.t("cli.team.due"));
    for (const d of out.due) {
      lines.push(
        ctx.t("cli.team.due-line", {
          person: d.person,
          week: d.week,
          entries: d.entries,
          hours: h(d.seconds),
          running: d.running ? ctx.t("cli.team.due-running") : "",
          changed: d.changed > 0 ? ctx.t("cli.team.due-changed", { count: d.changed }) : "",
        }),
      );
    }
  }
  printLines(ctx.io, lines);
  return 0;
}

export function weekArg(ctx: Context): string | null {
  const w = ctx.args.values.get("week");
  if (w === undefined) return null;
  if (!isWeekId(w)) throw new UsageError("cli.error.week-invalid", { value: w });
  return w;
}
