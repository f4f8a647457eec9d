// Events written as an .ics file every calendar app imports: VCALENDAR with PRODID and VERSION:2.0,
// times in UTC (no VTIMEZONE needed), text escaped, lines folded at 75 octets, CRLF endings. A UID
// names the same event on every export, so importing the file again updates rather than duplicates.

import { escapeText, icsText } from "./ics-text";
import { utcStamp } from "./ics-values";

export const PRODID = "-//Client Desk//Client Desk for Obsidian//EN";

export interface IcsEvent {
  uid: string;
  start: number;
  end: number;
  summary: string;
  description?: string;
}

export interface IcsCalendar {
  /** X-WR-CALNAME: what Google and Apple name an imported or subscribed calendar. */
  name: string;
  /** PUBLISH for a plan; REQUEST for an invitation. */
  method: "PUBLISH" | "REQUEST";
  /** DTSTAMP of every event: when the file was written. */
  now: number;
  events: readonly IcsEvent[];
  /** mailto: of the organizer, for an invitation. */
  organizer?: string;
}

export function calendarText(c: IcsCalendar): string {
  const lines = ["BEGIN:VCALENDAR", `PRODID:${PRODID}`, "VERSION:2.0", "CALSCALE:GREGORIAN", `METHOD:${c.method}`, `X-WR-CALNAME:${escapeText(c.name)}`];
  const stamp = utcStamp(c.now);
  // Apps apply an update to an event they hold when its SEQUENCE is higher: minutes since 2020.
  const sequence = Math.max(0, Math.floor((c.now - Date.UTC(2020, 0, 1)) / 60_000));
  for (const e of c.events) {
    lines.push("BEGIN:VEVENT", `UID:${e.uid}`, `DTSTAMP:${stamp}`, `DTSTART:${utcStamp(e.start)}`, `DTEND:${utcStamp(e.end)}`, `SEQUENCE:${sequence}`, `SUMMARY:${escapeText(e.summary)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (c.organizer) lines.push(`ORGANIZER:${c.organizer}`);
    lines.push("STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return icsText(lines);
}

/** A UID part from any text: FNV-1a, hex; the same text always gives the same part. */
export function uidHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
