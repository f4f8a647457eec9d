// The subcontractors' side of the weekly review in the home currency: each one's cost (what is owed
// them) beside what their time billed, the margin per client, and the total owed. Conversion uses
// the settings' dated rates (billing/conversion-rates.ts) on the week's last day; an amount whose
// currency has no rate stays out of the sums and its currency is named.

import type { Client, Money } from "../shared/types";
import type { SubcontractorCost } from "../lifecycle/subcontractors";
import { convertMinor, rateOn, type ConversionRate } from "../billing/conversion-rates";
import { multiplyRate } from "../shared/money";

export interface SubcontractorMargin {
  key: string;
  /** Their cost and what their time billed, in the home currency; null when a rate is missing or none applies. */
  costHome: number | null;
  billedHome: number | null;
  marginHome: number | null;
}

export interface ClientMargin {
  clientKey: string;
  name: string;
  ms: number;
  billedHome: number | null;
  costHome: number | null;
  marginHome: number | null;
}

export interface MarginModel {
  subs: SubcontractorMargin[];
  clients: ClientMargin[];
  /** What is owed the subcontractors this week, in the home currency (those with a rate and a conversion). */
  owedHome: number;
  /** Currencies of costs or billed amounts with no conversion rate on the day. */
  missingRates: string[];
}

export function subcontractorMargins(
  costs: readonly SubcontractorCost[],
  subRates: ReadonlyMap<string, { rate: number | null; currency: string }>,
  client: (key: string) => Client | null,
  o: { home: string; rates: readonly ConversionRate[]; date: string },
): MarginModel {
  const missing = new Set<string>();
  const toHome = (m: Money | null): number | null => {
    if (m === null) return null;
    if (m.currency === o.home) return m.minor;
    const rate = rateOn(o.rates, m.currency, o.date);
    if (rate === null) {
      missing.add(m.currency);
      return null;
    }
    return convertMinor(m.minor, rate);
  };
  const sum = (xs: (number | null)[]) => (xs.length === 0 || xs.some((x) => x === null) ? null : xs.reduce<number>((a, x) => a + (x as number), 0));
  const byClient = new Map<string, ClientMargin>();
  const subs: SubcontractorMargin[] = [];
  let owedHome = 0;
  for (const c of costs) {
    const r = subRates.get(c.key);
    const costHome = toHome(c.cost);
    if (costHome !== null) owedHome += costHome;
    const billedHome = sum(c.byClient.map((s) => toHome(s.billed)));
    subs.push({ key: c.key, costHome, billedHome, marginHome: costHome === null || billedHome === null ? null : billedHome - costHome });
    for (const share of c.byClient) {
      const cost = r?.rate == null ? null : toHome({ minor: multiplyRate(r.rate, share.ms), currency: r.currency });
      const billed = toHome(share.billed);
      let row = byClient.get(share.clientKey);
      if (!row) byClient.set(share.clientKey, (row = { clientKey: share.clientKey, name: client(share.clientKey)?.name ?? share.clientKey, ms: 0, billedHome: 0, costHome: 0, marginHome: 0 }));
      row.ms += share.ms;
      row.billedHome = row.billedHome === null || billed === null ? null : row.billedHome + billed;
      row.costHome = row.costHome === null || cost === null ? null : row.costHome + cost;
      row.marginHome = row.billedHome === null || row.costHome === null ? null : row.billedHome - row.costHome;
    }
  }
  const clients = [...byClient.values()].sort((a, b) => a.name.localeCompare(b.name));
  return { subs, clients, owedHome, missingRates: [...missing].sort() };
}
