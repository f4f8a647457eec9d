// The master view's data across all clients, and `client-desk agenda --json`: deadlines, the
// Eisenhower matrix, batches by kind of work, replies past the promised time, check-ins and
// feedback surveys due. Pure: the clock, the VA's zone and the check-in/survey dates come in.
//
// Rules (docs/cli.md, `agenda`):
// - Done tasks are in no list except as the reason for a survey.
// - Deadlines: a task is overdue once `now` reaches its due instant (which is in the client's zone:
//   a date alone is due at the end of that day there); "today" and "this week" are the VA's day
//   and calendar week (weekStart) in the VA's zone, by the due instant, each including the midnight
//   that ends it (where a date alone falls). Later deadlines are in no
//   deadline list, only in the matrix and the batches.
// - Matrix: do (urgent and important), schedule (important), delegate (urgent), later (neither).
// - Batches: open tasks grouped by `kind`, case-insensitively (the first spelling names the
//   group); no kind goes to the "other" batch, listed last.
// - Replies overdue: `requested` set, `replied` empty, not done, and now > requested + the
//   client's `response_hours`.
// - Check-ins: clients that are not leads and not archived, with `checkin_days` above 0, whose
//   last check-in + checkin_days is today or earlier in the client's zone; never checked in = due.
// - Surveys: a client with a task whose `completed` date lies in the last 14 days (client's zone,
//   today included) and no survey dated on or after that completion. Done tasks with no
//   `completed` date cannot say when they ended and trigger nothing.

import { DateTime } from "luxon";
import type { Client, Task, TaskStatus, Weekday } from "../shared/types";
import { formatLocalTime } from "../shared/local-time";
import { weekOf, weekRange } from "../shared/week";
import { collate } from "../shared/collation";

const HOUR = 3_600_000;
const DAY = 86_400_000;
export const SURVEY_WINDOW_DAYS = 14;

/** Dates of the last check-in and survey note per client ("YYYY-MM-DD" or null), from elsewhere. */
export interface AgendaSources {
  lastCheckin(clientKey: string): string | null;
  lastSurvey(clientKey: string): string | null;
}

export interface AgendaOptions {
  now: number;
  /** The VA's IANA zone. */
  zone: string;
  weekStart: Weekday;
  sources: AgendaSources;
}

export interface AgendaInput {
  clients: readonly Client[];
  tasks: readonly Task[];
}

/** Who an item belongs to. A task whose client note is missing shows its folder name. */
export interface AgendaClient {
  clientKey: string;
  clientName: string;
  /** The client's colour as written in the client note, or null. */
  color: string | null;
  clientZone: string;
}

export interface AgendaTask extends AgendaClient {
  /** The task note: what the item opens. */
  file: string;
  title: string;
  status: TaskStatus;
  kind: string | null;
  urgent: boolean;
  important: boolean;
  estimate: number | null;
  due: number | null;
  /** As written in the note (the client's zone). */
  dueText: string | null;
  /** The deadline on the VA's clock, "YYYY-MM-DD HH:mm". */
  dueVa: string | null;
  /** The deadline on the client's clock; a date alone reads "YYYY-MM-DD 24:00". */
  dueClient: string | null;
}

export type Quadrant = "do" | "schedule" | "delegate" | "later";
export const QUADRANTS: readonly Quadrant[] = ["do", "schedule", "delegate", "later"];

export interface Batch {
  /** Lower-cased kind, or null for tasks without one. */
  key: string | null;
  /** The kind as first written, or null. */
  kind: string | null;
  tasks: AgendaTask[];
  /** Sum of the estimates given, hours; `unestimated` counts those without one. */
  estimateHours: number;
  unestimated: number;
}

export interface ReplyItem extends AgendaTask {
  requested: number;
  /** requested + response hours. */
  replyBy: number;
  replyByVa: string;
  replyByClient: string;
  responseHours: number;
  /** Whole minutes past replyBy. */
  lateMinutes: number;
}

export interface CheckinItem extends AgendaClient {
  /** The client note: what the item opens. */
  file: string;
  checkinDays: number;
  lastCheckin: string | null;
  /** lastCheckin + checkinDays, or null when never checked in. */
  dueDate: string | null;
  /** Days past dueDate in the client's zone (0 on the day); null when never checked in. */
  daysLate: number | null;
}

export interface SurveyItem extends AgendaClient {
  /** The client note: what the item opens (the survey is about the client). */
  file: string;
  /** The most recently completed task in the window. */
  taskFile: string;
  taskTitle: string;
  completed: string;
  lastSurvey: string | null;
}

