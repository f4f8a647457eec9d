// The income forecast: what the VA expects to invoice in each of the next three calendar months,
// per client, in the home currency, with each month's total and the share of the largest client
// (the guide's budgeting advice: predictable income, and not too much of it from one client).
//
// Months are the VA's calendar months in the VA's own zone, the three after the month holding
// `from`. What a month is expected to bring, for clients whose status is `active` or `onboarding`:
// - `retainer`: the month's `retainer_fee` (planned hours are the retainer's included hours;
//   overage is not forecast);
// - `hourly`: the hours of the month's planned blocks (weekly plan notes; the part of a block
//   inside the month; `#non-billable` blocks left out) × `rate`, rounded half up once per month;
// - `fixed`: nothing (packages are invoiced when delivered, and no plan says when); such clients
//   are named.
// A client whose note has an error in a field the forecast reads (a currency, rate or billing
// model that cannot be read falls back to a default), or broken YAML, is named and not forecast:
// a guessed currency would be off by a factor of thousands.
// Each amount is converted with the conversion rate in force on the month's first day (the line of
// that currency with the latest date on or before it). A currency without a rate is named, never
// guessed, and left out of the totals and the share, as in the weekly review.

import { DateTime } from "luxon";
import type { BillingModel, Client } from "../shared/types";
import type { VaultIndex } from "../index/vault-index";
import { multiplyRate } from "../shared/money";
import { convertMinor, rateOn, type ConversionRate } from "../billing/conversion-rates";
import { percent } from "./report-format";

/** How many months ahead the forecast looks. */
export const FORECAST_MONTHS = 3;

export interface ForecastMonth {
  /** "YYYY-MM" in the VA's zone. */
  month: string;
  /** The month as instants: [from, to). */
  from: number;
  to: number;
  /** Sum of the clients' converted amounts. */
  homeMinor: number;
  /** The client with the largest converted amount and its share of `homeMinor`; null when it is 0. */
  largest: { key: string; name: string; percent: number } | null;
  /** Currencies with an amount this month but no rate on its first day. */
  missingRates: string[];
}

export interface ForecastCell {
  /** The retainer fee, in the client's currency (0 when none). */
  feeMinor: number;
  /** Planned billable time inside the month. */
  plannedMs: number;
  /** Planned time × rate (hourly clients), in the client's currency; 0 for a retainer. */
  hoursMinor: number;
  /** Fee plus planned hours, in the client's currency. */
  minor: number;
  /** `minor` in the home currency; null when there is no conversion rate. */
  homeMinor: number | null;
  /** The conversion rate used, as written in the settings; null in the home currency. */
  rateText: string | null;
}

export interface ForecastClient {
  key: string;
  name: string;
  currency: string;
  billing: BillingModel;
  /** One cell per month, in the order of `ForecastModel.months`. */
  months: ForecastCell[];
  /** The three months' converted amounts; the months without a rate left out. */
  homeMinor: number;
}

export interface ForecastModel {
  zone: string;
  home: string;
  /** The instant the months follow. */
  from: number;
  months: ForecastMonth[];
  /** Clients with something expected, largest three-month amount first. */
  clients: ForecastClient[];
  homeMinor: number;
  largest: { key: string; name: string; percent: number } | null;
  /** Every currency without a rate in some month. */
  missingRates: string[];
  /** Fixed-price clients: not forecast. */
  fixed: { key: string; name: string }[];
  /** Hourly clients with planned time but no `rate`, and retainer clients without `retainer_fee`. */
  unpriced: { key: string; name: string }[];
  /** Clients whose note has an error: not forecast until it is fixed. */
  unreadable: { key: string; name: string }[];
}

export interface ForecastOptions {
  /** The forecast covers the three calendar months after the one holding this instant. */
  from: number;
  /** The VA's zone: months are its calendar months. */
  zone: string;
  home: string;
  rates: readonly ConversionRate[];
}

const FORECAST_STATUSES = new Set(["active", "onboarding"]);
/** The client note's fields the forecast reads; an error without a field is the note's as a whole (YAML). */
const MONEY_FIELDS = new Set(["status", "currency", "billing", "rate", "retainer_fee"]);

function monthsAfter(from: number, zone: string): { month: string; from: number; to: number; firstDay: string }[] {
  const start = DateTime.fromMillis(from, { zone }).startOf("month");
  const out = [];
  for (let i = 1; i <= FORECAST_MONTHS; i++) {
    const m = start.plus({ months: i });
    out.push({ month: m.toFormat("yyyy-MM"), from: m.toMillis(), to: m.plus({ months: 1 }).toMillis(), firstDay: m.toISODate() as string });
  }
  return out;
}

