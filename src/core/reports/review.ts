// The VA's weekly review: hours and revenue per client for one week of the VA's own calendar,
// revenue converted into the home currency with the dated rates from the settings, the share of
// the largest client, utilisation against the weekly capacity, and the invoices still unpaid.
//
// Revenue of a week is what its billed hours are worth: hourly clients at their rate, retainer
// clients at the retainer's effective rate (fee ÷ included hours), fixed-price clients not at all
// (their packages are invoiced as such). A currency without a rate is named, never guessed, and
// left out of the totals and the share. The income forecast (forecast.ts) looks at the three
// calendar months after the one holding the week's last day.

import type { Client } from "../shared/types";
import type { VaultIndex } from "../index/vault-index";
import type { Weekday } from "../shared/types";
import { DateTime } from "luxon";
import { weekRange } from "../shared/week";
import { billableRawMs, billedMs, rawMs } from "../billing/rounding";
import { multiplyRate } from "../shared/money";
import { convertMinor, rateOn, type ConversionRate } from "../billing/conversion-rates";
import { teamMoney, type TeamMoney } from "./team-money";
import { ownOrApproved } from "../index/entry-standing";
import type { ReviewInvoice } from "./review-invoices";
import { percent } from "./report-format";
import { costVsBilled, subcontractorEntries, type Subcontractor, type SubcontractorCost } from "../lifecycle/subcontractors";
import { subcontractorMargins, type MarginModel } from "./review-margin";
import { buildForecast, type ForecastModel } from "./forecast";

export interface ReviewClientRow {
  key: string;
  name: string;
  currency: string;
  trackedMs: number;
  billableMs: number;
  billedMs: number;
  /** In the client's currency; null for fixed-price clients and clients without a rate. */
  revenueMinor: number | null;
  /** In the home currency; null when there is no revenue or no conversion rate. */
  homeMinor: number | null;
  /** The conversion rate used, as written in the settings. */
  rateText: string | null;
}

export interface ReviewModel {
  week: string;
  zone: string;
  home: string;
  dates: string[];
  generated: number;
  clients: ReviewClientRow[];
  trackedMs: number;
  billableMs: number;
  billedMs: number;
  homeMinor: number;
  largest: { key: string; name: string; percent: number } | null;
  capacityHours: number;
  utilisationPercent: number;
  /** Currencies with revenue this week but no conversion rate on the week's last day. */
  missingRates: string[];
  invoices: (ReviewInvoice & { clientName: string })[];
  /** Subcontractors who worked this week: their cost against what their time bills. */
  subcontractors: SubcontractorCost[];
  /** Their cost and billed amounts in the home currency, the margin per client and the total owed. */
  margins: MarginModel;
  /** Billable time of subcontractors' tasks: counted in billableMs, not in the VA's utilisation. */
  subcontractorBillableMs: number;
  /** The next three calendar months after the one holding the week's last day (forecast.ts). */
  forecast: ForecastModel;
  /** A team's hours, cost, billed and margins (docs/team.md); absent with no people notes. */
  team?: TeamMoney;
}

export interface ReviewOptions {
  week: string;
  zone: string;
  weekStart: Weekday;
  home: string;
  capacityHours: number;
  rates: readonly ConversionRate[];
  invoices: readonly ReviewInvoice[];
  now: number;
  /** Subcontractor notes (src/core/lifecycle/subcontractors.ts); none by default. */
  subcontractors?: readonly Subcontractor[];
}

function revenueOf(client: Client, billed: number): number | null {
  if (client.billing === "hourly") return client.rate === null ? null : multiplyRate(client.rate, billed);
  if (client.billing === "retainer") {
    if (client.retainerFee === null || client.retainerHours === null || client.retainerHours <= 0) return null;
    const includedMs = BigInt(Math.round(client.retainerHours * 3_600_000));
    const n = BigInt(client.retainerFee) * BigInt(billed);
    return Number((n * 2n + includedMs) / (includedMs * 2n));
  }
  return null;
}

