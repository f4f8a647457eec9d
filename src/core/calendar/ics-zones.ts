// Which zone an iCalendar time is in, and its offsets: a TZID that is an IANA name (also behind a
// path prefix, "/mozilla.org/20050126_1/America/New_York"), a Windows name (windows-zones.ts), or a
// VTIMEZONE of the file's own, whose STANDARD and DAYLIGHT observances (yearly BYMONTH/BYDAY rules,
// or RDATEs, or one DTSTART) give the offsets. The known name wins over the file's VTIMEZONE: an
// exported VTIMEZONE holds only the rules of the year it was written.

import { isValidZone, offsetAt } from "../shared/zones";
import { wallToInstant, AS_CLOCKS, type OffsetOf } from "../shared/local-time";
import { windowsZone } from "./windows-zones";
import { nthWeekdayOfMonth, parseDateTimeValue, parseOffset, WEEKDAYS } from "./ics-values";
import { ownString } from "../shared/own-string";

const MINUTE = 60_000;

/** Where an event's wall-clock times are read. */
export type EventZone =
  | { kind: "utc" }
  /** No zone: the user's, whatever it is when the week is drawn. */
  | { kind: "floating" }
  | { kind: "zone"; name: string; offset: OffsetOf };

export const UTC: EventZone = { kind: "utc" };
export const FLOATING: EventZone = { kind: "floating" };

/** One STANDARD or DAYLIGHT block. */
export interface Observance {
  /** Wall time of its first onset, in the offset before it (`from`). */
  start: number;
  from: number;
  to: number;
  /** A yearly rule: month 1-12, the nth (negative from the end) weekday 0 = Monday. */
  rule: { month: number; nth: number; weekday: number; until: number } | null;
  /** Further onsets, wall times. */
  rdates: number[];
}

/** A VTIMEZONE's offsets at an instant, from its observances' onsets in that year and the year before. */
export function vtimezoneOffset(observances: readonly Observance[]): OffsetOf {
  const cache = new Map<number, { at: number; to: number }[]>();
  const onsets = (year: number) => {
    let list = cache.get(year);
    if (list) return list;
    list = [];
    for (const o of observances) {
      const time = o.start - Math.floor(o.start / 86_400_000) * 86_400_000;
      const startYear = new Date(o.start).getUTCFullYear();
      if (o.rule && year >= startYear) {
        const day = nthWeekdayOfMonth(year, o.rule.month, o.rule.nth, o.rule.weekday);
        if (day !== null) {
          const at = day + time - o.from * MINUTE;
          if (at >= o.start - o.from * MINUTE && at <= o.rule.until) list.push({ at, to: o.to });
        }
      }
      for (const wall of [o.start, ...o.rdates]) {
        if (new Date(wall).getUTCFullYear() === year) list.push({ at: wall - o.from * MINUTE, to: o.to });
      }
    }
    list.sort((a, b) => a.at - b.at);
    if (cache.size > 200) cache.clear();
    cache.set(year, list);
    return list;
  };
  const earliest = observances.reduce((a, b) => (b.start < a.start ? b : a), observances[0]);
  return (_zone, ms) => {
    const year = new Date(ms).getUTCFullYear();
    for (let y = year; y >= year - 1; y--) {
      const list = onsets(y);
      for (let i = list.length - 1; i >= 0; i--) if (list[i].at <= ms) return list[i].to;
    }
    // Before the last year's onsets: the latest onset of any earlier year, else the first one's offset before.
    let best: { at: number; to: number } | null = null;
    for (let y = year - 2; y >= Math.max(year - 60, 1900) && best === null; y--) {
      const list = onsets(y);
      if (list.length > 0) best = list[list.length - 1];
    }
    return best ? best.to : earliest.from;
  };
}

/** Reads one observance's properties; null when its offsets do not read. */
export function readObservance(props: ReadonlyMap<string, string>, rdates: readonly string[]): Observance | null {
  const from = parseOffset(props.get("TZOFFSETFROM") ?? "");
  const to = parseOffset(props.get("TZOFFSETTO") ?? "");
  const start = parseDateTimeValue(props.get("DTSTART") ?? "");
  if (from === null || to === null || start === null) return null;
  let rule: Observance["rule"] = null;
  const rrule = props.get("RRULE");
  if (rrule !== undefined) {
    const parts = new Map(rrule.split(";").map((p) => p.split("=") as [string, string]));
    const month = Number(parts.get("BYMONTH"));
    const byday = /^([+-]?\d)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(parts.get("BYDAY") ?? "");
    if (parts.get("FREQ") === "YEARLY" && month >= 1 && month <= 12 && byday) {
      const untilText = parts.get("UNTIL");
      const until = untilText ? parseDateTimeValue(untilText) : null;
      rule = { month, nth: byday[1] ? Number(byday[1]) : 1, weekday: WEEKDAYS.indexOf(byday[2] as (typeof WEEKDAYS)[number]), until: until ? until.ms : Infinity };
    } else return null;
  }
  const walls: number[] = [];
  for (const r of rdates) {
    for (const v of r.split(",")) {
      const d = parseDateTimeValue(v);
      if (d) walls.push(d.ms);
    }
  }
  return { start: start.ms, from, to, rule, rdates: walls };
}

/**
 * The zone a TZID names: IANA, Windows, else the file's VTIMEZONE of that id; null when none
 * knows it (the caller reports it and does not guess).
 */
export function resolveTzid(tzid: string, own: ReadonlyMap<string, OffsetOf>): EventZone | null {
  let known = named.get(tzid);
  if (known === undefined) {
    // Kept past the file: the key and the name are copies, not views of the file's text.
    const name = ownString(tzid.trim());
    known = knownZone(name);
    if (named.size > 500) named.clear();
    named.set(ownString(tzid), known);
  }
  if (known !== null) return known;
  const name = tzid.trim();
  const vtz = own.get(name);
  return vtz ? { kind: "zone", name: ownString(name), offset: vtz } : null;
}

// Every event of a file names its zone again: the names known without the file are looked up once.
const named = new Map<string, EventZone | null>();

function knownZone(name: string): EventZone | null {
  if (name === "UTC" || name === "GMT" || name === "Z") return UTC;
  if (isValidZone(name)) return { kind: "zone", name, offset: offsetAt };
  const win = windowsZone(name);
  if (win !== null && isValidZone(win)) return { kind: "zone", name: win, offset: offsetAt };
  if (name.startsWith("/") || name.includes("/")) {
    const parts = name.split("/");
    for (let k = Math.max(1, parts.length - 3); k < parts.length; k++) {
      const tail = parts.slice(k).join("/");
      if (tail.includes("/") && isValidZone(tail)) return { kind: "zone", name: tail, offset: offsetAt };
    }
  }
  return null;
}

/** The instant of a wall time in an event's zone (floating: the user's); a skipped time moves forward. */
export function instantOf(wall: number, zone: EventZone, userZone: string): number {
  if (zone.kind === "utc") return wall;
  if (zone.kind === "floating") return wallToInstant(wall, userZone, AS_CLOCKS);
  return wallToInstant(wall, zone.name, AS_CLOCKS, zone.offset);
}

/** The wall time of an instant in an event's zone (floating: the user's). */
export function wallOf(ms: number, zone: EventZone, userZone: string): number {
  if (zone.kind === "utc") return ms;
  if (zone.kind === "floating") return ms + offsetAt(userZone, ms) * MINUTE;
  return ms + zone.offset(zone.name, ms) * MINUTE;
}
