// The review's team section (team-money.ts): per person hours, not yet approved, cost and billed;
// per client billed, team cost and margin; all in the home currency.

import type { Language } from "../shared/types";
import { translator } from "../i18n";
import { formatMoney } from "../shared/money";
import { hoursDecimal } from "./report-format";
import { linkTo } from "../notes/timed-line";
import { tableCell } from "../shared/markdown-text";
import type { TeamMoney } from "./team-money";

export function teamSection(m: TeamMoney, lang: Language): string[] {
  const t = translator(lang);
  const h = (ms: number) => hoursDecimal(ms, lang);
  const money = (minor: number | null) => (minor === null ? "—" : formatMoney(minor, m.home, lang));
  const out = [
    `## ${t("review.team.heading")}`,
    "",
    `| ${t("review.team.person")} | ${t("review.team.hours")} | ${t("review.team.unapproved")} | ${t("review.team.cost", { currency: m.home })} | ${t("review.team.billed", { currency: m.home })} |`,
    "| --- | ---: | ---: | ---: | ---: |",
  ];
  for (const p of m.people) out.push(`| ${tableCell(p.name)} | ${h(p.ms)} | ${h(p.unapprovedMs)} | ${money(p.costHome)} | ${money(p.billedHome)} |`);
  out.push("", `| ${t("review.col.client")} | ${t("review.team.billed", { currency: m.home })} | ${t("review.team.cost", { currency: m.home })} | ${t("review.team.margin", { currency: m.home })} |`, "| --- | ---: | ---: | ---: |");
  for (const c of m.clients) out.push(`| ${tableCell(linkTo(c.key))} | ${money(c.billedHome)} | ${money(c.costHome)} | ${money(c.marginHome)} |`);
  if (m.missingRates.length > 0) out.push("", t("review.missing-rates", { currency: m.home, currencies: m.missingRates.join(", ") }));
  return out;
}
