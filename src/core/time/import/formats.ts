// The detailed-report CSV exports of Toggl Track and Clockify: their columns and their date, time
// and duration formats (docs/import.md).
//
// Toggl Track, Reports → Detailed → Export → CSV:
//   User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,
//   Duration,Tags,Amount (USD)
//   dates YYYY-MM-DD, times HH:MM:SS (24-hour), Duration HH:MM:SS (hours may pass 24), Billable
//   Yes/No, local times in the Toggl profile's time zone.
// Clockify, Reports → Detailed → Export → Save as CSV:
//   Project,Client,Description,Task,User,Group,Email,Tags,Billable,Start Date,Start Time,End Date,
//   End Time,Duration (h),Duration (decimal),Billable Rate (USD),Billable Amount (USD)
//   dates in the workspace's format (MM/DD/YYYY, DD/MM/YYYY, DD.MM.YYYY, DD-MM-YYYY, MM-DD-YYYY,
//   YYYY-MM-DD), times 12-hour ("02:15:00 PM", "2:15 PM") or 24-hour, Duration (h) HH:MM:SS.

export type ImportTool = "toggl" | "clockify";
export const IMPORT_TOOLS: readonly ImportTool[] = ["toggl", "clockify"];

/** The fields the importer reads; each is found by one of its column names (any letter case). */
export type ColumnKey =
  | "user"
  | "email"
  | "client"
  | "project"
  | "task"
  | "description"
  | "billable"
  | "startDate"
  | "startTime"
  | "endDate"
  | "endTime"
  | "duration"
  /** Optional: Client Desk's own export puts an entry's block id here (`^cd-…`). */
  | "tags";

export interface ToolFormat {
  tool: ImportTool;
  /** The tool's column name of each field, as the tool writes it. */
  columns: Record<ColumnKey, string>;
  /** Fields whose column must be present. */
  required: readonly ColumnKey[];
}

const REQUIRED: readonly ColumnKey[] = ["client", "description", "billable", "startDate", "startTime", "endDate", "endTime"];

export const FORMATS: Record<ImportTool, ToolFormat> = {
  toggl: {
    tool: "toggl",
    columns: {
      user: "User",
      email: "Email",
      client: "Client",
      project: "Project",
      task: "Task",
      description: "Description",
      billable: "Billable",
      startDate: "Start date",
      startTime: "Start time",
      endDate: "End date",
      endTime: "End time",
      duration: "Duration",
      tags: "Tags",
    },
    required: REQUIRED,
  },
  clockify: {
    tool: "clockify",
    columns: {
      user: "User",
      email: "Email",
      client: "Client",
      project: "Project",
      task: "Task",
      description: "Description",
      billable: "Billable",
      startDate: "Start Date",
      startTime: "Start Time",
      endDate: "End Date",
      endTime: "End Time",
      duration: "Duration (h)",
      tags: "Tags",
    },
    required: REQUIRED,
  },
};

function norm(name: string): string {
  return name.replace(/^\ufeff/, "").trim().toLowerCase();
}

/** Where each field is in `header` (−1 when absent), and the required columns that are missing. */
export function mapColumns(header: readonly string[], tool: ImportTool): { index: Record<ColumnKey, number>; missing: string[] } {
  const format = FORMATS[tool];
  const names = header.map(norm);
  const index = {} as Record<ColumnKey, number>;
  const missing: string[] = [];
  for (const key of Object.keys(format.columns) as ColumnKey[]) {
    index[key] = names.indexOf(norm(format.columns[key]));
    if (index[key] === -1 && format.required.includes(key)) missing.push(format.columns[key]);
  }
  return { index, missing };
}

/**
 * The tool that wrote a header row, or null. Toggl writes "Start date", "Duration" and
 * "Amount (…)"; Clockify "Start Date", "Duration (h)", "Duration (decimal)" and "Group". Only a
 * header with every required column of exactly one tool is recognised.
 */
