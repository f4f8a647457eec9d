// One .ics file → compact events and the problems found, each with the file's line and the field.
// Read once per change of the file; the events keep only what the planner needs (title, times in
// their zone, rule, exceptions), and are expanded per week on demand (calendar-file.ts).
// Refuses rather than guesses: an event whose zone no one knows, whose start does not read or
// whose end is before its start is left out and reported; the rest of the calendar is kept.

import type { Diagnostic, DiagnosticCode } from "../shared/types";
import type { OffsetOf } from "../shared/local-time";
import { forEachUnfolded, parseContentLine, unescapeText, type ContentLine } from "./ics-text";
import { ownString } from "../shared/own-string";
import { DAY, parseDateTimeValue, parseDuration, type DateTimeValue } from "./ics-values";
import { FLOATING, UTC, readObservance, resolveTzid, vtimezoneOffset, type EventZone, type Observance } from "./ics-zones";
import { parseRule, type Rule } from "./recurrence";

/** A time as read: its value and zone. */
export interface ZonedValue {
  value: DateTimeValue;
  zone: EventZone;
}

export interface CalEvent {
  uid: string;
  title: string;
  line: number;
  zone: EventZone;
  allDay: boolean;
  /** Wall time of the start in `zone` (the instant itself in UTC). */
  start: number;
  /** The end is the start's wall time plus `wallLength` in `zone`, then plus `exactLength`. */
  wallLength: number;
  exactLength: number;
  /** Opaque and not cancelled: the VA is booked. */
  busy: boolean;
  rule: Rule | null;
  /** Occurrences left out: EXDATEs and the RECURRENCE-IDs of moved or cancelled ones. */
  exceptions: ZonedValue[];
}

export interface ParsedCalendar {
  /** X-WR-CALNAME, else null (the file's name is shown). */
  name: string | null;
  events: CalEvent[];
  diagnostics: Diagnostic[];
}

/** At most this many problems a file: a file of garbage says so without a problem per line. */
const MAX_PROBLEMS = 50;

const WANTED = new Set(["BEGIN", "END", "UID", "SUMMARY", "DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RECURRENCE-ID", "STATUS", "TRANSP"]);

/** True when a time of the event names a TZID no one knows yet: a VTIMEZONE further on may define it. */
function namesLaterZone(r: RawEvent, zones: ReadonlyMap<string, OffsetOf>): boolean {
  for (const cl of [r.props.get("DTSTART"), r.props.get("DTEND"), r.props.get("RECURRENCE-ID"), ...r.exdates]) {
    const tzid = cl?.params.TZID;
    if (tzid !== undefined && resolveTzid(tzid, zones) === null) return true;
  }
  return false;
}

/** The property name of a raw line, or null when it has no `;` or `:` (a broken line, reported). */
function nameOf(raw: string): string | null {
  let i = 0;
  while (i < raw.length && raw.charCodeAt(i) !== 59 && raw.charCodeAt(i) !== 58) i++;
  return i === raw.length ? null : raw.slice(0, i).toUpperCase();
}

interface RawEvent {
  line: number;
  props: Map<string, ContentLine>;
  exdates: ContentLine[];
}

