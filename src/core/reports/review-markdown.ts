// The weekly review (src/core/reports/review.ts) as a note in the VA's language. Format:
// docs/vault-format.md, "The weekly review". The VA's notes after NOTES_MARKER are kept on rewrite.

import type { Language } from "../shared/types";
import { translator } from "../i18n";
import { formatInstant } from "../shared/instant";
import { offsetAt } from "../shared/zones";
import { linkTo } from "../notes/timed-line";
import { formatMoney, toMajorString } from "../shared/money";
import { outstandingMoney } from "../billing/invoice-outstanding";
import { NOTES_MARKER } from "./report-notes";
import { hoursDecimal, hoursNumber } from "./report-format";
import type { ReviewModel } from "./review";
import type { ForecastModel } from "./forecast";
import { inlineText, tableCell } from "../shared/markdown-text";
import { teamSection } from "./team-money-markdown";

export function reviewMarkdown(m: ReviewModel, lang: Language): string {
  const t = translator(lang);
  const h = (ms: number) => hoursDecimal(ms, lang);
  const money = (minor: number, currency: string) => formatMoney(minor, currency, lang);
  const out = [
    "---",
    "type: weekly-review",
    `week: ${m.week}`,
    `from: ${m.dates[0]}`,
    `to: ${m.dates[6]}`,
    `generated: ${formatInstant(m.generated, offsetAt(m.zone, m.generated))}`,
    `hours: ${hoursNumber(m.billedMs)}`,
    `hours_tracked: ${hoursNumber(m.trackedMs)}`,
    `currency: ${m.home}`,
    `revenue: ${toMajorString(m.homeMinor, m.home)}`,
    `utilisation: ${m.utilisationPercent}`,
    ...(m.largest ? [`largest_client: ${JSON.stringify(linkTo(m.largest.key))}`, `largest_share: ${m.largest.percent}`] : []),
    "---",
    `# ${t("review.title", { week: m.week })}`,
    "",
    t("review.period", { from: m.dates[0], to: m.dates[6], zone: m.zone }),
    "",
    `## ${t("review.clients.heading")}`,
    "",
  ];
  if (m.clients.length === 0) out.push(t("review.none"), "");
  else {
    out.push(
      `| ${t("review.col.client")} | ${t("review.col.tracked")} | ${t("review.col.billed")} | ${t("review.col.revenue")} | ${t("review.col.home", { currency: m.home })} |`,
      "| --- | ---: | ---: | ---: | ---: |",
    );
    for (const r of m.clients) {
      const revenue = r.revenueMinor === null ? "—" : money(r.revenueMinor, r.currency);
      const home = r.homeMinor !== null ? money(r.homeMinor, m.home) : r.revenueMinor === null ? "—" : t("review.no-rate");
      out.push(`| ${tableCell(linkTo(r.key))} | ${h(r.trackedMs)} | ${h(r.billedMs)} | ${revenue} | ${home} |`);
    }
    out.push(`| **${t("review.total")}** | **${h(m.trackedMs)}** | **${h(m.billedMs)}** | | **${money(m.homeMinor, m.home)}** |`, "");
  }
  out.push(m.largest ? t("review.share", { client: m.largest.name, percent: m.largest.percent, currency: m.home }) : t("review.share.none", { currency: m.home }), "");
  out.push(
    t("review.utilisation", { billable: h(m.billableMs), capacity: h(m.capacityHours * 3_600_000), percent: m.utilisationPercent, tracked: h(m.trackedMs) }),
    "",
  );
  if (m.missingRates.length > 0) out.push(t("review.missing-rates", { currency: m.home, currencies: m.missingRates.join(", ") }), "");
  out.push(`## ${t("review.invoices.heading")}`, "");
  if (m.invoices.length === 0) out.push(t("review.invoices.none"));
  for (const i of m.invoices) {
    const balance = outstandingMoney(i.balanceMinor, i.currency, lang);
    const marks = [...(i.unreadable ? [t("invoices.mark.unreadable")] : []), ...(i.duplicates.length > 0 ? [t("invoices.mark.duplicate", { files: i.duplicates.join(", ") })] : [])];
    const item = t(i.overdue ? "review.invoices.overdue" : "review.invoices.item", { number: inlineText(i.number), client: inlineText(i.clientName), balance, due: inlineText(i.due) });
    out.push(`- ${item}${marks.length > 0 ? ` (${inlineText(marks.join("; "))})` : ""}`);
  }
  out.push("", ...forecastSection(m.forecast, lang));
  if (m.subcontractors.length > 0) out.push("", ...subcontractorSection(m, lang));
  if (m.team) out.push("", ...teamSection(m.team, lang));
  out.push("", NOTES_MARKER, `## ${t("review.notes.heading")}`, "", "");
  return out.join("\n");
}

