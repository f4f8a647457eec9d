// Time entries → CSV with the columns of Toggl Track's detailed report, so that tools that read a
// Toggl export (and Client Desk's own importer) read this file too. Times are local in the user's
// zone; Duration is HH:MM:SS, exact to the second between the two times written (which drop
// milliseconds), hours past 24 allowed.
//
// Columns: User, Email, Client, Project, Task, Description, Billable, Start date, Start time,
// End date, End time, Duration, Tags, Amount ().
// - Client: the client's display name; Project: the entry's task (a link's target, as text);
//   Task stays empty (in Toggl a task belongs to a project); Description: the entry's note.
// - Billable: Yes / No (`#non-billable`). Tags: the entry's block id as `^cd-…`, so that importing
//   the file back into the vault adds nothing. Amount stays empty: amounts depend on rounding,
//   retainers and currencies, which invoices work out; a plain Toggl export without rates has an
//   empty "Amount ()" column too.
// - Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a leading `'`.
// - Running timers (no end) are left out: they have no duration yet.

import { DateTime } from "luxon";
import type { Client, Entry } from "../shared/types";
import { writeCsv } from "./csv";
import { linkTarget } from "../notes/timed-line";
import { spreadsheetSafe } from "./import/formats";

const BLOCK_ID = /^[A-Za-z0-9-]+$/;

export const TOGGL_COLUMNS = [
  "User",
  "Email",
  "Client",
  "Project",
  "Task",
  "Description",
  "Billable",
  "Start date",
  "Start time",
  "End date",
  "End time",
  "Duration",
  "Tags",
  "Amount ()",
] as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The first instant of a calendar date (YYYY-MM-DD) in `zone`; null when it is not a date. */
export function dayStartMs(date: string, zone: string): number | null {
  const m = DATE.exec(date.trim());
  if (!m) return null;
  const d = DateTime.fromObject({ year: +m[1], month: +m[2], day: +m[3] }, { zone });
  if (!d.isValid || d.year !== +m[1] || d.month !== +m[2] || d.day !== +m[3]) return null;
  return d.startOf("day").toMillis();
}

/** The instant range [from, to) of the calendar days `from`…`to` (both included) in `zone`. */
export function dayRange(from: string, to: string, zone: string): { from: number; to: number } | null {
  const a = dayStartMs(from, zone);
  const m = DATE.exec(to.trim());
  if (a === null || !m) return null;
  const next = DateTime.fromObject({ year: +m[1], month: +m[2], day: +m[3] }, { zone });
  if (!next.isValid || next.day !== +m[3]) return null;
  const b = next.plus({ days: 1 }).startOf("day").toMillis();
  return b > a ? { from: a, to: b } : null;
}

/** HH:MM:SS of a duration in ms, whole seconds (rounded down), hours not wrapped at 24. */
export function durationText(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}

export interface ExportOptions {
  /** The user's zone: dates and times are written as local times there. */
  zone: string;
  /** The client of a key, for its display name. */
  client: (key: string) => Client | null;
  /** Written in the User column; empty by default. */
  user?: string;
}

/** The CSV row of one finished entry. */
export function exportRow(entry: Entry, options: ExportOptions): string[] {
  if (entry.end === null) throw new RangeError("a running entry has no duration");
  const start = DateTime.fromMillis(entry.start, { zone: options.zone });
  const end = DateTime.fromMillis(entry.end, { zone: options.zone });
  return [
    spreadsheetSafe(options.user ?? ""),
    "",
    spreadsheetSafe(options.client(entry.clientKey)?.name ?? entry.clientKey),
    spreadsheetSafe(entry.task === null ? "" : linkTarget(entry.task)),
    "",
    spreadsheetSafe(entry.note),
    entry.billable ? "Yes" : "No",
    start.toFormat("yyyy-MM-dd"),
    start.toFormat("HH:mm:ss"),
    end.toFormat("yyyy-MM-dd"),
    end.toFormat("HH:mm:ss"),
    // Whole seconds of the two times written, so Duration always agrees with them.
    durationText(Math.floor(entry.end / 1000) * 1000 - Math.floor(entry.start / 1000) * 1000),
    // Only a written block id: an entry without one has a made-up id that changes as lines move.
    BLOCK_ID.test(entry.id) ? `^${entry.id}` : "",
    "",
  ];
}

/** Finished entries as a Toggl-style CSV (header first, by start, CRLF line ends, no BOM). */
export function exportCsv(entries: readonly Entry[], options: ExportOptions): string {
  const rows: string[][] = [[...TOGGL_COLUMNS]];
  const finished = entries.filter((e) => e.end !== null).sort((a, b) => a.start - b.start || a.clientKey.localeCompare(b.clientKey));
  for (const e of finished) rows.push(exportRow(e, options));
  return writeCsv(rows);
}

/**
 * The entries to export: finished entries that start within [from, to), of one client or all.
 * `entries` is what the index gives for the range (entries overlapping it).
 */
export function entriesStartingIn(entries: readonly Entry[], from: number, to: number, clientKey?: string | null): Entry[] {
  return entries.filter((e) => e.end !== null && e.start >= from && e.start < to && (clientKey == null || e.clientKey === clientKey));
}

/** The first day of the month of `now` and the day of `now`, in `zone`, as YYYY-MM-DD. */
export function monthToDate(now: number, zone: string): { from: string; to: string } {
  const d = DateTime.fromMillis(now, { zone });
  return { from: d.startOf("month").toFormat("yyyy-MM-dd"), to: d.toFormat("yyyy-MM-dd") };
}

/**
 * The vault path of an export: `Exports/time-FROM-to-TO[ CLIENT].csv`, or with ` 2`, ` 3`… before
 * `.csv` for the `n`th try, so an existing file is never replaced.
 */
export function exportFileName(from: string, to: string, clientKey: string | null, n = 1): string {
  const base = `Exports/time-${from}-to-${to}${clientKey ? ` ${clientKey}` : ""}`;
  return `${base}${n > 1 ? ` ${n}` : ""}.csv`;
}