export function parseCalendar(path: string, text: string): ParsedCalendar {
  const diagnostics: Diagnostic[] = [];
  const report = (severity: Diagnostic["severity"], code: DiagnosticCode, line: number, field: string | undefined, params: Record<string, string | number> = {}) => {
    if (diagnostics.length >= MAX_PROBLEMS) return;
    const own: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(params)) own[k] = typeof v === "string" ? ownString(v) : v;
    diagnostics.push({ severity, code, file: path, line, ...(field ? { field } : {}), params: own });
  };
  const raws: RawEvent[] = [];
  const zones = new Map<string, OffsetOf>();
  const masters = new Map<string, CalEvent>();
  const moved: { uid: string; id: ZonedValue }[] = [];
  const events: CalEvent[] = [];
  const take = (r: RawEvent) => {
    const e = readEvent(r, zones, report);
    if (e === null) return;
    if (e.recurrenceId !== null) moved.push({ uid: e.event.uid, id: e.recurrenceId });
    else if (e.event.uid !== "" && e.event.rule !== null) masters.set(e.event.uid, e.event);
    if (e.show) events.push(e.event);
  };
  let name: string | null = null;
  const stack: { name: string; line: number }[] = [];
  let event: RawEvent | null = null;
  let tzid: string | null = null;
  let observances: Observance[] = [];
  let obsProps: Map<string, string> | null = null;
  let obsRdates: string[] = [];
  let sawCalendar = false;
  let first = true;
  let foreign = false;

  forEachUnfolded(text, (raw, line) => {
    if (foreign) return;
    // Inside an event only the few properties the planner reads are parsed: descriptions,
    // attendees and X- properties are most of a big file.
    if (event !== null && stack.length === 2 && !first && !WANTED.has(nameOf(raw) ?? "BEGIN")) return;
    const cl = parseContentLine(raw, line);
    if (first) {
      first = false;
      if (cl === null || cl.name !== "BEGIN" || cl.value.toUpperCase() !== "VCALENDAR") {
        report("error", "calendar-not-ics", line, undefined, {});
        foreign = true;
        return;
      }
    }
    if (cl === null) {
      report("error", "calendar-line-invalid", line, undefined, { value: raw.slice(0, 60) });
      return;
    }
    if (cl.name === "BEGIN") {
      const comp = cl.value.toUpperCase();
      stack.push({ name: comp, line });
      if (comp === "VCALENDAR") sawCalendar = true;
      else if (comp === "VEVENT" && stack.length === 2) event = { line, props: new Map(), exdates: [] };
      else if (comp === "VTIMEZONE") {
        tzid = null;
        observances = [];
      } else if ((comp === "STANDARD" || comp === "DAYLIGHT") && stack[stack.length - 2]?.name === "VTIMEZONE") {
        obsProps = new Map();
        obsRdates = [];
      }
      return;
    }
    if (cl.name === "END") {
      const comp = cl.value.toUpperCase();
      const top = stack[stack.length - 1];
      if (!top || top.name !== comp) {
        report("error", "calendar-line-invalid", line, undefined, { value: raw.slice(0, 60) });
        return;
      }
      stack.pop();
      if (comp === "VEVENT" && event !== null && stack.length === 1) {
        // Read at once (a big file keeps no raw events) unless it names a zone defined further on.
        if (namesLaterZone(event, zones)) raws.push(event);
        else take(event);
        event = null;
      } else if (comp === "VTIMEZONE" && tzid !== null && observances.length > 0) {
        zones.set(tzid, vtimezoneOffset(observances));
      } else if ((comp === "STANDARD" || comp === "DAYLIGHT") && obsProps !== null) {
        const o = readObservance(obsProps, obsRdates);
        if (o) observances.push(o);
        else report("warning", "calendar-zone-unknown", top.line, comp, { value: tzid ?? "" });
        obsProps = null;
      }
      return;
    }
    const inside = stack[stack.length - 1]?.name;
    if (inside === "VEVENT" && event !== null) {
      if (cl.name === "EXDATE") event.exdates.push(cl);
      else if (!event.props.has(cl.name)) event.props.set(cl.name, cl);
    } else if (inside === "VCALENDAR" && cl.name === "X-WR-CALNAME") name = ownString(unescapeText(cl.value).trim()) || null;
    else if (inside === "VTIMEZONE" && cl.name === "TZID") tzid = ownString(cl.value.trim());
    else if ((inside === "STANDARD" || inside === "DAYLIGHT") && obsProps !== null) {
      if (cl.name === "RDATE") obsRdates.push(cl.value);
      else obsProps.set(cl.name, cl.value);
    }
  });
  if (first || (!sawCalendar && diagnostics.length === 0)) report("error", "calendar-not-ics", 1, undefined, {});
  // A file cut short: what was open is named; the event being read is left out.
  for (const open of stack) report("error", "calendar-truncated", open.line, undefined, { component: open.name });

  for (const r of raws) take(r);
  for (const m of moved) masters.get(m.uid)?.exceptions.push(m.id);
  diagnostics.sort((a, b) => a.line - b.line);
  return { name, events, diagnostics };
}

type Report = (severity: Diagnostic["severity"], code: DiagnosticCode, line: number, field: string | undefined, params?: Record<string, string | number>) => void;

