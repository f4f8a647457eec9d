// A team's week in money (docs/team.md), for the review: per person their hours (approved and
// not), what their time cost (cost rate × hours) and what it bills (their bill rate for the
// client, else the client's rate; approved or own time only), and per client the margin: billed
// minus the team's cost, all in the home currency with the dated conversion rates. Raw time,
// before billing rounding; fixed-price clients bill nothing here.

import type { Client, Entry } from "../shared/types";
import type { VaultIndex } from "../index/vault-index";
import { mayBill, standingOf } from "../index/entry-standing";
import { personOf } from "../time/team";
import { billRateFor, type Person } from "../lifecycle/people";
import { multiplyRate, parseMajor } from "../shared/money";
import { convertMinor, rateOn, type ConversionRate } from "../billing/conversion-rates";

export interface PersonMoney {
  key: string;
  name: string;
  role: string;
  ms: number;
  /** Of ms: time that may not be billed yet (not approved, or changed since). */
  unapprovedMs: number;
  /** Home currency minor units; null without a cost rate or a conversion rate. */
  costHome: number | null;
  billedHome: number | null;
}

export interface ClientMargin {
  key: string;
  name: string;
  billedHome: number | null;
  costHome: number | null;
  /** billed − cost; null when either is unknown. */
  marginHome: number | null;
}

export interface TeamMoney {
  home: string;
  people: PersonMoney[];
  clients: ClientMargin[];
  /** Currencies without a conversion rate on `date`. */
  missingRates: string[];
}

type Sums = Map<string, number>;
const add = (m: Sums, currency: string, minor: number) => m.set(currency, (m.get(currency) ?? 0) + minor);

function billRate(p: Person | null, c: Client): number | null {
  const typed = p && p.role !== "owner" ? billRateFor(p, c) : null;
  if (typed !== null) {
    const r = parseMajor(typed, c.currency);
    if (r.ok) return r.minor;
  }
  if (c.billing === "hourly") return c.rate;
  if (c.billing === "retainer") return c.overageRate ?? c.rate;
  return null;
}

/** The entries that started in [from, to), finished; `date` ("YYYY-MM-DD") picks the conversion rates. */
export function teamMoney(index: VaultIndex, from: number, to: number, home: string, rates: readonly ConversionRate[], date: string): TeamMoney {
  const zone = index.layoutZone();
  const missing = new Set<string>();
  const toHome = (sums: Sums | undefined): number | null => {
    if (!sums) return 0;
    let total = 0;
    for (const [currency, minor] of sums) {
      if (currency === home) total += minor;
      else {
        const rate = rateOn(rates, currency, date);
        if (rate === null) {
          missing.add(currency);
          return null;
        }
        total += convertMinor(minor, rate);
      }
    }
    return total;
  };
  const people = new Map<string, { p: Person; ms: number; unapprovedMs: number; cost: Sums; billed: Sums; costKnown: boolean }>();
  for (const p of index.team.people()) people.set(p.key.toLowerCase(), { p, ms: 0, unapprovedMs: 0, cost: new Map(), billed: new Map(), costKnown: p.costRate !== null });
  const clients = new Map<string, { c: Client; cost: Sums; billed: Sums; costKnown: boolean }>();
  const each = (e: Entry) => {
    if (e.end === null || e.start < from || e.start >= to) return;
    const row = people.get(personOf(e, index).toLowerCase());
    const c = index.client(e.clientKey);
    if (!row || !c) return;
    const ms = e.end - e.start;
    row.ms += ms;
    let cr = clients.get(c.key);
    if (!cr) clients.set(c.key, (cr = { c, cost: new Map(), billed: new Map(), costKnown: true }));
    if (row.p.costRate !== null) {
      const cost = multiplyRate(row.p.costRate, ms);
      add(row.cost, row.p.currency, cost);
      add(cr.cost, row.p.currency, cost);
    } else cr.costKnown = false;
    if (!mayBill(standingOf(e, index.team, zone))) {
      row.unapprovedMs += ms;
      return;
    }
    const rate = e.billable ? billRate(row.p, c) : null;
    if (rate === null) return;
    const billed = multiplyRate(rate, ms);
    add(row.billed, c.currency, billed);
    add(cr.billed, c.currency, billed);
  };
  for (const e of index.entriesBetween(from, to)) each(e);
  return {
    home,
    people: [...people.values()].map((r) => ({
      key: r.p.key,
      name: r.p.name,
      role: r.p.role,
      ms: r.ms,
      unapprovedMs: r.unapprovedMs,
      costHome: r.costKnown ? toHome(r.cost) : null,
      billedHome: toHome(r.billed),
    })),
    clients: [...clients.values()]
      .map((r) => {
        const billedHome = toHome(r.billed);
        const costHome = r.costKnown ? toHome(r.cost) : null;
        return { key: r.c.key, name: r.c.name, billedHome, costHome, marginHome: billedHome === null || costHome === null ? null : billedHome - costHome };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    missingRates: [...missing].sort(),
  };
}
