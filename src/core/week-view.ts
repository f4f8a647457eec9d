// The week planner's view model: everything the week view draws and `client-desk week --json`
// prints, computed from the index alone. Pure: no Obsidian, no Node.
//
// Decisions (docs/cli.md, `week`):
// - Days are the VA's own, in the VA's zone, from `weekRange` (a DST day is 23 or 25 hours).
// - Positions are wall-clock minutes from the day's local midnight in the VA's zone: `top` is the
//   wall-clock minute of an item's (clipped) start and `bottom` that of its end (1440 at the day's
//   end; never less than top + elapsed minutes, for the hour that repeats), so a block sits at its
//   wall-clock place on a switch day; `minutes` is the real elapsed time of the segment.
// - The result is read-only: clients with the same zone, hours and days share their `windows`,
//   and so do successive models of the same week (they are cached per week and zone).
// - Items crossing midnight are cut into one segment per day; each segment knows the whole item.
// - Overlap layout per day, planned blocks and tracked entries laid out separately: each cluster of
//   items that overlap (transitively) gets columns, greedily by start; `column`/`columns`.
// - Clients shown: every client with a block or an entry in the week, plus every client with
//   status `active` (so whose working day it is shows even in an empty week). Clients referenced
//   by a block or entry whose note is missing are listed with `missing: true` and no windows.
// - A block is `outside` when it is not wholly inside one of its client's working windows, and
//   `tight` when another block (of any client) is closer than the buffer (or overlaps it).
// - Totals: planned = blocks clipped to the week; tracked = entries clipped to the week, a running
//   entry counting up to `now`; billed = the client's rounding (rounding.ts) over the finished,
//   billable entries clipped to the week (a running timer bills nothing yet).

import type { Block, Client, Entry, HoursRange, Weekday } from "./types";
import { WEEKDAYS } from "./types";
import { weekRange, type WeekRange } from "./week";
import { billedMs, type BillableSpan } from "./rounding";
import type { VaultIndex } from "./vault-index";
import { cachedSpan, offsetText, workingWindows, type RawWindow, type ZoneSpan } from "./zone-span";
import { collationRanks, layout } from "./week-layout";

const MINUTE = 60_000;

export interface WeekViewOptions {
  /** "2026-W48" */
  week: string;
  /** The VA's IANA zone. */
  zone: string;
  weekStart: Weekday;
  now: number;
  /** The VA's working hours and days (Settings). */
  workingHours: HoursRange;
  workingDays: readonly Weekday[];
  /** Minimum gap between two blocks, minutes. Default 10. */
  bufferMinutes?: number;
}

export interface WeekDay {
  /** "YYYY-MM-DD" in the VA's zone. */
  date: string;
  weekday: Weekday;
  start: number;
  end: number;
  /** Length in minutes: 1380, 1440 or 1500. */
  minutes: number;
  today: boolean;
}

/** Where a segment sits in its day column. */
export interface Placement {
  /** Index into `days`. */
  day: number;
  /** The clipped segment, instants. */
  start: number;
  end: number;
  /** Wall-clock minutes from the day's local midnight in the VA's zone. */
  top: number;
  bottom: number;
  /** Elapsed minutes of the segment (from the instants). */
  minutes: number;
  column: number;
  columns: number;
}

export interface BlockItem extends Placement {
  id: string;
  clientKey: string | null;
  clientRef: string;
  color: string | null;
  title: string;
  file: string;
  line: number;
  /** The whole block, instants. */
  blockStart: number;
  blockEnd: number;
  /** The block's start and end in the client's zone, "YYYY-MM-DD HH:mm" (null without a client). */
  clientLocalStart: string | null;
  clientLocalEnd: string | null;
  outside: boolean;
  tight: boolean;
}

export interface EntryItem extends Placement {
  id: string;
  clientKey: string;
  color: string | null;
  task: string | null;
  note: string;
  billable: boolean;
  running: boolean;
  file: string;
  line: number;
  entryStart: number;
  /** The entry's end, or `now` while it runs. */
  entryEnd: number;
}

export interface WorkWindow {
  day: number;
  start: number;
  end: number;
  top: number;
  bottom: number;
  /** The whole working window (in the owner's zone), before clipping to the VA's day. */
  windowStart: number;
  windowEnd: number;
  /** The window's local date in the owner's zone. */
  localDate: string;
}

