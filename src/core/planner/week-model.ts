// The week view model's shapes: what the planner draws and `client-desk week --json` prints
// (docs/cli.md, `week`). Computed by week-view.ts; read by the layout and roster helpers too.

import type { HoursRange, Weekday } from "../shared/types";
import type { WeekDay } from "./week-grid";
import type { CalendarEvent } from "../calendar/calendar-file";
import type { WeekPerson } from "./plan-person";

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
  /** One person's blocks and entries (docs/team.md); absent: everyone's. */
  person?: WeekPerson;
  /** The zone `workingHours` and `workingDays` are in (a person's), when not `zone`. */
  workingZone?: string;
}

// The items a redraw makes by the thousand (blocks, entries, client columns) are classes, made with
// `new`, not object literals: V8 tracks each literal's allocation site, and when a collection
// finds a model's items alive it starts allocating that site's objects in the old generation
// ("pretenuring"), where they pile up as garbage for the full collector. At L that made a model
// 2–4× slower (docs/benchmarks.md). Objects made by `new` have no such site; their fields are set
// after `new`, by name.

/** Where a segment sits in its day column. */
export class Placement {
  /** Index into `days`. */
  day = 0;
  /** The clipped segment, instants. */
  start = 0;
  end = 0;
  /** Wall-clock minutes from the day's local midnight in the VA's zone. */
  top = 0;
  bottom = 0;
  /** Elapsed minutes of the segment (from the instants). */
  minutes = 0;
  column = 0;
  columns = 1;
}

export class BlockItem extends Placement {
  id = "";
  clientKey: string | null = null;
  clientRef = "";
  color: string | null = null;
  title = "";
  file = "";
  line = 0;
  /** The whole block, instants. */
  blockStart = 0;
  blockEnd = 0;
  /** The block's start and end in the client's zone, "YYYY-MM-DD HH:mm" (null without a client). */
  clientLocalStart: string | null = null;
  clientLocalEnd: string | null = null;
  outside = false;
  tight = false;
  /** The block overlaps a busy calendar event (src/core/planner/week-events.ts). */
  busy = false;
  /** Whose plan note holds it (`Planner/2026-W48 ana.md`); null: the plain note, the owner's. */
  person: string | null = null;
}

/** A piece of a calendar event in a day column: read-only, drawn muted. */
export interface EventItem extends Placement {
  title: string;
  calendar: string;
  file: string;
  line: number;
  /** The whole event, instants. */
  eventStart: number;
  eventEnd: number;
  allDay: boolean;
  busy: boolean;
}

export class EntryItem extends Placement {
  id = "";
  clientKey = "";
  color: string | null = null;
  task: string | null = null;
  note = "";
  billable = false;
  running = false;
  file = "";
  line = 0;
  entryStart = 0;
  /** The entry's end, or `now` while it runs. */
  entryEnd = 0;
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

const NO_WINDOWS: readonly WorkWindow[] = Object.freeze([]);

export class ClientColumn {
  key = "";
  name = "";
  color: string | null = null;
  missing = false;
  timezone: string | null = null;
  /** "YYYY-MM-DD HH:mm" in the client's zone at `now`. */
  localNow: string | null = null;
  /** Minutes east of UTC at `now`. */
  offset: number | null = null;
  /** "+11:00" */
  offsetText: string | null = null;
  /** Shared with the clients alike and with later models of the week: read only. */
  windows: readonly WorkWindow[] = NO_WINDOWS;
  plannedMinutes = 0;
  trackedMinutes = 0;
  billableMinutes = 0;
  billedMinutes = 0;
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
  /** The VA's own working windows in the week (the shown person's, in the VA's zone). */
  vaWindows: readonly WorkWindow[];
  blocks: BlockItem[];
  entries: EntryItem[];
  /** The calendars' events of the week, one per occurrence, by start (docs/calendars.md). */
  events: readonly CalendarEvent[];
  /** Those events cut into day pieces: all-day ones first, then timed ones laid out in columns. */
  eventItems: EventItem[];
  clients: ClientColumn[];
  totals: { plannedMinutes: number; trackedMinutes: number; billedMinutes: number };
  /** Whose blocks and entries are shown (docs/team.md); null: everyone's. */
  person: WeekPerson | null;
  /** The current-time line, when `now` is inside the week. */
  nowLine: { day: number; top: number } | null;
}
