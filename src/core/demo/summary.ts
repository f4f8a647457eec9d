// A week at a glance from the index: for each client its zone, local time, currency and billing,
// and the time tracked this week (in the user's week). Used by the CLI's demo output.

import type { BillingModel, Weekday } from "../shared/types";
import type { VaultIndex } from "../index/vault-index";
import { formatInstant } from "../shared/instant";
import { offsetAt } from "../shared/zones";
import { weekOf, weekRange } from "../shared/week";

export interface ClientWeek {
  key: string;
  name: string;
  timezone: string;
  /** "now" in the client's zone, ISO with offset. */
  localTime: string;
  currency: string;
  billing: BillingModel;
  /** Time tracked this week up to now, in whole minutes (running timers count up to now). */
  minutes: number;
  billableMinutes: number;
}

export interface WeekSummary {
  /** "now" in the user's zone, ISO with offset. */
  now: string;
  zone: string;
  /** "2026-W48" */
  week: string;
  clients: ClientWeek[];
  minutes: number;
  billableMinutes: number;
}

export function summary(index: VaultIndex, now: number, zone: string, weekStart: Weekday = "mon"): WeekSummary {
  const week = weekOf(now, zone, weekStart);
  const range = weekRange(week, zone, weekStart);
  const to = Math.min(range.to, now);
  const clients: ClientWeek[] = [];
  let total = 0;
  let billable = 0;
  for (const c of index.clients()) {
    let ms = 0;
    let billableMs = 0;
    for (const e of index.entriesOf(c.key, range.from, to)) {
      const part = Math.max(0, Math.min(e.end ?? now, to) - Math.max(e.start, range.from));
      ms += part;
      if (e.billable) billableMs += part;
    }
    total += ms;
    billable += billableMs;
    clients.push({
      key: c.key,
      name: c.name,
      timezone: c.timezone,
      localTime: formatInstant(now, offsetAt(c.timezone, now)),
      currency: c.currency,
      billing: c.billing,
      minutes: Math.round(ms / 60_000),
      billableMinutes: Math.round(billableMs / 60_000),
    });
  }
  return {
    now: formatInstant(now, offsetAt(zone, now)),
    zone,
    week,
    clients,
    minutes: Math.round(total / 60_000),
    billableMinutes: Math.round(billable / 60_000),
  };
}