export interface ClientColumn {
  key: string;
  name: string;
  color: string | null;
  missing: boolean;
  timezone: string | null;
  /** "YYYY-MM-DD HH:mm" in the client's zone at `now`. */
  localNow: string | null;
  /** Minutes east of UTC at `now`. */
  offset: number | null;
  /** "+11:00" */
  offsetText: string | null;
  windows: WorkWindow[];
  plannedMinutes: number;
  trackedMinutes: number;
  billableMinutes: number;
  billedMinutes: number;
}

export interface WeekView {
  week: string;
  isoWeek: number;
  isoYear: number;
  zone: string;
  weekStart: Weekday;
  from: number;
  to: number;
  now: number;
  bufferMinutes: number;
  days: WeekDay[];
  /** The VA's own working windows in the week. */
  vaWindows: WorkWindow[];
  blocks: BlockItem[];
  entries: EntryItem[];
  clients: ClientColumn[];
  totals: { plannedMinutes: number; trackedMinutes: number; billedMinutes: number };
  /** The current-time line, when `now` is inside the week. */
  nowLine: { day: number; top: number } | null;
}

interface DayFrame {
  start: number;
  end: number;
  startOffset: number;
  /** True when the zone's offset changes inside the day. */
  switches: boolean;
}

export function weekViewModel(index: VaultIndex, o: WeekViewOptions): WeekView {
  const range = cachedWeekRange(o.week, o.zone, o.weekStart);
  const bufferMs = (o.bufferMinutes ?? 10) * MINUTE;
  const first = WEEKDAYS.indexOf(o.weekStart);
  const spans = new Map<string, ZoneSpan>();
  const spanOf = (zone: string): ZoneSpan => {
    let z = spans.get(zone);
    if (!z) spans.set(zone, (z = cachedSpan(zone, range.from, range.to)));
    return z;
  };
  const va = spanOf(o.zone);
  const frames: DayFrame[] = [];
  const days: WeekDay[] = [];
  for (let i = 0; i < 7; i++) {
    const start = range.days[i];
    const end = i < 6 ? range.days[i + 1] : range.to;
    const startOffset = va.offset(start);
    frames.push({ start, end, startOffset, switches: va.offset(end - 1) !== startOffset });
    days.push({
      date: new Date(start + startOffset * MINUTE).toISOString().slice(0, 10),
      weekday: WEEKDAYS[(first + i) % 7],
      start,
      end,
      minutes: (end - start) / MINUTE,
      today: o.now >= start && o.now < end,
    });
  }
  const wall = (t: number, d: number): number => {
    const f = frames[d];
    if (t >= f.end) return (f.end - f.start) / MINUTE + (f.switches ? va.offset(f.end - 1) - f.startOffset : 0);
    const off = f.switches ? va.offset(t) : f.startOffset;
    return (t - f.start) / MINUTE + (off - f.startOffset);
  };
  // Calls `fn` once per day the span touches; items are built as literals (no spread: it is slow).
  const place = (start: number, end: number, fn: (day: number, s: number, e: number, top: number, bottom: number) => void) => {
    for (let d = 0; d < 7; d++) {
      const f = frames[d];
      const s = Math.max(start, f.start);
      const e = Math.min(end, f.end);
      if (e <= s) continue;
      const top = wall(s, d);
      // At the day's end the wall clock reads 24:00, whatever the offsets did.
      // Where clocks fall back the wall clock repeats: never draw shorter than the time elapsed.
      const bottom = e >= f.end ? 1440 : Math.min(1440, Math.max(wall(e, d), top + (e - s) / MINUTE));
      fn(d, s, e, top, bottom);
    }
  };

  // Clients shown.
  const rawBlocks = index.blocksBetween(range.from, range.to);
  const rawEntries = index.entriesBetween(range.from, range.to);
  const shown = new Map<string, Client | null>();
  index.forEachClient((c) => {
    if (c.status === "active") shown.set(c.key, c);
  });
  for (const b of rawBlocks) if (b.clientKey !== null && !shown.has(b.clientKey)) shown.set(b.clientKey, index.client(b.clientKey));
  for (const e of rawEntries) if (!shown.has(e.clientKey)) shown.set(e.clientKey, index.client(e.clientKey));

  // Clients with the same zone, hours and days share their windows (and the clipped pieces), kept
  // per week range (the days, in the VA's zone) so that a redraw of the same week reuses them.
  const perRange = windowsFor(range);
  const shapeOf = (c: Client): WindowShape => {
    let s = perRange.byClient.get(c);
    if (!s) {
      const key = windowKey(c);
      s = perRange.byKey.get(key);
      if (!s) {
        const span = spanOf(c.timezone);
        const raw = workingWindows(c.timezone, c.workingHours, c.workingDays, range.from, range.to, span);
        perRange.byKey.set(key, (s = { raw, pieces: null, span }));
      }
      perRange.byClient.set(c, s);
    }
    return s;
  };
  const windowsOf = (c: Client): RawWindow[] => shapeOf(c).raw;
  const piecesOf = (c: Client): WorkWindow[] => {
    const s = shapeOf(c);
    return (s.pieces ??= clip(s.raw));
  };
  const clip = (ws: readonly RawWindow[]): WorkWindow[] => {
    const out: WorkWindow[] = [];
    for (const w of ws) {
      place(w.start, w.end, (day, start, end, top, bottom) =>
        out.push({ day, start, end, top, bottom, windowStart: w.start, windowEnd: w.end, localDate: w.localDate }),
      );
    }
    return out;
  };

  // Blocks.
  const blocks: BlockItem[] = [];
  const sorted = rawBlocks.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  // The latest end among the blocks before (by start); the next block by start is the nearest after.
  let maxEnd = -Infinity;
  for (let i = 0; i < sorted.length; i++) {
    const b = sorted[i];
    const client = b.clientKey === null ? null : (shown.get(b.clientKey) ?? null);
    const outside = client ? !inWindow(windowsOf(client), b) : false;
    const tight = maxEnd > b.start - bufferMs || (i + 1 < sorted.length && sorted[i + 1].start < b.end + bufferMs);
    maxEnd = Math.max(maxEnd, b.end);
    const zs = client ? shapeOf(client).span : null;
    place(b.start, b.end, (day, start, end, top, bottom) =>
      blocks.push({
        day,
        start,
        end,
        top,
        bottom,
        minutes: (end - start) / MINUTE,
        column: 0,
        columns: 1,
        id: b.id,
        clientKey: b.clientKey,
        clientRef: b.clientRef,
        color: client?.color ?? null,
        title: b.title,
        file: b.file,
        line: b.line,
        blockStart: b.start,
        blockEnd: b.end,
        clientLocalStart: zs ? zs.local(b.start) : null,
        clientLocalEnd: zs ? zs.local(b.end) : null,
        outside,
        tight,
      }),
    );
  }
  layout(blocks);

  // Tracked entries.
  const entries: EntryItem[] = [];
  for (const e of rawEntries) {
    const end = e.end ?? Math.max(o.now, e.start);
    const color = shown.get(e.clientKey)?.color ?? null;
    place(e.start, end, (day, start, segEnd, top, bottom) =>
      entries.push({
        day,
        start,
        end: segEnd,
        top,
        bottom,
        minutes: (segEnd - start) / MINUTE,
        column: 0,
        columns: 1,
        id: e.id,
        clientKey: e.clientKey,
        color,
        task: e.task,
        note: e.note,
        billable: e.billable,
        running: e.end === null,
        file: e.file,
        line: e.line,
        entryStart: e.start,
        entryEnd: end,
      }),
    );
  }
  layout(entries);

  // Clients and totals.
  const planned = new Map<string, number>();
  for (const b of rawBlocks) {
    if (b.clientKey === null) continue;
    planned.set(b.clientKey, (planned.get(b.clientKey) ?? 0) + Math.max(0, Math.min(b.end, range.to) - Math.max(b.start, range.from)));
  }
  const tracked = new Map<string, Entry[]>();
  for (const e of rawEntries) {
    let list = tracked.get(e.clientKey);
    if (!list) tracked.set(e.clientKey, (list = []));
    list.push(e);
  }
  const clients: ClientColumn[] = [];
  for (const [key, c] of shown) {
    const list = tracked.get(key);
    let trackedMs = 0;
    let billableMs = 0;
    const spans: BillableSpan[] = [];
    if (list) for (const e of list) {
      const end = e.end ?? Math.max(o.now, e.start);
      const ms = Math.max(0, Math.min(end, range.to) - Math.max(e.start, range.from));
      trackedMs += ms;
      if (e.billable) billableMs += ms;
      spans.push({ start: Math.max(e.start, range.from), end: e.end === null ? null : Math.min(e.end, range.to), billable: e.billable, task: e.task });
    }
    const zs = c ? shapeOf(c).span : null;
    const offset = zs ? zs.offset(o.now) : null;
    clients.push({
      key,
      name: c?.name ?? key,
      color: c?.color ?? null,
      missing: c === null,
      timezone: c?.timezone ?? null,
      localNow: zs ? zs.local(o.now) : null,
      offset,
      offsetText: offset === null ? null : offsetText(offset),
      windows: c ? piecesOf(c) : [],
      plannedMinutes: (planned.get(key) ?? 0) / MINUTE,
      trackedMinutes: trackedMs / MINUTE,
      billableMinutes: billableMs / MINUTE,
      billedMinutes: c && spans.length > 0 ? billedMs(spans, c.rounding) / MINUTE : 0,
    });
  }
  const rank = collationRanks(clients);
  clients.sort((a, b) => (rank.get(a.name) as number) - (rank.get(b.name) as number) || (rank.get(a.key) as number) - (rank.get(b.key) as number));

  let nowLine: WeekView["nowLine"] = null;
  for (let d = 0; d < 7; d++) if (days[d].today) nowLine = { day: d, top: wall(o.now, d) };

  const m = /^(\d{4})-W(\d{2})$/.exec(o.week) as RegExpExecArray;
  return {
    week: o.week,
    isoWeek: +m[2],
    isoYear: +m[1],
    zone: o.zone,
    weekStart: o.weekStart,
    from: range.from,
    to: range.to,
    now: o.now,
    bufferMinutes: bufferMs / MINUTE,
    days,
    vaWindows: clip(workingWindows(o.zone, o.workingHours, o.workingDays, range.from, range.to, spanOf(o.zone))),
    blocks,
    entries,
    clients,
    totals: {
      plannedMinutes: clients.reduce((s, c) => s + c.plannedMinutes, 0),
      trackedMinutes: clients.reduce((s, c) => s + c.trackedMinutes, 0),
      billedMinutes: clients.reduce((s, c) => s + c.billedMinutes, 0),
    },
    nowLine,
  };
}

