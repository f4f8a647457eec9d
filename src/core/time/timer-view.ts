// What the timer shows (status bar, menu, `timer status`), in two steps so that the one-second
// tick costs next to nothing: buildSnapshot() asks the index once, when the index changes (or a
// new day begins); the *At() functions then work from the snapshot and the clock alone.

import type { Client, Entry } from "../shared/types";
import type { VaultIndex } from "../index/vault-index";
import { currentOf } from "./timer";
import { overlapMs } from "./totals";
import { dayRange, monthRange, type Range } from "../shared/week";
import { billableRawMs, billedMs } from "../billing/rounding";

/** A retainer is marked once more than this share of its hours is used. */
export const RETAINER_WARNING = 0.8;

export interface RunningInfo {
  entry: Entry;
  /** The client's display name; the folder name when the client note is gone. */
  clientName: string;
  /** The client note was deleted or renamed while the timer ran: still shown and stoppable. */
  clientMissing: boolean;
  /** Started on another device (or by hand without a device). */
  otherDevice: boolean;
}

export interface RetainerBase {
  client: Client;
  /** The client's month (its own zone, as its invoices count it). */
  month: Range & { month: string };
  /** Billed time of the finished entries that started this month, with the client's rounding. */
  closedMs: number;
  /** The same entries' billable time before rounding. */
  closedRawMs: number;
}

export interface TimerSnapshot {
  zone: string;
  device: string;
  /** When it was built; a snapshot is good until `day.to`. */
  builtAt: number;
  /** Every running entry, by start. More than one is a conflict (two devices). */
  running: RunningInfo[];
  /** The running entry shown as "the timer": the one started last. */
  current: RunningInfo | null;
  day: Range;
  month: Range & { month: string };
  /** Finished time today per client key (running entries are added at each tick). */
  closedToday: Map<string, number>;
  closedTodayMs: number;
  /** Display names by client key, for every client with time today or running. */
  names: Map<string, string>;
  retainers: RetainerBase[];
}

/** `mine`: the entries that are this device's person's (docs/team.md); every entry without it. */
export function buildSnapshot(index: VaultIndex, now: number, zone: string, device: string, mine?: (e: Entry) => boolean): TimerSnapshot {
  const day = dayRange(now, zone);
  const month = monthRange(now, zone);
  const names = new Map<string, string>();
  const nameOf = (key: string): string => {
    let n = names.get(key);
    if (n === undefined) names.set(key, (n = index.client(key)?.name ?? key));
    return n;
  };
  const running: RunningInfo[] = (mine ? index.running().filter(mine) : index.running()).map((entry) => {
    const client = index.client(entry.clientKey);
    return {
      entry,
      clientName: nameOf(entry.clientKey),
      clientMissing: client === null,
      otherDevice: entry.device !== device,
    };
  });
  const closedToday = new Map<string, number>();
  let closedTodayMs = 0;
  for (const e of index.entriesBetween(day.from, day.to)) {
    if (e.end === null || (mine && !mine(e))) continue;
    const ms = overlapMs(e, day.from, day.to, now);
    closedToday.set(e.clientKey, (closedToday.get(e.clientKey) ?? 0) + ms);
    closedTodayMs += ms;
    nameOf(e.clientKey);
  }
  const retainers: RetainerBase[] = [];
  for (const client of index.clients()) {
    if (client.billing !== "retainer" || client.retainerHours === null || client.retainerHours <= 0) continue;
    // An entry counts against the retainer of the month it started in, in the client's zone, as
    // its invoice counts it; rounded by the client's rule (src/core/billing/rounding.ts); a running
    // timer bills nothing until it stops.
    const own = monthRange(now, client.timezone);
    const finished = index.entriesOf(client.key, own.from, own.to).filter((e) => e.end !== null && e.start >= own.from && e.start < own.to);
    retainers.push({ client, month: own, closedMs: billedMs(finished, client.rounding), closedRawMs: billableRawMs(finished) });
  }
  const cur = currentOf(running.map((r) => r.entry));
  return {
    zone,
    device,
    builtAt: now,
    running,
    current: cur === null ? null : (running.find((r) => r.entry === cur) ?? null),
    day,
    month,
    closedToday,
    closedTodayMs,
    names,
    retainers,
  };
}

/** True once the snapshot's day, or a retainer client's month, is over: build a new one (not once a tick). */
export function staleAt(s: TimerSnapshot, now: number): boolean {
  return now >= s.day.to || now < s.day.from || s.retainers.some((r) => now >= r.month.to);
}

/** How long the current timer has run. */
export function elapsedAt(s: TimerSnapshot, now: number): number {
  return s.current === null ? 0 : Math.max(0, now - s.current.entry.start);
}

/** Time tracked today, running entries up to now. */
export function todayTotalAt(s: TimerSnapshot, now: number): number {
  let ms = s.closedTodayMs;
  for (const r of s.running) ms += overlapMs(r.entry, s.day.from, s.day.to, now);
  return ms;
}

export interface ClientToday {
  key: string;
  name: string;
  ms: number;
}

/** Today per client, most time first. */
export function todayByClientAt(s: TimerSnapshot, now: number): ClientToday[] {
  const map = new Map(s.closedToday);
  for (const r of s.running) {
    const ms = overlapMs(r.entry, s.day.from, s.day.to, now);
    if (ms > 0) map.set(r.entry.clientKey, (map.get(r.entry.clientKey) ?? 0) + ms);
  }
  return [...map]
    .filter(([, ms]) => ms > 0)
    .map(([key, ms]) => ({ key, name: s.names.get(key) ?? key, ms }))
    .sort((a, b) => b.ms - a.ms || a.name.localeCompare(b.name));
}

export interface BurnAt {
  key: string;
  name: string;
  /** "YYYY-MM": the client's month. */
  month: string;
  /** Billed time this month (finished entries rounded by the client's rule) plus the running timer so far. */
  usedMs: number;
  /** The same without rounding. */
  rawMs: number;
  includedHours: number;
  ratio: number;
  high: boolean;
  over: boolean;
}

/** Every retainer's burn this month, running billable entries up to now. */
export function burnsAt(s: TimerSnapshot, now: number): BurnAt[] {
  return s.retainers.map((r) => burnOf(s, r, now));
}

/** The burn of the current timer's client, when it is on a retainer. */
export function currentBurnAt(s: TimerSnapshot, now: number): BurnAt | null {
  if (s.current === null) return null;
  const key = s.current.entry.clientKey;
  for (const r of s.retainers) if (r.client.key === key) return burnOf(s, r, now);
  return null;
}

function burnOf(s: TimerSnapshot, r: RetainerBase, now: number): BurnAt {
  let running = 0;
  for (const run of s.running) {
    const e = run.entry;
    if (e.clientKey === r.client.key && e.billable && e.start >= r.month.from && e.start < r.month.to) running += Math.max(0, now - e.start);
  }
  const used = r.closedMs + running;
  const included = r.client.retainerHours ?? 0;
  const ratio = included > 0 ? used / (included * 3_600_000) : 0;
  return {
    key: r.client.key,
    name: r.client.name,
    month: r.month.month,
    usedMs: used,
    rawMs: r.closedRawMs + running,
    includedHours: included,
    ratio,
    high: ratio > RETAINER_WARNING,
    over: ratio > 1,
  };
}