export interface Agenda {
  now: number;
  zone: string;
  /** The VA's day, "YYYY-MM-DD", and week, "2026-W48". */
  today: string;
  week: string;
  deadlines: { overdue: AgendaTask[]; today: AgendaTask[]; week: AgendaTask[] };
  matrix: Record<Quadrant, AgendaTask[]>;
  batches: Batch[];
  replies: ReplyItem[];
  checkins: CheckinItem[];
  surveys: SurveyItem[];
}

export function quadrantOf(t: Pick<Task, "urgent" | "important">): Quadrant {
  if (t.urgent) return t.important ? "do" : "delegate";
  return t.important ? "schedule" : "later";
}

/** The flags a task gets when moved into a quadrant. */
export function quadrantFlags(q: Quadrant): { urgent: boolean; important: boolean } {
  return { urgent: q === "do" || q === "delegate", important: q === "do" || q === "schedule" };
}

export function buildAgenda(input: AgendaInput, options: AgendaOptions): Agenda {
  const { now, zone } = options;
  const clients = new Map(input.clients.map((c) => [c.key, c]));
  const who = (key: string): AgendaClient => {
    const c = clients.get(key);
    return { clientKey: key, clientName: c?.name ?? key, color: c?.color ?? null, clientZone: c?.timezone ?? zone };
  };

  const vaNow = DateTime.fromMillis(now, { zone });
  const endOfToday = vaNow.startOf("day").plus({ days: 1 }).startOf("day").toMillis();
  const week = weekOf(now, zone, options.weekStart);
  const endOfWeek = weekRange(week, zone, options.weekStart).to;

  const clocks = new Clocks(now);
  const open = input.tasks.filter((t) => t.status !== "done").map((t) => item(t, who(t.clientKey), zone, clocks));
  open.sort(byDueThenTitle);

  const deadlines: Agenda["deadlines"] = { overdue: [], today: [], week: [] };
  for (const t of open) {
    if (t.due === null) continue;
    if (now >= t.due) deadlines.overdue.push(t);
    // A date alone is due at the next midnight, so the day's end belongs to the day.
    else if (t.due <= endOfToday) deadlines.today.push(t);
    else if (t.due <= endOfWeek) deadlines.week.push(t);
  }

  const matrix: Record<Quadrant, AgendaTask[]> = { do: [], schedule: [], delegate: [], later: [] };
  for (const t of open) matrix[quadrantOf(t)].push(t);

  return {
    now,
    zone,
    today: vaNow.toISODate() ?? "",
    week,
    deadlines,
    matrix,
    batches: batches(open),
    replies: replies(input.tasks, open, clients, now, zone, clocks),
    checkins: checkins(input.clients, clocks, options.sources),
    surveys: surveys(input.tasks, clients, who, clocks, options.sources),
  };
}

/**
 * Clock texts and local days for one build. Thousands of tasks share a few deadlines (a date's
 * end in a zone) and a few zones, and each luxon zone conversion costs microseconds.
 */
class Clocks {
  private readonly texts = new Map<string, string>();
  private readonly days = new Map<string, number>();
  constructor(private readonly now: number) {}

  /** "YYYY-MM-DD HH:mm" of `ms` in `zone`. */
  local(ms: number, zone: string): string {
    const key = `${zone}|${ms}`;
    let text = this.texts.get(key);
    if (text === undefined) this.texts.set(key, (text = formatLocalTime(ms, zone)));
    return text;
  }

  /** Today's date in `zone`, as a day number (days since 1970-01-01). */
  today(zone: string): number {
    let day = this.days.get(zone);
    if (day === undefined) this.days.set(zone, (day = dayNumber(DateTime.fromMillis(this.now, { zone }).toISODate() ?? "") ?? 0));
    return day;
  }
}

/** "YYYY-MM-DD" → days since 1970-01-01, or null for anything else (a source may hand over junk). */
function dayNumber(text: string | null): number | null {
  const m = text === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  // 2026-02-30 rolls over to March: not a date.
  return new Date(ms).toISOString().slice(0, 10) === text ? ms / DAY : null;
}

function dayText(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

function item(t: Task, c: AgendaClient, zone: string, clocks: Clocks): AgendaTask {
  let dueClient: string | null = null;
  if (t.due !== null) {
    // A date alone means the end of that day; "24:00" says so where the next day's 00:00 would mislead.
    dueClient = t.dueText !== null && t.dueText.length === 10 ? `${t.dueText} 24:00` : clocks.local(t.due, c.clientZone);
  }
  return {
    ...c,
    file: t.file,
    title: t.title,
    status: t.status,
    kind: t.kind,
    urgent: t.urgent,
    important: t.important,
    estimate: t.estimate,
    due: t.due,
    dueText: t.dueText,
    dueVa: t.due === null ? null : clocks.local(t.due, zone),
    dueClient,
  };
}

function byDueThenTitle(a: AgendaTask, b: AgendaTask): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due - b.due;
  }
  return collate(a.title, b.title) || collate(a.file, b.file);
}

