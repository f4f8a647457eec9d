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
//   with each other and with the VA's `vaWindows`, and so do successive models of the same week
//   (they are cached per week and zone).
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

import type { Weekday } from "../shared/types";
import { weekRange, type WeekRange } from "../shared/week";
import type { VaultIndex } from "../index/vault-index";
import type { LineStore, LineTexts } from "../index/log-store";
import { PIECE, WeekGrid } from "./week-grid";
import { BlockItem, ClientColumn, EntryItem, type Placement, type WeekView, type WeekViewOptions, type WorkWindow } from "./week-model";
import { cachedSpan, offsetText, type ZoneSpan } from "./zone-span";
import { rosterOf, shapeAt, shapeOf, type WindowShape } from "./week-roster";
import { WeekSums } from "./week-sums";
import { collationRanks, layout } from "./week-layout";
import { busyTest, eventItems } from "./week-events";
import { isPersonShown } from "./plan-person";
import { personOfLog, personOfPlan } from "../shared/paths";

const MINUTE = 60_000;

export function weekViewModel(index: VaultIndex, o: WeekViewOptions): WeekView {
  const range = cachedWeekRange(o.week, o.zone, o.weekStart);
  const bufferMs = (o.bufferMinutes ?? 10) * MINUTE;
  const va = cachedSpan(o.zone, range.from, range.to);
  const grid = new WeekGrid(range, va, o.weekStart, o.now);
  const days = grid.days;
  // Every item is cut into this buffer: a redraw makes the items it returns and little else.
  const cut = PIECES;
  // Cut to the days of this range, once per shape: later models of the week share the pieces.
  const clipped = (shape: WindowShape): WorkWindow[] => {
    if (shape.pieces) return shape.pieces;
    const out: WorkWindow[] = [];
    for (const w of shape.raw) {
      const n = grid.cut(w.start, w.end, cut);
      for (let k = 0; k < n * PIECE; k += PIECE) {
        out.push({ day: cut[k], start: cut[k + 1], end: cut[k + 2], top: cut[k + 3], bottom: cut[k + 4], windowStart: w.start, windowEnd: w.end, localDate: w.localDate });
      }
    }
    return (shape.pieces = out);
  };

  // The calendars' events (floating times in the VA's zone); a block on a busy one is marked.
  const events = index.calendars.eventsBetween(range.from, range.to, o.zone);
  const onBusy = busyTest(events);

  // Clients shown: the active ones, and any other a block or entry of the week names.
  const sums = new WeekSums(rosterOf(index, range));

  // Blocks, read from the plan notes' stores, in order of start then end for the buffer check.
  const planStores: LineStore[] = [];
  const planLines: number[] = [];
  const planPositions: number[] = [];
  const planRefs: string[] = [];
  // Whose note each line is in: the lines come store by store, so the path is read once a store.
  const planPersons: (string | null)[] = [];
  let personStore: LineStore | null = null;
  let person: string | null = null;
  // A plan line names its client by folder or by display name: each name is looked up once.
  const named = new Map<string, string | null>();
  // One person's view: only the lines of their own notes (plan-person.ts).
  let filterStore: LineStore | null = null;
  let storeShown = true;
  const shown = (store: LineStore, person: (path: string) => string | null): boolean => {
    if (o.person === undefined) return true;
    if (store !== filterStore) {
      filterStore = store;
      storeShown = isPersonShown(o.person, person(store.path));
    }
    return storeShown;
  };
  index.forEachPlanLine(range.from, range.to, (store, i, ref) => {
    if (!shown(store, personOfPlan)) return;
    planStores.push(store);
    planLines.push(i);
    let at = sums.notedPosition(ref);
    if (at < 0) {
      let key = named.get(ref);
      if (key === undefined) named.set(ref, (key = index.findClient(ref)?.key ?? null));
      at = key === null ? -1 : sums.positionOf(key);
    }
    planPositions.push(at);
    planRefs.push(ref);
    if (store !== personStore) {
      personStore = store;
      person = personOfPlan(store.path);
    }
    planPersons.push(person);
  });
  const order = planLines.map((_, n) => n);
  const startOf = (n: number) => planStores[n].start(planLines[n]);
  const endOf = (n: number) => planStores[n].end(planLines[n]);
  order.sort((a, b) => startOf(a) - startOf(b) || endOf(a) - endOf(b) || a - b);
  const blocks: BlockItem[] = [];
  // The latest end among the blocks before (by start); the next block by start is the nearest after.
  let maxEnd = -Infinity;
  for (let k = 0; k < order.length; k++) {
    const n = order[k];
    const store = planStores[n];
    const i = planLines[n];
    const at = planPositions[n];
    const key = at < 0 ? null : sums.key(at);
    const start = store.start(i);
    const end = store.end(i);
    // A block's client is one with a note (index.findClient), so it is in the roster.
    const noted = at >= 0;
    if (noted) sums.planned[at] += Math.max(0, Math.min(end, range.to) - Math.max(start, range.from));
    const shape = noted ? shapeAt(range, sums.roster, at) : null;
    const outside = shape ? !inWindow(shape.raw, start, end) : false;
    const tight = maxEnd > start - bufferMs || (k + 1 < order.length && startOf(order[k + 1]) < end + bufferMs);
    const busy = onBusy(start, end);
    maxEnd = Math.max(maxEnd, end);
    const pieces = grid.cut(start, end, cut);
    if (pieces === 0) continue;
    store.readTexts(i, texts);
    const id = texts.id;
    const title = texts.text;
    const line = store.line(i);
    const color = noted ? sums.color(at) : null;
    const clientLocalStart = shape ? shape.span.local(start) : null;
    const clientLocalEnd = shape ? shape.span.local(end) : null;
    for (let p = 0; p < pieces * PIECE; p += PIECE) {
      const b = place(new BlockItem(), cut, p);
      b.id = id;
      b.clientKey = key;
      b.clientRef = planRefs[n];
      b.color = color;
      b.title = title;
      b.file = store.path;
      b.line = line;
      b.blockStart = start;
      b.blockEnd = end;
      b.clientLocalStart = clientLocalStart;
      b.clientLocalEnd = clientLocalEnd;
      b.outside = outside;
      b.tight = tight;
      b.busy = busy;
      b.person = planPersons[n];
      blocks.push(b);
    }
  }
  layoutLanes(blocks, o.person === undefined);

  // Tracked entries, read from the logs' stores; a store holds one client's lines.
  const entries: EntryItem[] = [];
  let lastStore: LineStore | null = null;
  let entryAt = -1;
  let color: string | null = null;
  index.forEachEntryLine(range.from, range.to, (store, i) => {
    if (!shown(store, personOfLog)) return;
    if (store !== lastStore) {
      lastStore = store;
      entryAt = sums.positionOfStore(store);
      color = sums.color(entryAt);
    }
    const start = store.start(i);
    const written = store.end(i);
    const running = Number.isNaN(written);
    const end = running ? Math.max(o.now, start) : written;
    const billable = store.billable(i);
    store.readTexts(i, texts);
    const task = texts.task;
    sums.addEntry(entryAt, start, running ? null : written, end, billable, task, range);
    const pieces = grid.cut(start, end, cut);
    if (pieces === 0) return;
    const id = texts.id;
    const note = texts.text;
    const line = store.line(i);
    for (let p = 0; p < pieces * PIECE; p += PIECE) {
      const e = place(new EntryItem(), cut, p);
      e.id = id;
      e.clientKey = store.clientKey;
      e.color = color;
      e.task = task;
      e.note = note;
      e.billable = billable;
      e.running = running;
      e.file = store.path;
      e.line = line;
      e.entryStart = start;
      e.entryEnd = end;
      entries.push(e);
    }
  });
  // The index gives lines store by store: pieces alike keep the order of their entries' starts.
  layout(entries, (a, b) => a.entryStart - b.entryStart);

  // Clients and totals.
  const clients: ClientColumn[] = [];
  let plannedMinutes = 0;
  let trackedMinutes = 0;
  let billedMinutes = 0;
  const rostered = sums.roster.clients.length;
  // Clients share a few zones (and so their spans): the clock texts of now are made once a zone.
  const nowIn = new Map<ZoneSpan, { offset: number; local: string; text: string }>();
  for (let k = 0; k < sums.count; k++) {
    if (k < rostered && sums.shown[k] === 0) continue;
    const noted = k < rostered;
    const shape = noted ? shapeAt(range, sums.roster, k) : null;
    let now = shape ? nowIn.get(shape.span) : undefined;
    if (shape && now === undefined) {
      const offset = shape.span.offset(o.now);
      nowIn.set(shape.span, (now = { offset, local: shape.span.local(o.now), text: offsetText(offset) }));
    }
    const column = new ClientColumn();
    column.key = sums.key(k);
    column.name = noted ? sums.roster.names[k] : column.key;
    column.color = sums.color(k);
    column.missing = !noted;
    column.timezone = noted ? sums.roster.zones[k] : null;
    if (now) {
      column.localNow = now.local;
      column.offset = now.offset;
      column.offsetText = now.text;
    }
    if (shape) column.windows = clipped(shape);
    column.plannedMinutes = sums.planned[k] / MINUTE;
    column.trackedMinutes = sums.tracked[k] / MINUTE;
    column.billableMinutes = sums.billable[k] / MINUTE;
    column.billedMinutes = sums.billed(k) / MINUTE;
    clients.push(column);
  }
  // The roster is in order already; clients without a note are put in their places by name.
  if (sums.count > rostered) {
    const rank = collationRanks(clients);
    const place = clients.map((c) => (rank.get(c.name) as number) * rank.size + (rank.get(c.key) as number));
    const sorted = clients.map((_, i) => i).sort((a, b) => place[a] - place[b]).map((i) => clients[i]);
    clients.splice(0, clients.length, ...sorted);
  }
  for (const c of clients) {
    plannedMinutes += c.plannedMinutes;
    trackedMinutes += c.trackedMinutes;
    billedMinutes += c.billedMinutes;
  }

  const workZone = o.workingZone ?? o.zone;
  let nowLine: WeekView["nowLine"] = null;
  for (let d = 0; d < 7; d++) if (days[d].today) nowLine = { day: d, top: grid.wall(o.now, d) };

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
    vaWindows: clipped(shapeOf(range, workZone, o.workingHours, o.workingDays)),
    blocks,
    entries,
    events,
    eventItems: eventItems(events, grid),
    clients,
    totals: { plannedMinutes, trackedMinutes, billedMinutes },
    person: o.person ?? null,
    nowLine,
  };
}