export function buildReview(index: VaultIndex, o: ReviewOptions): ReviewModel {
  const range = weekRange(o.week, o.zone, o.weekStart);
  const dates = range.days.map((d) => DateTime.fromMillis(d, { zone: o.zone }).toISODate() as string);
  const byClient = new Map<string, ReturnType<VaultIndex["entriesBetween"]>>();
  for (const e of index.entriesBetween(range.from, range.to)) {
    // A team member's time counts once approved; the team section shows the rest (docs/team.md).
    if (e.end === null || e.start < range.from || e.start >= range.to || !ownOrApproved(e, index.team, index.layoutZone())) continue;
    let list = byClient.get(e.clientKey);
    if (!list) byClient.set(e.clientKey, (list = []));
    list.push(e);
  }
  const missing = new Set<string>();
  const rows: ReviewClientRow[] = [];
  for (const [key, entries] of byClient) {
    const client = index.client(key);
    if (!client) continue;
    const billed = billedMs(entries, client.rounding);
    const revenue = revenueOf(client, billed);
    let home: number | null = null;
    let rateText: string | null = null;
    if (revenue !== null) {
      if (client.currency === o.home) home = revenue;
      else {
        const rate = rateOn(o.rates, client.currency, dates[6]);
        if (rate === null) missing.add(client.currency);
        else {
          home = convertMinor(revenue, rate);
          rateText = rate.text;
        }
      }
    }
    rows.push({
      key,
      name: client.name,
      currency: client.currency,
      trackedMs: entries.reduce((s, e) => s + rawMs(e), 0),
      billableMs: billableRawMs(entries),
      billedMs: billed,
      revenueMinor: revenue,
      homeMinor: home,
      rateText,
    });
  }
  rows.sort((a, b) => (b.homeMinor ?? -1) - (a.homeMinor ?? -1) || b.billedMs - a.billedMs || a.name.localeCompare(b.name));
  const homeMinor = rows.reduce((s, r) => s + (r.homeMinor ?? 0), 0);
  const top = rows.find((r) => r.homeMinor !== null && r.homeMinor > 0);
  const billableMs = rows.reduce((s, r) => s + r.billableMs, 0);
  const capacityMs = o.capacityHours * 3_600_000;
  const subs = o.subcontractors ?? [];
  const weekEntries = subs.length === 0 ? [] : index.entriesBetween(range.from, range.to);
  const costs = subs.length === 0 ? [] : costVsBilled(subs, index.tasks(), weekEntries, (k) => index.client(k), range.from, range.to).filter((s) => s.ms > 0);
  // A subcontractor's hours are theirs: the VA's utilisation counts only the VA's own billable time.
  const subBillable = subs.length === 0 ? [] : [...subcontractorEntries(subs, index.tasks(), weekEntries, range.from, range.to).keys()];
  const subcontractorBillableMs = billableRawMs(subBillable);
  return {
    week: o.week,
    zone: o.zone,
    home: o.home,
    dates,
    generated: o.now,
    clients: rows,
    trackedMs: rows.reduce((s, r) => s + r.trackedMs, 0),
    billableMs,
    billedMs: rows.reduce((s, r) => s + r.billedMs, 0),
    homeMinor,
    largest: top ? { key: top.key, name: top.name, percent: percent(top.homeMinor as number, homeMinor) } : null,
    capacityHours: o.capacityHours,
    utilisationPercent: percent(billableMs - subcontractorBillableMs, capacityMs),
    missingRates: [...missing].sort(),
    subcontractors: costs,
    margins: subcontractorMargins(costs, new Map(subs.map((x) => [x.key, x])), (k) => index.client(k), { home: o.home, rates: o.rates, date: dates[6] }),
    subcontractorBillableMs,
    forecast: buildForecast(index, { from: range.to - 1, zone: o.zone, home: o.home, rates: o.rates }),
    invoices: o.invoices.map((i) => ({ ...i, clientName: index.client(i.clientKey)?.name ?? i.clientKey })).sort((a, b) => a.due.localeCompare(b.due) || a.number.localeCompare(b.number)),
    ...(index.team.active() ? { team: teamMoney(index, range.from, range.to, o.home, o.rates, dates[6]) } : {}),
  };
}