function batches(open: readonly AgendaTask[]): Batch[] {
  const groups = new Map<string | null, Batch>();
  for (const t of open) {
    const kind = t.kind?.trim() || null;
    const key = kind === null ? null : kind.toLocaleLowerCase();
    let b = groups.get(key);
    if (!b) groups.set(key, (b = { key, kind, tasks: [], estimateHours: 0, unestimated: 0 }));
    b.tasks.push(t);
    if (t.estimate === null) b.unestimated++;
    else b.estimateHours += t.estimate;
  }
  return [...groups.values()].sort((a, b) => {
    if (a.key === null || b.key === null) return a.key === null ? 1 : -1;
    return collate(a.key, b.key);
  });
}

function replies(tasks: readonly Task[], open: readonly AgendaTask[], clients: Map<string, Client>, now: number, zone: string, clocks: Clocks): ReplyItem[] {
  const byFile = new Map(open.map((t) => [t.file, t]));
  const out: ReplyItem[] = [];
  for (const t of tasks) {
    if (t.status === "done" || t.requested === null || t.replied !== null) continue;
    const base = byFile.get(t.file);
    if (!base) continue;
    // A task whose client note is missing is held to the default promise of a client note.
    const responseHours = clients.get(t.clientKey)?.responseHours ?? 24;
    const replyBy = t.requested + responseHours * HOUR;
    if (now <= replyBy) continue;
    out.push({
      ...base,
      requested: t.requested,
      replyBy,
      replyByVa: clocks.local(replyBy, zone),
      replyByClient: clocks.local(replyBy, base.clientZone),
      responseHours,
      lateMinutes: Math.floor((now - replyBy) / 60_000),
    });
  }
  return out.sort((a, b) => a.replyBy - b.replyBy || collate(a.title, b.title));
}

function clientPart(c: Client): AgendaClient {
  return { clientKey: c.key, clientName: c.name, color: c.color, clientZone: c.timezone };
}

function checkins(clients: readonly Client[], clocks: Clocks, sources: AgendaSources): CheckinItem[] {
  const out: CheckinItem[] = [];
  for (const c of clients) {
    if (c.status === "lead" || c.status === "archived" || c.checkinDays <= 0) continue;
    const last = dayNumber(sources.lastCheckin(c.key));
    const base = { ...clientPart(c), file: c.notePath, checkinDays: c.checkinDays, lastCheckin: last === null ? null : dayText(last) };
    if (last === null) {
      out.push({ ...base, dueDate: null, daysLate: null });
      continue;
    }
    const due = last + c.checkinDays;
    const late = clocks.today(c.timezone) - due;
    if (late >= 0) out.push({ ...base, dueDate: dayText(due), daysLate: late });
  }
  return out.sort((a, b) => {
    if (a.dueDate !== b.dueDate) {
      if (a.dueDate === null || b.dueDate === null) return a.dueDate === null ? -1 : 1;
      return a.dueDate < b.dueDate ? -1 : 1;
    }
    return collate(a.clientName, b.clientName);
  });
}

function surveys(tasks: readonly Task[], clients: Map<string, Client>, who: (key: string) => AgendaClient, clocks: Clocks, sources: AgendaSources): SurveyItem[] {
  const latest = new Map<string, { task: Task; completed: number }>();
  for (const t of tasks) {
    if (t.status !== "done") continue;
    const completed = dayNumber(t.completed);
    if (completed === null) continue;
    const age = clocks.today(who(t.clientKey).clientZone) - completed;
    if (age < 0 || age > SURVEY_WINDOW_DAYS) continue;
    const prev = latest.get(t.clientKey);
    if (!prev || prev.completed < completed) latest.set(t.clientKey, { task: t, completed });
  }
  const out: SurveyItem[] = [];
  for (const [key, { task, completed }] of latest) {
    const survey = dayNumber(sources.lastSurvey(key));
    if (survey !== null && survey >= completed) continue;
    out.push({
      ...who(key),
      // Without its client note the survey item opens the task itself.
      file: clients.get(key)?.notePath ?? task.file,
      taskFile: task.file,
      taskTitle: task.title,
      completed: dayText(completed),
      lastSurvey: survey === null ? null : dayText(survey),
    });
  }
  return out.sort((a, b) => (a.completed < b.completed ? -1 : a.completed > b.completed ? 1 : 0) || collate(a.clientName, b.clientName));
}

/** The agenda of everything in an index. */
export function agendaOf(index: { clients(): Client[]; tasks(): Task[] }, options: AgendaOptions): Agenda {
  return buildAgenda({ clients: index.clients(), tasks: index.tasks() }, options);
}