/** Subcontractors: hours, cost and billed in their currencies and in the home one, the margin per client, the total owed. */
function subcontractorSection(m: ReviewModel, lang: Language): string[] {
  const t = translator(lang);
  const money = (minor: number, currency: string) => formatMoney(minor, currency, lang);
  const home = (minor: number | null) => (minor === null ? "—" : money(minor, m.home));
  const h = (ms: number) => hoursDecimal(ms, lang);
  const cur = { currency: m.home };
  const out = [
    `## ${t("review.subs.heading")}`,
    "",
    `| ${t("review.subs.name")} | ${t("review.subs.hours")} | ${t("review.subs.cost")} | ${t("review.subs.billed")} | ${t("review.subs.cost-home", cur)} | ${t("review.subs.billed-home", cur)} | ${t("review.subs.margin", cur)} |`,
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  m.subcontractors.forEach((s, i) => {
    const cost = s.cost === null ? "—" : money(s.cost.minor, s.cost.currency);
    const billed = s.billed.length === 0 ? "—" : s.billed.map((b) => money(b.minor, b.currency)).join(", ");
    const mg = m.margins.subs[i];
    out.push(`| ${tableCell(s.name)} | ${h(s.ms)} | ${cost} | ${billed} | ${home(mg.costHome)} | ${home(mg.billedHome)} | ${home(mg.marginHome)} |`);
  });
  out.push("", `### ${t("review.margin.heading")}`, "", `| ${t("review.margin.client")} | ${t("review.subs.hours")} | ${t("review.subs.billed-home", cur)} | ${t("review.subs.cost-home", cur)} | ${t("review.subs.margin", cur)} |`, "| --- | ---: | ---: | ---: | ---: |");
  for (const c of m.margins.clients) out.push(`| ${tableCell(c.name)} | ${h(c.ms)} | ${home(c.billedHome)} | ${home(c.costHome)} | ${home(c.marginHome)} |`);
  out.push("", t("review.subs.owed", { amount: money(m.margins.owedHome, m.home) }));
  if (m.subcontractorBillableMs > 0) out.push("", t("review.subs.not-yours", { hours: h(m.subcontractorBillableMs) }));
  if (m.margins.missingRates.length > 0) out.push("", t("review.missing-rates", { currency: m.home, currencies: m.margins.missingRates.join(", ") }));
  return out;
}

/** The income forecast (forecast.ts) as the review's section: a table of months, then what it leaves out. */
export function forecastSection(f: ForecastModel, lang: Language): string[] {
  const t = translator(lang);
  const money = (minor: number, currency: string) => formatMoney(minor, currency, lang);
  const names = (list: readonly { key: string }[]) => list.map((c) => inlineText(linkTo(c.key))).join(", ");
  const out = [`## ${t("forecast.heading")}`, "", t("forecast.intro", { currency: f.home, zone: f.zone }), ""];
  if (f.clients.length === 0) out.push(t("forecast.none"), "");
  else {
    out.push(
      `| ${t("forecast.col.client")} | ${f.months.map((m) => m.month).join(" | ")} | ${t("forecast.col.total")} |`,
      `| --- |${" ---: |".repeat(f.months.length + 1)}`,
    );
    for (const c of f.clients) {
      const cells = c.months.map((x) =>
        x.minor === 0 ? "—" : x.homeMinor !== null ? money(x.homeMinor, f.home) : t("forecast.no-rate", { amount: money(x.minor, c.currency) }),
      );
      out.push(`| ${tableCell(linkTo(c.key))} | ${cells.join(" | ")} | ${money(c.homeMinor, f.home)} |`);
    }
    out.push(
      `| **${t("forecast.total")}** | ${f.months.map((m) => `**${money(m.homeMinor, f.home)}**`).join(" | ")} | **${money(f.homeMinor, f.home)}** |`,
      `| ${t("forecast.largest")} | ${f.months.map((m) => (m.largest ? tableCell(t("forecast.largest.cell", { client: m.largest.name, percent: m.largest.percent })) : "—")).join(" | ")} | ${f.largest ? tableCell(t("forecast.largest.cell", { client: f.largest.name, percent: f.largest.percent })) : "—"} |`,
      "",
    );
    if (f.largest) out.push(t("forecast.share", { client: inlineText(f.largest.name), percent: f.largest.percent, currency: f.home }), "");
  }
  if (f.missingRates.length > 0) out.push(t("forecast.missing-rates", { currency: f.home, currencies: f.missingRates.join(", ") }), "");
  if (f.unreadable.length > 0) out.push(t("forecast.unreadable", { clients: names(f.unreadable) }), "");
  if (f.unpriced.length > 0) out.push(t("forecast.unpriced", { clients: names(f.unpriced) }), "");
  if (f.fixed.length > 0) out.push(t("forecast.fixed", { clients: names(f.fixed) }), "");
  while (out.at(-1) === "") out.pop();
  return out;
}