export function detectTool(header: readonly string[]): ImportTool | null {
  const exact = new Set(header.map((h) => h.replace(/^\ufeff/, "").trim()));
  const names = new Set(header.map(norm));
  const complete = IMPORT_TOOLS.filter((t) => mapColumns(header, t).missing.length === 0);
  if (complete.length === 0) return null;
  const clockifyMarks = ["Duration (h)", "Duration (decimal)", "Group", "Start Date"].filter((c) => exact.has(c)).length;
  const togglMarks = ["Start date", "End date", "Duration"].filter((c) => exact.has(c)).length + (header.some((h) => /^amount \(/i.test(h.trim())) ? 1 : 0);
  if (names.has("duration (h)") || names.has("duration (decimal)")) return "clockify";
  if (clockifyMarks > togglMarks) return "clockify";
  if (togglMarks > clockifyMarks) return "toggl";
  return null;
}

// ---------------------------------------------------------------------------------------------
// Dates, times, durations

export type DateOrder = "ymd" | "mdy" | "dmy";

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASH_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;

/** A date in `order` (ISO YYYY-MM-DD is read whatever the order); null when it is not one. */
export function parseDate(text: string, order: DateOrder): CalendarDate | null {
  const t = text.trim();
  const iso = ISO_DATE.exec(t);
  if (iso) return { year: +iso[1], month: +iso[2], day: +iso[3] };
  if (order === "ymd") return null;
  const m = SLASH_DATE.exec(t);
  if (!m) return null;
  const a = +m[1];
  const b = +m[3];
  return order === "mdy" ? { year: +m[4], month: a, day: b } : { year: +m[4], month: b, day: a };
}

/**
 * What the dates of a file say about their order: "ymd" when all are ISO, "mdy"/"dmy" when a
 * first or second number above 12 settles it, "either" when every date reads the same both ways
 * (03/03/2026), "ambiguous" when the file cannot tell, "conflict" when it says both.
 */
export function detectDateOrder(dates: Iterable<string>): DateOrder | "either" | "ambiguous" | "conflict" {
  let mdy = false;
  let dmy = false;
  let differs = false;
  let slashed = false;
  for (const raw of dates) {
    const m = SLASH_DATE.exec(raw.trim());
    if (!m) continue;
    slashed = true;
    const a = +m[1];
    const b = +m[3];
    if (a > 12) dmy = true;
    if (b > 12) mdy = true;
    if (a !== b) differs = true;
  }
  if (!slashed) return "ymd";
  if (mdy && dmy) return "conflict";
  if (mdy) return "mdy";
  if (dmy) return "dmy";
  return differs ? "ambiguous" : "either";
}

export interface ClockTime {
  hour: number;
  minute: number;
  second: number;
  /** True when the text had seconds; false when it was minutes only. */
  seconds: boolean;
}

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?\s*[Mm]\.?)?$/;

/** "14:05:09", "9:05", "02:05:09 PM", "2:05 pm", "12:00 AM"; null when it is not a time. */
export function parseClock(text: string): ClockTime | null {
  const m = TIME.exec(text.trim());
  if (!m) return null;
  let hour = +m[1];
  const minute = +m[2];
  const second = m[3] === undefined ? 0 : +m[3];
  if (minute > 59 || second > 59) return null;
  if (m[4] !== undefined) {
    if (hour < 1 || hour > 12) return null;
    const pm = m[4] === "p" || m[4] === "P";
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (hour > 23) return null;
  return { hour, minute, second, seconds: m[3] !== undefined };
}

/** "01:30:00", "125:00:05" → milliseconds; null for anything else (decimal hours, "47 min"). */
export function parseDuration(text: string): number | null {
  const m = /^(\d+):([0-5]\d):([0-5]\d)$/.exec(text.trim());
  if (!m) return null;
  return ((+m[1] * 60 + +m[2]) * 60 + +m[3]) * 1000;
}

/** Yes/No as the tools write it (also true/false, 1/0); null for anything else. Empty is null. */
export function parseBillable(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (t === "yes" || t === "true" || t === "1" || t === "y") return true;
  if (t === "no" || t === "false" || t === "0" || t === "n") return false;
  return null;
}

/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a
 * formula; the export writes such text with a leading `'` (which spreadsheets hide), and the import
 * takes that `'` off again.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function spreadsheetSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function fromSpreadsheetSafe(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** The block id Client Desk's export writes in the Tags column (`^cd-k3j9x2ma`); null when none. */
export function taggedId(tags: string): string | null {
  const m = /(?:^|[\s,])\^([A-Za-z0-9-]+)(?=$|[\s,])/.exec(tags);
  return m ? m[1] : null;
}
