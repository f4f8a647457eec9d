// A client's weekly report, as data: the ISO week in the client's zone, hours by task (raw and
// billed by the client's rounding), tasks completed / in progress / waiting, deadlines ahead, next
// week's planned blocks, the retainer burn and hours per day. report-markdown.ts writes it out.
//
// What counts: entries that start inside the week (in the client's zone), finished ones only; a
// running timer counts once it stops (regenerate then). Task states are those of the task notes at
// generation time. "Ahead" means the 14 days after the report's due moment (or the week's end for
// a client with `report_day: none`), so a report written late for a past week reads as on its day.

import { packageProgress, type ReportPackage } from "./report-packages";
import type { PackageInfo } from "../billing/package-note";
import type { Block, Client, Entry, Task } from "../shared/types";
import type { VaultIndex } from "../index/vault-index";
import { monthRange, weekRange, type WeekRange } from "../shared/week";
import { rawMs, roundMs, taskKey, billedEntryMs } from "../billing/rounding";
import { linkLabel } from "../notes/timed-line";
import { reportPeople, type ReportPerson } from "./report-people";
import { reportMoment, shiftWeek } from "./report-schedule";
import { DateTime } from "luxon";
import { ownOrApproved } from "../index/entry-standing";


export const DEADLINE_DAYS = 14;

export interface ReportTaskRow {
  /** How the task reads (link label); null for entries without a task. */
  label: string | null;
  rawMs: number;
  billedMs: number;
  /** False when every entry of the row is non-billable. */
  billable: boolean;
}

export interface ReportDeadline {
  task: Task;
  overdue: boolean;
}

/** A planned block of next week, with its local day and times in the client's zone. */
export interface ReportBlock {
  block: Block;
  /** Index into WEEKDAYS. */
  weekday: number;
  date: string;
  start: string;
  end: string;
}

export interface ReportRetainer {
  /** "2026-11": the month of the report's moment, in the VA's zone (the month of the log notes). */
  month: string;
  usedMs: number;
  includedHours: number;
}

export interface ReportModel {
  client: Client;
  week: string;
  from: number;
  to: number;
  /** "YYYY-MM-DD" of each of the seven days, in the client's zone. */
  dates: string[];
  generated: number;
  /** The instant the report is due (its "as of"). */
  asOf: number;
  tasks: ReportTaskRow[];
  totalRawMs: number;
  totalBilledMs: number;
  /** Tracked (raw) time per day of the week, by the entry's start day. */
  perDayMs: number[];
  completed: Task[];
  doing: Task[];
  waiting: Task[];
  deadlines: ReportDeadline[];
  next: ReportBlock[];
  retainer: ReportRetainer | null;
  /** Progress against the client's service packages: tasks linked to each, done of all. */
  packages: ReportPackage[];
  /** Who did the work, with `report_names_people: true` and a team (report-people.ts); absent otherwise. */
  people?: ReportPerson[];
}

export interface ReportOptions {
  /** When the report is written (frontmatter `generated`). */
  now: number;
  /** The VA's zone: months of log notes and of the retainer. */
  userZone: string;
  /** The service package notes that read: their deliverables, for the packages' progress. */
  packages?: readonly PackageInfo[];
}

/** A week range with the offsets in force at its two ends (equal in every week without a switch). */
export interface ZonedWeek extends WeekRange {
  zone: string;
  dates: string[];
  offsetFrom: number;
  offsetTo: number;
}

/** Week ranges already worked out, by week and zone: pure, and the same few are asked for all day. */
const RANGES = new Map<string, ZonedWeek>();

function zonedWeek(week: string, zone: string): ZonedWeek {
  const r = weekRange(week, zone, "mon");
  return {
    ...r,
    zone,
    dates: r.days.map((d) => DateTime.fromMillis(d, { zone }).toISODate() as string),
    offsetFrom: DateTime.fromMillis(r.from, { zone }).offset,
    offsetTo: DateTime.fromMillis(r.to - 1, { zone }).offset,
  };
}

