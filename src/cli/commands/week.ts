// `client-desk week [--week 2026-W48] [--person NAME|all] --vault DIR`: the week planner's data
// (src/core/planner/week-view.ts), the same model the week view draws. --json prints the model as is
// (shape in docs/cli.md); for people, one short table per day and the totals per client. With a
// team the week is yours (`--as`) as the planner shows it, or one person's, or everyone's.

import { userHours } from "../../core/settings/settings";
import { weekViewModel } from "../../core/planner/week-view";
import type { WeekView } from "../../core/planner/week-model";
import { isWeekId, weekOf } from "../../core/shared/week";
import { formatClock } from "../../core/shared/hours";
import { formatClockTime } from "../../core/shared/local-time";
import { hoursMinutes } from "../../core/time/duration-text";
import type { Context } from "../context";
import { UsageError } from "../errors";
import { printJson, printLines, table } from "../output";
import { openVault } from "./common";
import type { LoadedVault } from "../vault-fs";
import { workingAs } from "../team-as";
import type { Person } from "../../core/lifecycle/people";
import type { HoursRange } from "../../core/shared/types";
import { personHours, weekPersonOf } from "../../core/planner/plan-person";
import { personOfLog } from "../../core/shared/paths";
import { jsonNow } from "../time";

export function runWeek(ctx: Context): number {
  const asked = ctx.args.values.get("week");
  if (asked !== undefined && !isWeekId(asked)) throw new UsageError("cli.error.week-invalid", { value: asked });
  const vault = openVault(ctx);
  const now = ctx.now(vault.zone);
  const s = vault.settings;
  const shown = shownPerson(ctx, vault);
  const hours = shown === "all" ? { workingHours: userHours(s), workingDays: s.workingDays } : personHours(shown, { zone: vault.zone, workingHours: userHours(s), workingDays: s.workingDays });
  const view = weekViewModel(vault.index, {
    week: asked ?? weekOf(now, vault.zone, s.weekStart),
    zone: vault.zone,
    weekStart: s.weekStart,
    now,
    bufferMinutes: s.plannerBuffer,
    ...hours,
    person: shown === "all" ? undefined : weekPersonOf(shown),
  });
  // `now` as every JSON output gives it (ISO with offset); the rest of the model as the planner has it.
  if (ctx.json) printJson(ctx.io, { ...view, now: jsonNow(view.now, view.zone) });
  else printLines(ctx.io, human(ctx, view, shown === "all" ? null : { person: shown, hours: hours.workingHours, zone: "workingZone" in hours ? hours.workingZone : vault.zone }, vault.index.team.people()));
  return 0;
}

/** `--person NAME|all`; by default the person this run works as, or everyone's without a team (as before). */
function shownPerson(ctx: Context, vault: LoadedVault): Person | null | "all" {
  const asked = ctx.args.values.get("person");
  if (asked === undefined) return vault.index.team.active() ? workingAs(ctx, vault) : "all";
  if (asked.trim().toLowerCase() === "all") return "all";
  const p = vault.index.team.find(asked);
  if (p === null) throw new UsageError("cli.error.person-unknown", { name: asked, folder: vault.settings.teamFolder, people: vault.index.team.people().map((x) => x.key).join(", ") || "—" });
  return p;
}

/** `shown`: the one person whose week it is, with the working hours drawn (null: everyone's, or no team). */
function human(ctx: Context, v: WeekView, shown: { person: Person | null; hours: HoursRange; zone: string } | null, people: Person[]): string[] {
  const t = ctx.t;
  const names = new Map(v.clients.map((c) => [c.key, c.name]));
  const clock = (ms: number, dayEnd: number) => (ms >= dayEnd ? formatClock(1440) : formatClockTime(ms, v.zone));
  const hm = (minutes: number) => t("timer.duration", hoursMinutes(Math.round(minutes * 60_000)));
  const lines = [t("cli.week.title", { week: v.week, from: v.days[0].date, to: v.days[6].date, zone: v.zone })];
  // With a team: whose week it is; everyone's names each line's person.
  const nameOf = (key: string | null) => (key === null ? (people.find((p) => p.role === "owner")?.name ?? "") : (people.find((p) => p.key.toLowerCase() === key.toLowerCase())?.name ?? key));
  if (shown !== null && shown.person !== null) {
    lines.push(t("cli.week.person", { name: shown.person.name, hours: `${formatClock(shown.hours.start)}–${formatClock(shown.hours.end)}`, zone: shown.zone }));
  } else if (v.person === null && people.length > 0) lines.push(t("cli.week.everyone"));
  const whose = (key: string | null) => (v.person === null && people.length > 0 ? ` (${nameOf(key)})` : "");
  v.days.forEach((day, d) => {
    lines.push("", `${t("cli.week.day", { weekday: t(`day.short.${day.weekday}`), date: day.date })}${day.today ? ` ${t("cli.week.today")}` : ""}`);
    const rows: { start: number; cells: string[] }[] = [];
    for (const b of v.blocks) {
      if (b.day !== d) continue;
      const marks = [b.outside ? t("cli.week.outside") : "", b.busy ? t("cli.week.busy") : "", b.tight ? t("cli.week.tight", { minutes: v.bufferMinutes }) : ""].filter((m) => m !== "");
      const who = b.clientKey === null ? b.clientRef : (names.get(b.clientKey) ?? b.clientKey);
      rows.push({
        start: b.start,
        cells: [`${clock(b.start, day.end)}–${clock(b.end, day.end)}`, `${t("cli.week.planned")}${whose(b.person)}`, who, [b.title, ...marks.map((m) => `[${m}]`)].join(" ").trim()],
      });
    }
    for (const e of v.entries) {
      if (e.day !== d) continue;
      const what = [e.task ?? "", e.note, e.running ? `[${t("cli.week.running")}]` : ""].filter((x) => x !== "").join(" · ");
      rows.push({
        start: e.start,
        cells: [`${clock(e.start, day.end)}–${clock(e.end, day.end)}`, `${t("cli.week.tracked")}${whose(personOfLog(e.file))}`, names.get(e.clientKey) ?? e.clientKey, what],
      });
    }
    for (const e of v.eventItems) {
      if (e.day !== d) continue;
      const when = e.allDay ? t("cli.week.all-day") : `${clock(e.start, day.end)}–${clock(e.end, day.end)}`;
      rows.push({ start: e.start, cells: [when, t("cli.week.event"), e.calendar, `${e.title}${e.busy ? "" : ` [${t("cli.week.free")}]`}`] });
    }
    rows.sort((a, b) => a.start - b.start);
    if (rows.length === 0) lines.push(`  ${t("cli.week.empty")}`);
    else lines.push(...table(rows.map((r) => r.cells), "  "));
  });
  lines.push("", t("cli.week.totals"));
  if (v.clients.length === 0) lines.push(`  ${t("cli.week.no-clients")}`);
  else {
    const rows = v.clients.map((c) => [
      c.name,
      hm(c.plannedMinutes),
      hm(c.trackedMinutes),
      hm(c.billedMinutes),
      c.localNow === null ? "" : t("cli.week.client-local", { time: c.localNow.slice(11), offset: c.offsetText ?? "" }),
    ]);
    rows.push([t("cli.week.total"), hm(v.totals.plannedMinutes), hm(v.totals.trackedMinutes), hm(v.totals.billedMinutes), ""]);
    lines.push(...table(rows, "  "));
  }
  return lines;
}
