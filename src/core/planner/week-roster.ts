// The clients a week view may show, in the order it shows them, and their working windows: every
// client with a note, sorted by name in the user's collation, each with its windows in the week.
// Pure.
//
// A redraw would otherwise visit every client note of the vault, look each one's windows up and
// sort the clients by name again; the roster is kept per week range and index until a client note
// changes (VaultIndex.clientsVersion), so a redraw walks one array laid out in order.

import type { Client, HoursRange, RoundingMode, Weekday } from "../shared/types";
import { stepMs } from "../billing/rounding";
import type { WorkWindow } from "./week-model";
import type { WeekRange } from "../shared/week";
import type { VaultIndex } from "../index/vault-index";
import { cachedSpan, workingWindows, type RawWindow, type ZoneSpan } from "./zone-span";
import { collationRanks } from "./week-layout";

/** Working windows shared by the clients with the same zone, hours and days. */
export interface WindowShape {
  raw: RawWindow[];
  span: ZoneSpan;
  /** Cut to the days of the range by the week view (its own type); made on first need. */
  pieces: WorkWindow[] | null;
}

/**
 * Every client with a note, by name then key, with what a redraw reads of each laid out by
 * position: arrays are read in order, where the Client objects lie wherever the heap put them.
 */
export interface Roster {
  clients: Client[];
  keys: string[];
  names: string[];
  colors: (string | null)[];
  zones: string[];
  /** 1 at the position of each client with status `active`: shown in every week. */
  active: Uint8Array;
  /** Billing rounding: the step in ms and the mode, and 1 where the scope is per task. */
  steps: number[];
  modes: RoundingMode[];
  perTask: Uint8Array;
  /** Client key → position. */
  at: Map<string, number>;
  /** VaultIndex.folderId → position, -1 for a folder without a client note. */
  byFolder: Int32Array;
  /** Each client's working windows, by position, looked up on first need. */
  shapes: (WindowShape | undefined)[];
}

interface RangeCache {
  /** Windows by zone, hours and days: clients alike share them. */
  shapesByKey: Map<string, WindowShape>;
  roster: { index: VaultIndex; version: number; roster: Roster } | null;
}

// Keyed by the cached WeekRange object: a range names the week, the VA's zone and the week start,
// which is all the windows and their clipping depend on.
const perRange = new Map<WeekRange, RangeCache>();

function cacheFor(range: WeekRange): RangeCache {
  let c = perRange.get(range);
  if (!c) {
    if (perRange.size >= 50) perRange.clear();
    perRange.set(range, (c = { shapesByKey: new Map(), roster: null }));
  }
  return c;
}

/**
 * The working windows of the client at position `at` of the roster, in the week of `range`. The roster
 * is made again when a client note changes, so what it keeps per position is never stale.
 */
export function shapeAt(range: WeekRange, roster: Roster, at: number): WindowShape {
  let s = roster.shapes[at];
  if (!s) {
    const c = roster.clients[at];
    roster.shapes[at] = s = shapeOf(range, c.timezone, c.workingHours, c.workingDays);
  }
  return s;
}

/** The working windows of `hours` on `days` in `zone`, in the week of `range`: made once, then shared. */
export function shapeOf(range: WeekRange, zone: string, hours: HoursRange, days: readonly Weekday[]): WindowShape {
  const cache = cacheFor(range);
  const key = `${zone}|${hours.start}|${hours.end}|${days.join(",")}`;
  let s = cache.shapesByKey.get(key);
  if (!s) {
    const span = cachedSpan(zone, range.from, range.to);
    const raw = workingWindows(zone, hours, days, range.from, range.to, span);
    cache.shapesByKey.set(key, (s = { raw, span, pieces: null }));
  }
  return s;
}

/** Every client of `index` for the week of `range`, in order (by name, then key). */
export function rosterOf(index: VaultIndex, range: WeekRange): Roster {
  const cache = cacheFor(range);
  const kept = cache.roster;
  if (kept && kept.index === index && kept.version === index.clientsVersion) return kept.roster;
  const clients: Client[] = [];
  index.forEachClient((c) => clients.push(c));
  const rank = collationRanks(clients);
  const order = (c: Client) => (rank.get(c.name) as number) * rank.size + (rank.get(c.key) as number);
  clients.sort((a, b) => order(a) - order(b));
  const n = clients.length;
  const roster: Roster = {
    clients,
    keys: clients.map((c) => c.key),
    names: clients.map((c) => c.name),
    colors: clients.map((c) => c.color),
    zones: clients.map((c) => c.timezone),
    active: new Uint8Array(n),
    steps: clients.map((c) => stepMs(c.rounding)),
    modes: clients.map((c) => c.rounding.mode),
    perTask: new Uint8Array(n),
    at: new Map(),
    byFolder: new Int32Array(index.folderIds).fill(-1),
    shapes: [],
  };
  clients.forEach((c, i) => {
    roster.active[i] = c.status === "active" ? 1 : 0;
    roster.perTask[i] = c.rounding.scope === "task" ? 1 : 0;
    roster.at.set(c.key, i);
    const id = index.folderId(c.key);
    if (id >= 0) roster.byFolder[id] = i;
  });
  cache.roster = { index, version: index.clientsVersion, roster };
  return roster;
}
