// Linh's month of work for the demo: time entries inside each client's working hours and her own
// day, one thing at a time (no two entries overlap), each client's call in the same slot every
// week, and this week's plan blocks.

import { DateTime } from "luxon";
import { newEntryId } from "../notes/timed-line";
import { weekOf, weekRange } from "../shared/week";
import { LINH_DAYS, LINH_HOURS, LINH_ZONE, type DemoClient, type DemoTask, type NoteTemplate } from "./people";
import { DEMO_CLIENTS } from "./clients";
import type { Rng } from "./rng";

const MIN = 60_000;
const DAY = 86_400_000;

export interface DemoEntry {
  client: DemoClient;
  id: string;
  start: number;
  end: number;
  /** Task name, written as a link; null for admin. */
  task: string | null;
  note: string;
  billable: boolean;
}

export interface DemoBlock {
  client: DemoClient;
  id: string;
  start: number;
  end: number;
  title: string;
}

type Span = { start: number; end: number };

/** Ids unique across the demo, from the seeded generator. */
export class IdSource {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}
  next(): string {
    let id = newEntryId(this.rng.next);
    while (this.used.has(id)) id = newEntryId(this.rng.next);
    this.used.add(id);
    return id;
  }
}

/** The first instant the demo logs: 30 days before `now`, or the start of this week if earlier. */
export function demoFrom(now: number): number {
  const week = weekRange(weekOf(now, LINH_ZONE, "mon"), LINH_ZONE, "mon");
  return Math.min(now - 30 * DAY, week.from);
}

