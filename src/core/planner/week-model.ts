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
  /** The block overlaps a busy calendar event (src/core/planner/week-events.ts). */
  busy: boolean;
  /** Whose plan note holds it (`Planner/2026-W48 ana.md`); null: the plain note, the owner's. */
  person: string | null;
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
  /** The VA's own working windows in the week (the shown person's, in the VA's zone). */
  vaWindows: WorkWindow[];
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
