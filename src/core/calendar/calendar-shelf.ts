// The vault's calendar files by path: each read once per change (CalendarFile), and the events of
// a range asked for expanded from all of them, kept for the last few ranges until a file changes
// (the planner redraws the same week every minute).

import type { Diagnostic } from "../shared/types";
import { append } from "../shared/append";
import { CalendarFile, type CalendarEvent } from "./calendar-file";

const KEPT_RANGES = 8;

export class CalendarShelf {
  private readonly files = new Map<string, CalendarFile>();
  private kept = new Map<string, readonly CalendarEvent[]>();

  set(path: string, text: string): void {
    this.files.set(path, new CalendarFile(path, text));
    this.kept.clear();
  }

  /** True when the path was on the shelf. */
  delete(path: string): boolean {
    this.kept.clear();
    return this.files.delete(path);
  }

  get size(): number {
    return this.files.size;
  }

  /** Every file's occurrences overlapping [from, to), by start; floating times in `zone`. Shared: read only. */
  eventsBetween(from: number, to: number, zone: string): readonly CalendarEvent[] {
    const key = `${from}|${to}|${zone}`;
    let events = this.kept.get(key);
    if (events === undefined) {
      const all: CalendarEvent[] = [];
      for (const file of this.files.values()) append(all, file.eventsBetween(from, to, zone));
      all.sort((a, b) => a.start - b.start || a.end - b.end || (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
      events = all;
      if (this.kept.size >= KEPT_RANGES) this.kept.clear();
      this.kept.set(key, events);
    }
    return events;
  }

  diagnostics(): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const file of this.files.values()) append(out, file.diagnostics);
    return out;
  }
}