export function buildForecast(index: VaultIndex, o: ForecastOptions): ForecastModel {
  const months = monthsAfter(o.from, o.zone);
  // Planned billable time per client key, per month.
  const planned = new Map<string, number[]>();
  months.forEach((m, i) =>
    index.forEachPlanLine(m.from, m.to, (store, line, ref) => {
      if (!store.billable(line)) return;
      const key = index.findClient(ref)?.key;
      if (key === undefined) return;
      const ms = Math.min(store.end(line), m.to) - Math.max(store.start(line), m.from);
      if (ms <= 0) return;
      let list = planned.get(key);
      if (!list) planned.set(key, (list = months.map(() => 0)));
      list[i] += ms;
    }),
  );

  const clients: ForecastClient[] = [];
  const fixed: { key: string; name: string }[] = [];
  const unpriced: { key: string; name: string }[] = [];
  const unreadable: { key: string; name: string }[] = [];
  // A client note's own problems only: the whole vault's would be read for nothing.
  const broken = (c: Client) => index.clientNoteProblems(c.key).some((d) => d.severity === "error" && (d.field === undefined || MONEY_FIELDS.has(d.field)));
  const missing = months.map(() => new Set<string>());
  index.forEachClient((c: Client) => {
    if (!FORECAST_STATUSES.has(c.status)) return;
    if (broken(c)) {
      unreadable.push({ key: c.key, name: c.name });
      return;
    }
    if (c.billing === "fixed") {
      fixed.push({ key: c.key, name: c.name });
      return;
    }
    const plannedMs = planned.get(c.key) ?? months.map(() => 0);
    if (c.billing === "retainer" && c.retainerFee === null) {
      unpriced.push({ key: c.key, name: c.name });
      return;
    }
    if (c.billing === "hourly" && c.rate === null) {
      if (plannedMs.some((ms) => ms > 0)) unpriced.push({ key: c.key, name: c.name });
      return;
    }
    const cells = months.map((m, i): ForecastCell => {
      const feeMinor = c.billing === "retainer" ? (c.retainerFee ?? 0) : 0;
      const hoursMinor = c.billing === "hourly" && c.rate !== null ? multiplyRate(c.rate, plannedMs[i]) : 0;
      const minor = feeMinor + hoursMinor;
      let homeMinor: number | null = minor;
      let rateText: string | null = null;
      if (c.currency !== o.home && minor !== 0) {
        const rate = rateOn(o.rates, c.currency, m.firstDay);
        if (rate === null) {
          homeMinor = null;
          missing[i].add(c.currency);
        } else {
          homeMinor = convertMinor(minor, rate);
          rateText = rate.text;
        }
      }
      return { feeMinor, plannedMs: plannedMs[i], hoursMinor, minor, homeMinor, rateText };
    });
    if (cells.every((x) => x.minor === 0)) return;
    clients.push({
      key: c.key,
      name: c.name,
      currency: c.currency,
      billing: c.billing,
      months: cells,
      homeMinor: cells.reduce((s, x) => s + (x.homeMinor ?? 0), 0),
    });
  });
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  clients.sort((a, b) => b.homeMinor - a.homeMinor || byName(a, b));

  const outMonths = months.map((m, i): ForecastMonth => {
    const value = (c: ForecastClient) => c.months[i].homeMinor ?? 0;
    const homeMinor = clients.reduce((s, c) => s + value(c), 0);
    // The largest amount; of equal ones, the first by name.
    const top = [...clients].sort((a, b) => value(b) - value(a) || byName(a, b))[0];
    return {
      month: m.month,
      from: m.from,
      to: m.to,
      homeMinor,
      largest: top === undefined || value(top) <= 0 ? null : { key: top.key, name: top.name, percent: percent(value(top), homeMinor) },
      missingRates: [...missing[i]].sort(),
    };
  });
  const homeMinor = outMonths.reduce((s, m) => s + m.homeMinor, 0);
  const top = clients.find((c) => c.homeMinor > 0);
  return {
    zone: o.zone,
    home: o.home,
    from: o.from,
    months: outMonths,
    clients,
    homeMinor,
    largest: top ? { key: top.key, name: top.name, percent: percent(top.homeMinor, homeMinor) } : null,
    missingRates: [...new Set(missing.flatMap((s) => [...s]))].sort(),
    fixed: fixed.sort(byName),
    unpriced: unpriced.sort(byName),
    unreadable: unreadable.sort(byName),
  };
}