const PIECES = new Float64Array(7 * PIECE);
const texts: LineTexts = { id: "", task: null, device: null, text: "" };

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

/** Sets the placement of the piece at `p` of a cut buffer (WeekGrid.cut) on `item`. */
function place<T extends Placement>(item: T, cut: Float64Array, p: number): T {
  item.day = cut[p];
  item.start = cut[p + 1];
  item.end = cut[p + 2];
  item.top = cut[p + 3];
  item.bottom = cut[p + 4];
  item.minutes = (cut[p + 2] - cut[p + 1]) / MINUTE;
  return item;
}

function inWindow(ws: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const w of ws) if (w.start <= start && end <= w.end) return true;
  return false;
}

/**
 * Overlap columns of the blocks; with everyone's blocks shown and more than one person's in the
 * week, each person gets a lane of every day (the owner's plain notes first, then by key), and the
 * overlap columns are laid out inside it: lane L of N with column c of k is column L·k + c of N·k.
 */
function layoutLanes(blocks: BlockItem[], everyone: boolean): void {
  const persons = everyone ? [...new Set(blocks.map((b) => b.person ?? null))] : [];
  if (persons.length <= 1) {
    layout(blocks);
    return;
  }
  persons.sort((a, b) => (a === null ? -1 : b === null ? 1 : a.localeCompare(b)));
  const lanes = persons.length;
  persons.forEach((p, lane) => {
    const mine = blocks.filter((b) => (b.person ?? null) === p);
    layout(mine);
    for (const b of mine) {
      b.column = lane * b.columns + b.column;
      b.columns = lanes * b.columns;
    }
  });
  // In the order layout() leaves a single list: by day, start, then the longer first.
  blocks.sort((a, b) => a.day - b.day || a.start - b.start || b.end - a.end || a.column - b.column);
}
