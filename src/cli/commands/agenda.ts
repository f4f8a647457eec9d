// `client-desk agenda --vault DIR`: the client overview's data (src/core/overview/agenda.ts), the same
// model the master view draws. --json prints the model as is (shape in docs/cli.md); for people,
// one block per section, each line naming the task, its client and when it is due on both clocks,
// in the overview's words (readable local dates, never "24:00").

import { agendaOf, QUADRANTS, type Agenda, type AgendaTask } from "../../core/overview/agenda";
import { checkinSources } from "../../core/overview/agenda-sources";
import { hoursMinutes } from "../../core/time/duration-text";
import type { CliTranslate } from "../messages";
import { batchName, batchSummary, readableDueParts, readableWallClock, zoneCity } from "../../core/overview/agenda-text";
import { formatDate } from "../../core/i18n/format";
import type { Language } from "../../core/shared/types";
import type { Context } from "../context";
import { printJson, printLines, table } from "../output";
import { openVault } from "./common";
import { jsonNow } from "../time";
import { UsageError } from "../errors";
import { tasksOf } from "../../core/time/team";

export function runAgenda(ctx: Context): number {
  const vault = openVault(ctx);
  const asked = ctx.args.values.get("person");
  const person = asked === undefined ? null : vault.index.team.find(asked);
  if (asked !== undefined && person === null) {
    throw new UsageError("cli.error.person-unknown", { name: asked, folder: vault.settings.teamFolder, people: vault.index.team.people().map((p) => p.key).join(", ") || "—" });
  }
  // --person: only that person's tasks (docs/team.md).
  const source = person === null ? vault.index : { clients: () => vault.index.clients(), tasks: () => tasksOf(vault.index.tasks(), person) };
  const agenda = agendaOf(source, {
    now: ctx.now(vault.zone),
    zone: vault.zone,
    weekStart: vault.settings.weekStart,
    sources: checkinSources(vault.index),
  });
  if (ctx.json) printJson(ctx.io, { ...agenda, now: jsonNow(agenda.now, agenda.zone) });
  else printLines(ctx.io, human(ctx.t, agenda, ctx.lang));
  return 0;
}

function taskRows(t: CliTranslate, a: Agenda, tasks: readonly AgendaTask[], language: Language): string[][] {
  return tasks.map((x) => {
    // As the overview reads: "Due Fri, 11 Dec, 13:00 your time", a date alone as "end of …", never 24:00.
    const when = readableDueParts(t, x, a.zone, language);
    const status = x.status === "todo" ? "" : t(`agenda.status.${x.status}`);
    return [t("cli.agenda.task", { title: x.title, client: x.clientName }), status, when.join(" · ")];
  });
}

function block(lines: string[], heading: string, rows: string[][], empty: string, indent = "  "): void {
  lines.push(heading);
  if (rows.length === 0) lines.push(`${indent}${empty}`);
  else lines.push(...table(rows, indent).map((l) => l.trimEnd()));
}

function human(t: CliTranslate, a: Agenda, language: Language): string[] {
  const lines = [`${t("agenda.title")}: ${t("agenda.header", { date: formatDate(a.today, language), week: a.week, zone: a.zone })}`, ""];

  lines.push(t("agenda.section.deadlines"));
  const d = a.deadlines;
  if (d.overdue.length + d.today.length + d.week.length === 0) lines.push(`  ${t("agenda.deadlines.none")}`);
  for (const which of ["overdue", "today", "week"] as const) {
    if (d[which].length > 0) block(lines, `  ${t(`agenda.deadlines.${which}`)}`, taskRows(t, a, d[which], language), "", "    ");
  }

  lines.push("", t("agenda.section.matrix"));
  for (const q of QUADRANTS) {
    block(lines, `  ${t(`agenda.quadrant.${q}`)} (${t(`agenda.quadrant.${q}.desc`)})`, taskRows(t, a, a.matrix[q], language), t("agenda.nothing"), "    ");
  }

  lines.push("", t("agenda.section.batches"));
  if (a.batches.length === 0) lines.push(`  ${t("agenda.nothing")}`);
  for (const b of a.batches) {
    block(lines, `  ${b.kind === null ? t("agenda.batch.other") : batchName(b.kind)}: ${batchSummary(t, b)}`, taskRows(t, a, b.tasks, language), "", "    ");
  }

  lines.push("");
  block(
    lines,
    t("agenda.section.replies"),
    a.replies.map((r) => [
      t("cli.agenda.task", { title: r.title, client: r.clientName }),
      t("agenda.reply.late", { va: readableWallClock(t, r.replyByVa, language), client: readableWallClock(t, r.replyByClient, language), zone: zoneCity(r.clientZone), late: t("timer.duration", hoursMinutes(r.lateMinutes * 60_000)) }),
    ]),
    t("agenda.replies.none"),
  );

  lines.push("");
  block(
    lines,
    t("agenda.section.checkins"),
    a.checkins.map((c) => [
      c.clientName,
      c.dueDate === null || c.lastCheckin === null
        ? t("agenda.checkin.never", { days: c.checkinDays })
        : t("agenda.checkin.due", { date: formatDate(c.dueDate, language), last: formatDate(c.lastCheckin, language), days: c.checkinDays }),
    ]),
    t("agenda.checkins.none"),
  );

  lines.push("");
  block(
    lines,
    t("agenda.section.surveys"),
    a.surveys.map((s) => [s.clientName, t("agenda.survey.after", { task: s.taskTitle, date: formatDate(s.completed, language) })]),
    t("agenda.surveys.none"),
  );
  return lines;
}
