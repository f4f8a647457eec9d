// The calendars' events in the week view: each occurrence cut at the VA's midnights into pieces
// placed like blocks (timed ones laid out in columns of their own; all-day ones drawn as a strip),
// and which blocks overlap a busy event. Pure.

import type { CalendarEvent } from "../calendar/calendar-file";
import type { EventItem } from "./week-model";
import { PIECE, type WeekGrid } from "./week-grid";
import { layout } from "./week-layout";

const MINUTE = 60_000;

export function eventItems(events: readonly CalendarEvent[], grid: WeekGrid): EventItem[] {
  const out: EventItem[] = [];
  const cut = new Float64Array(7 * PIECE);
  for (const e of events) {
    // A zero-length event (a reminder, a deadline) is drawn as a quarter of an hour.
    const end = e.end > e.start ? e.end : e.start + 15 * MINUTE;
    const pieces = grid.cut(e.start, end, cut);
    for (let p = 0; p < pieces * PIECE; p += PIECE) {
      out.push({
        day: cut[p],
        start: cut[p + 1],
        end: cut[p + 2],
        top: cut[p + 3],
        bottom: cut[p + 4],
        minutes: (cut[p + 2] - cut[p + 1]) / MINUTE,
        column: 0,
        columns: 1,
        title: e.title,
        calendar: e.calendar,
        file: e.file,
        line: e.line,
        eventStart: e.start,
        eventEnd: e.end,
        allDay: e.allDay,
        busy: e.busy,
      });
    }
  }
  const timed = out.filter((e) => !e.allDay);
  layout(timed);
  return [...out.filter((e) => e.allDay), ...timed];
}

/** A test of whether [start, end) overlaps a busy event; the events sorted by start. */
export function busyTest(events: readonly CalendarEvent[]): (start: number, end: number) => boolean {
  const busy = events.filter((e) => e.busy && e.end > e.start);
  if (busy.length === 0) return () => false;
  return (start, end) => {
    for (const e of busy) {
      if (e.start >= end) return false;
      if (e.end > start) return true;
    }
    return false;
  };
}
