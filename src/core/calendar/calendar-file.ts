// One calendar file as kept between changes: its events split into single ones, sorted by a bound
// of their start so a week is found by binary search, and recurring ones, each expanded only
// across the range asked for. Occurrences come out as exact instants: floating times in the
// user's zone at the time of asking.

import type { Diagnostic } from "../shared/types";
import { parseCalendar, type CalEvent, type ZonedValue } from "./ics-calendar";
import { instantOf, wallOf } from "./ics-zones";
import { expandRule } from "./recurrence";
import { DAY, dayStart } from "./ics-values";

const HOUR = 3_600_000;
/** Any zone's offset lies within this of UTC: the bound of a wall time's instant. */
const MARGIN = 15 * HOUR;
/** Single events longer than this are kept apart, so that they do not widen every week's search. */
const LONG = 3 * DAY;

/** One occurrence of an event in a range: what the planner draws and `week --json` lists. */
export interface CalendarEvent {
  title: string;
  /** The calendar's name (X-WR-CALNAME, else the file's name without `.ics`). */
  calendar: string;
  /** Vault-relative path of the .ics file, and the line of the event's BEGIN:VEVENT. */
  file: string;
  line: number;
  start: number;
  end: number;
  allDay: boolean;
  /** False for free (TRANSP:TRANSPARENT) events: shown, but they book no time. */
  busy: boolean;
}

export class CalendarFile {
  readonly name: string;
  readonly diagnostics: Diagnostic[];
  /** Single events by `lo`, a lower bound of their start instant. */
  private readonly singles: CalEvent[];
  private readonly lo: Float64Array;
  private readonly maxSpan: number;
  private readonly recurring: CalEvent[];
  private readonly long: CalEvent[];
  readonly eventCount: number;

  constructor(
    readonly path: string,
    text: string,
  ) {
    const parsed = parseCalendar(path, text);
    const base = path.slice(path.lastIndexOf("/") + 1).replace(/\.ics$/i, "");
    this.name = parsed.name ?? base;
    this.diagnostics = parsed.diagnostics;
    this.eventCount = parsed.events.length;
    this.recurring = parsed.events.filter((e) => e.rule !== null);
    // No zone is asked anything here: a 20 MB file is read without one offset lookup. Bounds come
    // from wall times, which lie within MARGIN of their instants in every zone.
    this.long = [];
    const singles: { e: CalEvent; lo: number }[] = [];
    let span = 0;
    for (const e of parsed.events) {
      if (e.rule !== null) continue;
      const lo = lowerBound(e);
      const length = upperBound(e) - lo;
      if (length > LONG) this.long.push(e);
      else {
        singles.push({ e, lo });
        span = Math.max(span, length);
      }
    }
    singles.sort((a, b) => a.lo - b.lo);
    this.singles = singles.map((s) => s.e);
    this.lo = Float64Array.from(singles.map((s) => s.lo));
    this.maxSpan = span;
  }

  /** Occurrences that overlap [from, to) (a zero-length one: that starts in it), by start. */
  eventsBetween(from: number, to: number, userZone: string): CalendarEvent[] {
    const out: CalendarEvent[] = [];
    const push = (e: CalEvent, start: number) => {
      const end = endOf(e, start, userZone);
      if (end > from ? start < to : start >= from && start < to && end === start) {
        out.push({ title: e.title, calendar: this.name, file: this.path, line: e.line, start, end, allDay: e.allDay, busy: e.busy });
      }
    };
    // Singles: those whose lower bound is past `from - maxSpan` and before `to`.
    let a = 0;
    let b = this.lo.length;
    const low = from - this.maxSpan;
    while (a < b) {
      const m = (a + b) >> 1;
      if (this.lo[m] < low) a = m + 1;
      else b = m;
    }
    for (let i = a; i < this.lo.length && this.lo[i] < to; i++) {
      const e = this.singles[i];
      push(e, instantOf(e.start, e.zone, userZone));
    }
    for (const e of this.long) if (lowerBound(e) < to && upperBound(e) > from) push(e, instantOf(e.start, e.zone, userZone));
    for (const e of this.recurring) {
      const rule = e.rule!;
      // The window as wall times of the event's zone, widened by a day and the event's length.
      const wallFrom = wallOf(from, e.zone, userZone) - DAY - e.wallLength - Math.max(0, e.exactLength);
      const wallTo = wallOf(to, e.zone, userZone) + DAY;
      const until = rule.until === null ? Infinity : rule.until.utc ? wallOf(rule.until.ms, e.zone, userZone) : rule.until.date ? dayStart(rule.until.ms) + DAY - 1 : rule.until.ms;
      const exceptions = e.exceptions.length > 0 ? new Set(e.exceptions.map((x) => exceptionInstant(x, userZone))) : null;
      for (const wall of expandRule(rule, e.start, wallFrom, wallTo, until)) {
        const start = instantOf(wall, e.zone, userZone);
        if (exceptions?.has(start)) continue;
        push(e, start);
      }
    }
    out.sort((x, y) => x.start - y.start || x.end - y.end);
    return out;
  }
}

function endOf(e: CalEvent, start: number, userZone: string): number {
  if (e.wallLength === 0) return start + e.exactLength;
  return instantOf(wallOf(start, e.zone, userZone) + e.wallLength, e.zone, userZone) + e.exactLength;
}

function exceptionInstant(x: ZonedValue, userZone: string): number {
  return instantOf(x.value.ms, x.zone, userZone);
}

function lowerBound(e: CalEvent): number {
  return e.zone.kind === "utc" ? e.start : e.start - MARGIN;
}

function upperBound(e: CalEvent): number {
  const wall = e.start + e.wallLength + Math.max(0, e.exactLength);
  return e.zone.kind === "utc" ? wall : wall + MARGIN;
}
