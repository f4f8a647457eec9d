// A weekly report (src/core/reports/report.ts) as the markdown note the client reads, in the client's
// language. Format: docs/vault-format.md, "Weekly client reports". Everything after the
// NOTES_MARKER line belongs to the VA and is never written again (report-notes.ts).

import type { Language } from "../shared/types";
import { WEEKDAYS } from "../shared/types";
import { translator, type MessageKey } from "../i18n";
import { formatInstant } from "../shared/instant";
import { offsetAt } from "../shared/zones";
import { linkTo } from "../notes/timed-line";
import { chartSource } from "./chart-spec";
import { NOTES_MARKER } from "./report-notes";
import { hoursDecimal, hoursNumber, percent } from "./report-format";
import { memo, type ReportModel } from "./report";
import { inlineText, tableCell } from "../shared/markdown-text";
import { formatDate, formatDateAndTime, formatMonth } from "../i18n/format";

export const REPORT_CSS_CLASS = "client-desk-report";

export function reportMarkdown(m: ReportModel): string {
  const lang: Language = m.client.language;
  const t = translator(lang);
  const zone = m.client.timezone;
  const h = (ms: number) => hoursDecimal(ms, lang);
  const out: string[] = [
    "---",
    "type: client-report",
    `client: ${JSON.stringify(linkTo(m.client.key))}`,
    `week: ${m.week}`,
    `from: ${m.dates[0]}`,
    `to: ${m.dates[6]}`,
    `generated: ${formatInstant(m.generated, memo(`offset|${m.generated}|${zone}`, () => offsetAt(zone, m.generated)))}`,
    `language: ${lang}`,
    `hours: ${hoursNumber(m.totalBilledMs)}`,
    `hours_tracked: ${hoursNumber(m.totalRawMs)}`,
    `cssclasses: [${REPORT_CSS_CLASS}]`,
    "---",
    `# ${t("report.title", { client: inlineText(m.client.name) })}`,
    "",
    // Dates as the invoice writes them ("1 Dec 2026"); the frontmatter keeps ISO dates.
    t("report.period", { week: m.week, from: formatDate(m.dates[0], lang), to: formatDate(m.dates[6], lang), zone }),
    "",
    `## ${t("report.hours.heading")}`,
    "",
  ];
  if (m.tasks.length === 0) out.push(t("report.hours.none"), "");
  else {
    out.push(`| ${t("report.hours.task")} | ${t("report.hours.tracked")} | ${t("report.hours.billed")} |`, "| --- | ---: | ---: |");
    for (const r of m.tasks) {
      const name = r.label ?? t("report.hours.no-task");
      out.push(`| ${tableCell(r.billable ? name : t("report.hours.non-billable", { task: name }))} | ${h(r.rawMs)} | ${h(r.billedMs)} |`);
    }
    out.push(`| **${t("report.hours.total")}** | **${h(m.totalRawMs)}** | **${h(m.totalBilledMs)}** |`, "");
    const r = m.client.rounding;
    if (r.stepMinutes > 1) {
      const rule = t(r.scope === "task" ? "rounding.rule-task" : "rounding.rule", { step: r.stepMinutes, mode: t(`rounding.${r.mode}`) });
      out.push(t("report.hours.rounding", { rounding: rule }), "");
    }
  }
  if (m.people !== undefined && m.people.length > 0) {
    out.push(`## ${t("report.people.heading")}`, "");
    for (const p of m.people) out.push(`- ${t("report.people.item", { name: inlineText(p.name), hours: h(p.rawMs) })}`);
    out.push("");
  }
  for (const p of m.packages) {
    out.push(`## ${inlineText(t("package.report.heading", { name: p.name }))}`, "", p.total === 0 ? t("package.report.none") : t("package.report.progress", { done: p.done, total: p.total }), "");
    // Each deliverable as the tasks naming it stand (a task's `deliverable`).
    if (p.deliverables.length > 0) {
      for (const d of p.deliverables) out.push(`- ${t(`package.report.deliverable.${d.state}`, { text: inlineText(d.text) })}`);
      out.push("");
    }
  }
  if (m.retainer) {
    const usedMs = m.retainer.usedMs;
    const includedMs = m.retainer.includedHours * 3_600_000;
    const params = { used: h(usedMs), included: h(includedMs), month: formatMonth(m.retainer.month, lang), percent: percent(usedMs, includedMs), over: h(usedMs - includedMs) };
    out.push(t(usedMs > includedMs ? "report.retainer.over" : "report.retainer", params), "");
  }
  out.push(
    "```client-desk-chart",
    chartSource({
      type: "bar",
      title: t("report.chart.title"),
      unit: "h",
      labels: m.dates.map((d, i) => `${t(`day.short.${WEEKDAYS[i]}` as MessageKey)} ${d.slice(8)}`),
      series: [{ name: t("report.chart.series"), values: m.perDayMs.map((ms) => Number(hoursNumber(ms))) }],
    }),
    "```",
    "",
  );
  const section = (heading: MessageKey, none: MessageKey, items: string[]) => {
    out.push(`## ${t(heading)}`, "");
    if (items.length === 0) out.push(t(none));
    else for (const i of items) out.push(`- ${i}`);
    out.push("");
  };
  section("report.completed.heading", "report.completed.none", m.completed.map((task) => t("report.completed.item", { task: inlineText(task.title), date: task.completed === null ? "" : formatDate(task.completed, lang) })));
  section("report.doing.heading", "report.doing.none", m.doing.map((task) => inlineText(task.title)));
  section("report.waiting.heading", "report.waiting.none", m.waiting.map((task) => inlineText(task.title)));
  section(
    "report.deadlines.heading",
    "report.deadlines.none",
    m.deadlines.map(({ task, overdue }) => t(overdue ? "report.deadlines.overdue" : "report.deadlines.item", { task: inlineText(task.title), due: task.dueText === null ? "" : formatDateAndTime(task.dueText, lang) })),
  );
  section(
    "report.next.heading",
    "report.next.none",
    m.next.map((n) =>
      t("report.next.item", {
        day: t(`day.short.${WEEKDAYS[n.weekday]}` as MessageKey),
        date: formatDate(n.date, lang),
        start: n.start,
        end: n.end,
        title: n.block.title.trim() === "" ? t("report.next.untitled") : inlineText(n.block.title.trim()),
      }),
    ),
  );
  out.push(NOTES_MARKER, `## ${t("report.notes.heading")}`, "", "");
  return out.join("\n");
}