// Weeks are pure functions of their keys and cost luxon lookups: the view redraws the same week
// again and again, so they are kept in a small bounded cache (zone spans likewise, zone-span.ts).
const CACHE_LIMIT = 500;
const weekCache = new Map<string, WeekRange>();

function cachedWeekRange(week: string, zone: string, weekStart: Weekday): WeekRange {
  const key = `${week}|${zone}|${weekStart}`;
  let r = weekCache.get(key);
  if (!r) {
    r = weekRange(week, zone, weekStart);
    if (weekCache.size >= CACHE_LIMIT) weekCache.clear();
    weekCache.set(key, r);
  }
  return r;
}

interface WindowShape {
  raw: RawWindow[];
  /** Clipped to the days of the range; made on first need. */
  pieces: WorkWindow[] | null;
  span: ZoneSpan;
}

interface RangeWindows {
  byKey: Map<string, WindowShape>;
  /** Client objects are replaced when their note changes, so a weak map never serves stale hours. */
  byClient: WeakMap<Client, WindowShape>;
}

// Keyed by the cached WeekRange object: a range names the week, the VA's zone and the week start,
// which is all the clipping depends on.
const windowsCache = new Map<WeekRange, RangeWindows>();

function windowsFor(range: WeekRange): RangeWindows {
  let w = windowsCache.get(range);
  if (!w) {
    if (windowsCache.size >= 50) windowsCache.clear();
    windowsCache.set(range, (w = { byKey: new Map(), byClient: new WeakMap() }));
  }
  return w;
}

function windowKey(c: Client): string {
  return `${c.timezone}|${c.workingHours.start}|${c.workingHours.end}|${c.workingDays.join(",")}`;
}

function inWindow(ws: readonly { start: number; end: number }[], b: Block): boolean {
  for (const w of ws) if (w.start <= b.start && b.end <= w.end) return true;
  return false;
}