/** Remembered answers of luxon's zone arithmetic (pure functions of their keys), bounded. */
const MEMO = new Map<string, unknown>();

export function memo<T>(key: string, make: () => T): T {
  if (MEMO.has(key)) return MEMO.get(key) as T;
  if (MEMO.size >= 4096) MEMO.clear();
  const v = make();
  MEMO.set(key, v);
  return v;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Local weekday, date and clock of `ms` in the week's zone. In a week without a DST switch the
 * offset is one number and plain arithmetic is exact; only a switch week asks luxon.
 */
function localOf(ms: number, w: ZonedWeek): { weekday: number; date: string; clock: string } {
  if (w.offsetFrom === w.offsetTo) {
    const d = new Date(ms + w.offsetFrom * 60_000);
    return {
      weekday: (d.getUTCDay() + 6) % 7,
      date: `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`,
      clock: `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`,
    };
  }
  const d = DateTime.fromMillis(ms, { zone: w.zone });
  return { weekday: d.weekday - 1, date: d.toISODate() as string, clock: d.toFormat("HH:mm") };
}

/**
 * What the reports of many clients share, asked of the index and luxon once per run rather than
 * once per client: week ranges per zone (luxon's zone arithmetic is the costly part of a report),
 * the task notes grouped by client, the plan blocks of a range.
 */
export class ReportBatch {
  private readonly ranges = new Map<string, ZonedWeek>();
  private readonly blocks = new Map<string, Block[]>();
  private tasksByClient: Map<string, Task[]> | null = null;

  constructor(readonly index: VaultIndex) {}

  range(week: string, zone: string): ZonedWeek {
    const key = `${week}|${zone}`;
    let r = this.ranges.get(key) ?? RANGES.get(key);
    if (!r) {
      if (RANGES.size >= 1024) RANGES.clear();
      RANGES.set(key, (r = zonedWeek(week, zone)));
    }
    this.ranges.set(key, r);
    return r;
  }

  tasks(key: string): Task[] {
    if (this.tasksByClient === null) {
      this.tasksByClient = new Map();
      for (const t of this.index.tasks()) {
        let list = this.tasksByClient.get(t.clientKey);
        if (!list) this.tasksByClient.set(t.clientKey, (list = []));
        list.push(t);
      }
    }
    return this.tasksByClient.get(key) ?? [];
  }

  blocksOf(from: number, to: number): Block[] {
    const key = `${from}|${to}`;
    let b = this.blocks.get(key);
    if (!b) this.blocks.set(key, (b = this.index.blocksBetween(from, to)));
    return b;
  }
}

/** The reports of `clients` for `week`, sharing the index queries (ReportBatch). */
export function buildReports(index: VaultIndex, clients: readonly Client[], week: string, o: ReportOptions): ReportModel[] {
  const batch = new ReportBatch(index);
  return clients.map((c) => buildReport(index, c, week, o, batch));
}

export function buildReport(index: VaultIndex, client: Client, week: string, o: ReportOptions, batch = new ReportBatch(index)): ReportModel {
  const range = batch.range(week, client.timezone);
  const dates = range.dates;
  // A team member's time reaches the client once the owner approved it (docs/team.md).
  const entries = index.entriesOf(client.key, range.from, range.to).filter((e) => e.end !== null && e.start >= range.from && e.start < range.to && approvedOrOwn(index, e));

  const rows = new Map<string | null, ReportTaskRow & { billableRaw: number }>();
  const perDayMs = [0, 0, 0, 0, 0, 0, 0];
  for (const e of entries) {
    const key = taskKey(e.task);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { label: key === null ? null : linkLabel(e.task as string), rawMs: 0, billedMs: 0, billable: false, billableRaw: 0 }));
    const ms = rawMs(e);
    row.rawMs += ms;
    if (e.billable) {
      row.billable = true;
      row.billableRaw += ms;
      if (client.rounding.scope === "entry") row.billedMs += billedEntryMs(e, client.rounding);
    }
    let d = 6;
    while (d > 0 && range.days[d] > e.start) d--;
    perDayMs[d] += ms;
  }
  const people = reportPeople(index, client.key, entries);
  const tasks = [...rows.values()].map(({ billableRaw, ...row }) => ({
    ...row,
    billedMs: client.rounding.scope === "task" ? roundMs(billableRaw, client.rounding) : row.billedMs,
  }));
  // Named tasks by time, "other work" last: the client reads the big items first.
  tasks.sort((a, b) => (a.label === null ? 1 : 0) - (b.label === null ? 1 : 0) || b.rawMs - a.rawMs || (a.label ?? "").localeCompare(b.label ?? ""));

  const asOf = memo(`moment|${week}|${client.timezone}|${client.reportDay}|${client.reportTime}`, () => reportMoment(client, week)) ?? range.to;
  const all = batch.tasks(client.key);
  const byTitle = (a: Task, b: Task) => a.title.localeCompare(b.title);
  const completed = all.filter((t) => t.completed !== null && t.completed >= dates[0] && t.completed <= dates[6]);
  completed.sort((a, b) => (a.completed as string).localeCompare(b.completed as string) || byTitle(a, b));
  const horizon = memo(`horizon|${asOf}|${client.timezone}`, () => DateTime.fromMillis(asOf, { zone: client.timezone }).plus({ days: DEADLINE_DAYS }).toMillis());
  const deadlines = all
    .filter((t) => t.status !== "done" && t.due !== null && t.due < horizon)
    .sort((a, b) => (a.due as number) - (b.due as number) || byTitle(a, b))
    .map((task) => ({ task, overdue: (task.due as number) <= asOf }));

  const nextRange = batch.range(shiftWeek(week, 1), client.timezone);
  const next = batch
    .blocksOf(nextRange.from, nextRange.to)
    .filter((b) => b.clientKey === client.key && b.start >= nextRange.from)
    .map((block) => {
      const start = localOf(block.start, nextRange);
      return { block, weekday: start.weekday, date: start.date, start: start.clock, end: localOf(block.end, nextRange).clock };
    });

  let retainer: ReportRetainer | null = null;
  if (client.billing === "retainer" && client.retainerHours !== null && client.retainerHours > 0) {
    const month = memo(`month|${asOf}|${o.userZone}`, () => monthRange(asOf, o.userZone));
    // Up to the end of the report's week: a report written late does not count the next week.
    const until = Math.min(month.to, range.to);
    const inMonth = index.entriesOf(client.key, month.from, until).filter((e) => e.end !== null && e.start >= month.from && e.start < until && approvedOrOwn(index, e));
    let usedMs = 0;
    if (client.rounding.scope === "task") {
      const byTask = new Map<string | null, number>();
      for (const e of inMonth) if (e.billable) byTask.set(taskKey(e.task), (byTask.get(taskKey(e.task)) ?? 0) + rawMs(e));
      for (const ms of byTask.values()) usedMs += roundMs(ms, client.rounding);
    } else for (const e of inMonth) usedMs += billedEntryMs(e, client.rounding);
    retainer = { month: month.month, usedMs, includedHours: client.retainerHours };
  }

  return {
    client,
    week,
    from: range.from,
    to: range.to,
    dates,
    generated: o.now,
    asOf,
    tasks,
    totalRawMs: tasks.reduce((s, r) => s + r.rawMs, 0),
    totalBilledMs: tasks.reduce((s, r) => s + r.billedMs, 0),
    perDayMs,
    completed,
    doing: all.filter((t) => t.status === "doing").sort(byTitle),
    waiting: all.filter((t) => t.status === "waiting").sort(byTitle),
    deadlines,
    ...(people === undefined ? {} : { people }),
    next,
    retainer,
    packages: packageProgress(index.invoices.clientFields(client.key).package, all, o.packages),
  };
}

/** The owner's own entry, or a team member's approved one (docs/team.md). */
function approvedOrOwn(index: VaultIndex, e: Entry): boolean {
  return ownOrApproved(e, index.team, index.layoutZone());
}