/** Every entry from demoFrom(now) to `now`, by start. */
export function demoEntries(now: number, rng: Rng, ids: IdSource): DemoEntry[] {
  const from = demoFrom(now);
  const out: DemoEntry[] = [];
  for (let day = DateTime.fromMillis(from, { zone: LINH_ZONE }).startOf("day"); day.toMillis() <= now; day = day.plus({ days: 1 })) {
    if (!LINH_DAYS.includes(day.weekday)) continue;
    for (const client of DEMO_CLIENTS) {
      for (const e of dayOfWork(client, day, rng, ids)) {
        if (e.start >= from && e.end <= now && fits(client, e)) out.push(e);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function dayOfWork(client: DemoClient, day: DateTime, rng: Rng, ids: IdSource): DemoEntry[] {
  const meeting = meetingOn(client, day);
  const worked = rng.chance(client.chance);
  if (!meeting && !worked) return [];
  let budget = worked ? rng.int(client.budget[0], client.budget[1]) * MIN : 0;
  let adminDone = false;
  let last: DemoTask | null = null;
  const out: DemoEntry[] = [];
  const fill = (a: number, b: number) => {
    while (budget >= 15 * MIN && b - a >= 15 * MIN) {
      const admin = !adminDone && rng.chance(0.12);
      // Batching: one stretch per task, so the same task does not come twice in a row.
      const task = rng.pick(client.tasks.filter((t) => t !== last));
      const minutes = admin ? rng.int(10, 25) : rng.int(task.minutes[0], task.minutes[1]);
      const length = Math.min(minutes * MIN, b - a, budget + 10 * MIN);
      if (length < 10 * MIN) break;
      out.push(
        admin
          ? { client, id: ids.next(), start: a, end: a + length, task: null, note: rng.pick(client.admin), billable: false }
          : entry(client, task, a, a + length, rng, ids),
      );
      adminDone ||= admin;
      if (!admin) last = task;
      budget -= length;
      a += length + rng.int(3, 12) * MIN;
    }
  };
  for (const w of windowsOn(client, day)) {
    let cursor = w.start + rng.int(0, 10) * MIN;
    if (meeting && meeting.start >= w.start && meeting.end <= w.end) {
      fill(cursor, meeting.start - 5 * MIN);
      out.push(entry(client, client.meeting.task, meeting.start, meeting.end, rng, ids));
      cursor = meeting.end + rng.int(5, 10) * MIN;
    }
    fill(cursor, w.end);
  }
  return out;
}

function entry(client: DemoClient, task: DemoTask, start: number, end: number, rng: Rng, ids: IdSource): DemoEntry {
  return { client, id: ids.next(), start, end, task: task.name, note: noteText(rng.pick(task.notes), rng), billable: true };
}

function noteText(t: NoteTemplate, rng: Rng): string {
  return t.n ? t.text.replace("{n}", String(rng.int(t.n[0], t.n[1]))) : t.text;
}

/** The client's windows on one of Linh's days, as instants. */
function windowsOn(client: DemoClient, day: DateTime): Span[] {
  return client.windows.map(([a, b]) => ({
    start: day.set({ hour: Math.floor(a / 60), minute: a % 60 }).toMillis(),
    end: day.set({ hour: Math.floor(b / 60), minute: b % 60 }).toMillis(),
  }));
}

/** The client's weekly call when it falls inside one of its windows on Linh's `day`. */
function meetingOn(client: DemoClient, day: DateTime): Span | null {
  const m = client.meeting;
  for (const w of windowsOn(client, day)) {
    const local = DateTime.fromMillis(w.start, { zone: client.zone }).startOf("day");
    for (const k of [-1, 0, 1]) {
      const d = local.plus({ days: k });
      if (d.weekday !== m.weekday) continue;
      const start = d.set({ hour: Math.floor(m.at / 60), minute: m.at % 60 }).toMillis();
      const end = start + m.minutes * MIN;
      if (start >= w.start && end <= w.end) return { start, end };
    }
  }
  return null;
}

/** Inside the client's working hours and days in its zone, and inside Linh's. */
export function fits(client: DemoClient, span: Span): boolean {
  return within(span, client.zone, client.hours, client.days) && within(span, LINH_ZONE, LINH_HOURS, LINH_DAYS);
}

function within(span: Span, zone: string, hours: { start: number; end: number }, days: number[]): boolean {
  const a = DateTime.fromMillis(span.start, { zone });
  const b = DateTime.fromMillis(span.end, { zone });
  if (!days.includes(a.weekday)) return false;
  // Minutes on the clock (not elapsed), so the hours of a DST day read as the clock shows them.
  const clockStart = a.hour * 60 + a.minute;
  let clockEnd = b.hour * 60 + b.minute + (b.second > 0 || b.millisecond > 0 ? 1 : 0);
  if (b.toISODate() !== a.toISODate()) {
    if (clockEnd !== 0 || b.toISODate() !== a.plus({ days: 1 }).toISODate()) return false;
    clockEnd = 24 * 60;
  }
  return clockStart >= hours.start && clockEnd <= hours.end && clockEnd > clockStart;
}

/** This week's plan: each client's windows on each of Linh's days, with the weekly call as its own block. */
export function demoBlocks(now: number, ids: IdSource): { week: string; days: number[]; blocks: DemoBlock[] } {
  const week = weekOf(now, LINH_ZONE, "mon");
  const range = weekRange(week, LINH_ZONE, "mon");
  const blocks: DemoBlock[] = [];
  for (const ms of range.days) {
    const day = DateTime.fromMillis(ms, { zone: LINH_ZONE });
    if (!LINH_DAYS.includes(day.weekday)) continue;
    for (const client of DEMO_CLIENTS) {
      const meeting = meetingOn(client, day);
      for (const w of windowsOn(client, day)) {
        const parts: { span: Span; title: string }[] = [];
        if (meeting && meeting.start >= w.start && meeting.end <= w.end) {
          // Ten minutes either side of the call: the planner's default buffer between blocks.
          parts.push({ span: { start: w.start, end: meeting.start - 10 * MIN }, title: client.planTitle });
          parts.push({ span: meeting, title: client.meeting.title });
          parts.push({ span: { start: meeting.end + 10 * MIN, end: w.end }, title: client.planTitle });
        } else {
          parts.push({ span: w, title: client.planTitle });
        }
        for (const p of parts) {
          if (p.span.end - p.span.start >= 15 * MIN && fits(client, p.span)) {
            blocks.push({ client, id: ids.next(), start: p.span.start, end: p.span.end, title: p.title });
          }
        }
      }
    }
  }
  blocks.sort((a, b) => a.start - b.start);
  return { week, days: range.days, blocks };
}