function readTime(cl: ContentLine | undefined, zones: ReadonlyMap<string, OffsetOf>, report: Report): ZonedValue | null | "missing" {
  if (cl === undefined) return "missing";
  const value = parseDateTimeValue(cl.value);
  if (value === null || (cl.params.VALUE === "DATE") !== value.date) {
    report("error", "calendar-time-invalid", cl.line, cl.name, { value: cl.value });
    return null;
  }
  if (value.utc) return { value, zone: UTC };
  if (value.date || cl.params.TZID === undefined) return { value, zone: FLOATING };
  const zone = resolveTzid(cl.params.TZID, zones);
  if (zone === null) {
    report("error", "calendar-zone-unknown", cl.line, cl.name, { value: cl.params.TZID });
    return null;
  }
  return { value, zone };
}

function readEvent(r: RawEvent, zones: ReadonlyMap<string, OffsetOf>, report: Report): { event: CalEvent; show: boolean; recurrenceId: ZonedValue | null } | null {
  const p = r.props;
  const start = readTime(p.get("DTSTART"), zones, report);
  if (start === "missing") {
    report("error", "calendar-time-invalid", r.line, "DTSTART", { value: "" });
    return null;
  }
  if (start === null) return null;
  const allDay = start.value.date;
  let wallLength = allDay ? DAY : 0;
  let exactLength = 0;
  const end = readTime(p.get("DTEND"), zones, report);
  if (end === null) return null;
  if (end !== "missing") {
    const sameZone = end.zone === start.zone || end.zone.kind === "floating" || start.zone.kind === "floating" || (end.zone.kind === "zone" && start.zone.kind === "zone" && end.zone.name === start.zone.name);
    if (sameZone || allDay) wallLength = end.value.ms - start.value.ms;
    else exactLength = toUtc(end) - toUtc(start);
  } else if (p.has("DURATION")) {
    const d = parseDuration(p.get("DURATION")!.value);
    if (d === null) {
      report("error", "calendar-time-invalid", p.get("DURATION")!.line, "DURATION", { value: p.get("DURATION")!.value });
      return null;
    }
    wallLength = d.days * DAY;
    exactLength = d.ms;
  }
  if (wallLength + exactLength < 0) {
    const at = p.get("DTEND") ?? p.get("DURATION")!;
    report("error", "calendar-end-before-start", at.line, at.name, { start: p.get("DTSTART")!.value, end: at.value });
    return null;
  }
  let rule: Rule | null = null;
  const rr = p.get("RRULE");
  if (rr !== undefined) {
    const read = parseRule(rr.value);
    if ("rule" in read) rule = read.rule;
    else report("warning", "calendar-rule-unsupported", rr.line, "RRULE", { value: read.bad });
  }
  const exceptions: ZonedValue[] = [];
  for (const ex of r.exdates) {
    for (const v of ex.value.split(",")) {
      const t = readTime({ ...ex, value: v }, zones, report);
      if (t !== null && t !== "missing") exceptions.push(t);
    }
  }
  let recurrenceId: ZonedValue | null = null;
  const rid = p.get("RECURRENCE-ID");
  if (rid !== undefined) {
    const t = readTime(rid, zones, report);
    if (t === null || t === "missing") return null;
    recurrenceId = t;
    rule = null;
  }
  const status = p.get("STATUS")?.value.trim().toUpperCase();
  const transparent = p.get("TRANSP")?.value.trim().toUpperCase() === "TRANSPARENT";
  const summary = p.get("SUMMARY");
  const event: CalEvent = {
    uid: ownString(p.get("UID")?.value.trim() ?? ""),
    title: summary ? ownString(unescapeText(summary.value).trim()) : "",
    line: r.line,
    zone: start.zone,
    allDay,
    start: start.value.ms,
    wallLength,
    exactLength,
    busy: !transparent,
    rule,
    exceptions,
  };
  return { event, show: status !== "CANCELLED", recurrenceId };
}

/** A zoned value as an instant where that needs no user zone (floating ones read as UTC). */
function toUtc(v: ZonedValue): number {
  if (v.zone.kind !== "zone") return v.value.ms;
  const probe = v.value.ms - v.zone.offset(v.zone.name, v.value.ms) * 60_000;
  return v.value.ms - v.zone.offset(v.zone.name, probe) * 60_000;
}
