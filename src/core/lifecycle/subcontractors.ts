// Subcontractors: a note per person in the subcontractors folder (name, rate, currency), tasks
// assigned to them through the task's `assignee` link, and what their time cost against what it
// bills the client. Their time is the time of entries on their tasks: an entry belongs to a
// subcontractor when its `task` is a task note whose `assignee` links to the subcontractor's note
// (docs/vault-format.md, "Subcontractor notes"), so a log line needs no field of its own.

import type { Client, Diagnostic, Entry, Money, Task } from "../shared/types";
import { multiplyRate } from "../shared/money";
import { linkTarget } from "../notes/timed-line";
import { FieldReader } from "../notes/fields";
import { entryIsFor } from "./task-time";

export interface Subcontractor {
  /** The note's base name: what an `assignee` link points at. */
  key: string;
  file: string;
  name: string;
  /** Minor units of `currency` per hour; null when not set. */
  rate: number | null;
  currency: string;
}

export function parseSubcontractor(
  file: string,
  data: Record<string, unknown> | null,
  fieldLines: Map<string, number>,
  homeCurrency: string,
): { sub: Subcontractor; diagnostics: Diagnostic[] } {
  const f = new FieldReader({ path: file, data, fieldLines });
  const key = file.slice(file.lastIndexOf("/") + 1).replace(/\.md$/, "");
  const currency = f.or(f.currency("currency"), homeCurrency);
  const rate = f.take(f.money("rate", currency));
  const name = f.take(f.text("name")) ?? key;
  return { sub: { key, file, name, rate, currency }, diagnostics: f.problems };
}

export interface ClientShare {
  clientKey: string;
  ms: number;
  /** What this time bills the client at its hourly rate (overage rate for a retainer); null for fixed fees or no rate. */
  billed: Money | null;
}

export interface SubcontractorCost {
  key: string;
  name: string;
  /** Finished time on their tasks that started in the period. */
  ms: number;
  /** Their rate × that time, in their currency; null without a rate. */
  cost: Money | null;
  /** Billed amounts summed per currency (clients may bill in different ones). */
  billed: Money[];
  byClient: ClientShare[];
}

/** The finished entries started in [from, to) that are a subcontractor's (on a task assigned to them), with whose. */
export function subcontractorEntries(subs: readonly Subcontractor[], tasks: readonly Task[], entries: readonly Entry[], from: number, to: number): Map<Entry, Subcontractor> {
  const byKey = new Map<string, Subcontractor>();
  for (const s of subs) byKey.set(s.key.toLowerCase(), s);
  const assigned = new Map<string, { task: Task; sub: Subcontractor }[]>();
  for (const t of tasks) {
    if (t.assignee === null) continue;
    const sub = byKey.get(linkTarget(t.assignee).toLowerCase());
    if (!sub) continue;
    let list = assigned.get(t.clientKey);
    if (!list) assigned.set(t.clientKey, (list = []));
    list.push({ task: t, sub });
  }
  const out = new Map<Entry, Subcontractor>();
  for (const e of entries) {
    if (e.end === null || e.start < from || e.start >= to) continue;
    const hit = assigned.get(e.clientKey)?.find((a) => entryIsFor(a.task, e.task));
    if (hit) out.set(e, hit.sub);
  }
  return out;
}

/**
 * Cost against billed per subcontractor for the entries that started in [from, to). Entries are
 * any that may include theirs (e.g. index.entriesBetween); rounding is not applied: raw time, as
 * the subcontractor is paid.
 */
export function costVsBilled(
  subs: readonly Subcontractor[],
  tasks: readonly Task[],
  entries: readonly Entry[],
  client: (key: string) => Client | null,
  from: number,
  to: number,
): SubcontractorCost[] {
  const shares: Map<string, Map<string, number>> = new Map();
  for (const [e, sub] of subcontractorEntries(subs, tasks, entries, from, to)) {
    let m = shares.get(sub.key);
    if (!m) shares.set(sub.key, (m = new Map<string, number>()));
    m.set(e.clientKey, (m.get(e.clientKey) ?? 0) + ((e.end as number) - e.start));
  }
  return subs.map((s) => {
    const byClient: ClientShare[] = [];
    const billedBy = new Map<string, number>();
    let ms = 0;
    const mine: Map<string, number> = shares.get(s.key) ?? new Map<string, number>();
    for (const [clientKey, t] of [...mine].sort((a, b) => a[0].localeCompare(b[0]))) {
      ms += t;
      const c = client(clientKey);
      const rate = c === null || c.billing === "fixed" ? null : c.billing === "retainer" ? c.overageRate : c.rate;
      const billed = c !== null && rate !== null ? { minor: multiplyRate(rate, t), currency: c.currency } : null;
      if (billed) billedBy.set(billed.currency, (billedBy.get(billed.currency) ?? 0) + billed.minor);
      byClient.push({ clientKey, ms: t, billed });
    }
    return {
      key: s.key,
      name: s.name,
      ms,
      cost: s.rate === null ? null : { minor: multiplyRate(s.rate, ms), currency: s.currency },
      billed: [...billedBy].map(([currency, minor]) => ({ minor, currency })).sort((a, b) => a.currency.localeCompare(b.currency)),
      byClient,
    };
  });
}
