// Meeting slots in a week: times inside the VA's and every chosen client's working windows, clear
// of the week's blocks by the buffer, not in the past, each shown in every party's local time.
// Pure. The windows are week-view.ts's own (`workingWindows`), so the finder and the planner's
// shading agree on DST switch days.

import { DateTime } from "luxon";
import type { Client, HoursRange, Weekday } from "../shared/types";
import { weekRange } from "../shared/week";
import { workingWindows } from "./zone-span";
import { offsetAt } from "../shared/zones";
import { formatInstant } from "../shared/instant";

const MINUTE = 60_000;

export type SlotClient = Pick<Client, "key" | "name" | "timezone" | "workingHours" | "workingDays">;

export interface SlotOptions {
  /** "2026-W48" */
  week: string;
  /** The VA's zone, hours and days (Settings). */
  zone: string;
  weekStart: Weekday;
  workingHours: HoursRange;
  workingDays: readonly Weekday[];
  clients: readonly SlotClient[];
  durationMinutes: number;
  /** The week's planned blocks: a slot keeps `bufferMinutes` away from each. */
  busy: readonly { start: number; end: number }[];
  /** The calendars' events of the week: a slot keeps `bufferMinutes` away from each busy one. */
  events?: readonly { start: number; end: number; busy: boolean }[];
  now: number;
  /** Default 10, as the planner's buffer. */
  bufferMinutes?: number;
  /** Slots start on this grid of the VA's wall clock. Default 15. */
  stepMinutes?: number;
  /** At most this many slots, earliest first. Default 500. */
  limit?: number;
}

/** One party's view of a slot. */
export interface PartyTime {
  /** null for the VA, else the client's key. */
  clientKey: string | null;
  zone: string;
  /** "YYYY-MM-DD" of the start in the party's zone, and of the end (they differ across midnight). */
  date: string;
  endDate: string;
  /** "HH:mm" */
  start: string;
  end: string;
  /** The zone's short name at the start in US English (Intl): "EST", "GMT+1", "GMT+11". */
  abbreviation: string;
  /** "+11:00" at the start. */
  offset: string;
}

export interface Slot {
  start: number;
  end: number;
  /** The VA first, then the clients in the order given. */
  parties: PartyTime[];
}

interface Span {
  start: number;
  end: number;
}

export function findSlots(o: SlotOptions): Slot[] {
  const step = (o.stepMinutes ?? 15) * MINUTE;
  const duration = o.durationMinutes * MINUTE;
  const buffer = (o.bufferMinutes ?? 10) * MINUTE;
  const limit = o.limit ?? 500;
  if (!(duration > 0) || !(step > 0)) return [];
  const range = weekRange(o.week, o.zone, o.weekStart);
  let free: Span[] = workingWindows(o.zone, o.workingHours, o.workingDays, range.from, range.to).map(clipTo(range.from, range.to));
  for (const c of o.clients) free = intersect(free, workingWindows(c.timezone, c.workingHours, c.workingDays, range.from, range.to));
  const taken = [...o.busy, ...(o.events ?? []).filter((e) => e.busy && e.end > e.start)];
  const blocked = taken.map((b) => ({ start: b.start - buffer, end: b.end + buffer })).sort((a, b) => a.start - b.start);
  free = subtract(free, blocked);
  const slots: Slot[] = [];
  for (const w of free) {
    const from = Math.max(w.start, o.now);
    // On the VA's wall-clock grid, so slots read 09:00, 09:15… in her zone (offsets like +05:45 included).
    const off = offsetAt(o.zone, from) * MINUTE;
    let s = Math.ceil((from + off) / step) * step - off;
    for (; s + duration <= w.end && slots.length < limit; s += step) {
      slots.push({ start: s, end: s + duration, parties: parties(o, s, s + duration) });
    }
  }
  return slots;
}

function parties(o: SlotOptions, start: number, end: number): PartyTime[] {
  const out = [partyTime(null, o.zone, start, end)];
  for (const c of o.clients) out.push(partyTime(c.key, c.timezone, start, end));
  return out;
}

function partyTime(clientKey: string | null, zone: string, start: number, end: number): PartyTime {
  const s = DateTime.fromMillis(start, { zone, locale: "en-US" });
  const e = DateTime.fromMillis(end, { zone, locale: "en-US" });
  return {
    clientKey,
    zone,
    date: s.toFormat("yyyy-MM-dd"),
    endDate: e.toFormat("yyyy-MM-dd"),
    start: s.toFormat("HH:mm"),
    end: e.toFormat("HH:mm"),
    abbreviation: s.toFormat("ZZZZ"),
    offset: formatInstant(start, s.offset).slice(-6),
  };
}

function clipTo(from: number, to: number) {
  return (w: Span): Span => ({ start: Math.max(w.start, from), end: Math.min(w.end, to) });
}

/** Both lists sorted and non-overlapping; the result is too. */
function intersect(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i].start, b[j].start);
    const end = Math.min(a[i].end, b[j].end);
    if (end > start) out.push({ start, end });
    if (a[i].end < b[j].end) i++;
    else j++;
  }
  return out;
}

/** `free` minus every span of `blocked` (sorted by start; they may overlap one another). */
function subtract(free: readonly Span[], blocked: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const f of free) {
    let cursor = f.start;
    for (const b of blocked) {
      if (b.end <= cursor) continue;
      if (b.start >= f.end) break;
      if (b.start > cursor) out.push({ start: cursor, end: b.start });
      cursor = Math.max(cursor, b.end);
      if (cursor >= f.end) break;
    }
    if (cursor < f.end) out.push({ start: cursor, end: f.end });
  }
  return out;
}
