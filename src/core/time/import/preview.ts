// A Toggl Track or Clockify detailed-report CSV → what importing it would add to the vault: the
// entries per client, the client names with no client in the vault, the rows already imported,
// and every row that cannot be read, with its line and column. Nothing is written here.

import type { Client } from "../../shared/types";
import type { EntryInput } from "../../notes/log-append";
import type { VaultIndex } from "../../index/vault-index";
import { parseCsv, type CsvTable } from "../csv";
import {
  detectDateOrder,
  detectTool,
  FORMATS,
  fromSpreadsheetSafe,
  mapColumns,
  parseBillable,
  parseClock,
  parseDate,
  parseDuration,
  taggedId,
  type ColumnKey,
  type DateOrder,
  type ImportTool,
} from "./formats";
import { importId, sourceKeyText } from "./ids";
import { cachedOffset, localInstants, wallTime } from "./local-time";

export type ImportProblemCode =
  | "columns-count"
  | "value-missing"
  | "date-invalid"
  | "time-invalid"
  | "time-gap"
  | "end-not-after-start"
  | "duration-mismatch"
  | "billable-invalid";

/** One row that is not imported: its line in the file, the column, and why. */
export interface ImportProblem {
  /** 1-based line of the file where the row starts. */
  line: number;
  /** The column's name as the file writes it; null for the row as a whole. */
  field: string | null;
  code: ImportProblemCode;
  params: Record<string, string | number>;
}

/** A whole file that cannot be imported. */
export type ImportErrorCode = "empty" | "columns-missing" | "tool-mismatch" | "date-order-ambiguous" | "date-order-conflict";

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = "ImportError";
  }
}

/** An entry to write: the line's fields, its client, and the row it came from. */
export interface ImportEntry extends EntryInput {
  clientKey: string;
  /** 1-based line of the source row in the CSV file. */
  line: number;
  end: number;
  endOffset: number;
}

export interface ClientSummary {
  clientKey: string;
  name: string;
  /** New entries for this client. */
  count: number;
  /** Their raw time, and the part of it that is billable. */
  ms: number;
  billableMs: number;
}

export interface ImportPreview {
  tool: ImportTool;
  /** The zone the file's local times were read in. */
  zone: string;
  /** The date order used: "ymd" for ISO dates, "either" when every date reads the same both ways. */
  dateOrder: DateOrder | "either";
  /** Data rows in the file (blank lines not counted). */
  rows: number;
  perClient: ClientSummary[];
  /** Client names of the file with no client in the vault (empty text: rows without a client). */
  unmatchedClients: string[];
  /** Rows left out because their client is not in the vault. */
  unmatchedRows: number;
  /** Rows already in the vault (same id) or repeated in the file. */
  duplicates: number;
  /** Rows that cannot be read (a row may have more than one problem). */
  problemRows: number;
  problems: ImportProblem[];
  /** The new entries, by start. */
  entries: ImportEntry[];
}

/** What the importer asks of the vault. */
export interface ImportTarget {
  findClient(name: string): Client | null;
  /** True when an entry with this block id is already in the vault. */
  hasEntry(id: string): boolean;
}

/** The target of a VaultIndex; the ids are collected once, on first use. */
export function targetFromIndex(index: Pick<VaultIndex, "findClient" | "entriesBetween">): ImportTarget {
  let ids: Set<string> | null = null;
  return {
    findClient: (name) => index.findClient(name),
    hasEntry(id) {
      ids ??= new Set(index.entriesBetween(-Infinity, Infinity).map((e) => e.id));
      return ids.has(id);
    },
  };
}

export interface ImportOptions {
  tool: ImportTool;
  /** The IANA zone the file's local times are in (the tool's profile zone; usually yours). */
  zone: string;
  /** Your zone: each line is written with its offset at that instant. Default: `zone`. */
  userZone?: string;
  /** The order of Clockify's numeric dates, when the file alone cannot tell. */
  dateOrder?: "mdy" | "dmy";
  /** Whether a task note of this name exists for the client: the task is then written as a link. */
  taskNoteExists?: (task: string, client: Client) => boolean;
}

/** What a file is, before asking anything: the tool its header shows and the order of its dates. */
export interface CsvInspection {
  tool: ImportTool | null;
  dateOrder: ReturnType<typeof detectDateOrder>;
  rows: number;
}

export function inspectCsv(table: CsvTable): CsvInspection {
  const header = table.rows[0] ?? [];
  const tool = detectTool(header);
  const rows = dataRows(table).length;
  return { tool, dateOrder: tool === null ? "ymd" : dateOrderOf(table, tool), rows };
}

function isBlank(row: readonly string[]): boolean {
  return row.length === 1 && row[0].trim() === "";
}

function dataRows(table: CsvTable): number[] {
  const out: number[] = [];
  for (let i = 1; i < table.rows.length; i++) if (!isBlank(table.rows[i])) out.push(i);
  return out;
}

function dateOrderOf(table: CsvTable, tool: ImportTool): ReturnType<typeof detectDateOrder> {
  const { index } = mapColumns(table.rows[0] ?? [], tool);
  const dates: string[] = [];
  for (let i = 1; i < table.rows.length; i++) {
    const row = table.rows[i];
    if (index.startDate >= 0 && row[index.startDate] !== undefined) dates.push(row[index.startDate]);
    if (index.endDate >= 0 && row[index.endDate] !== undefined) dates.push(row[index.endDate]);
  }
  return detectDateOrder(dates);
}

/** "1:02:03" for a duration, for messages. */
export function clockDuration(ms: number): string {
  const sign = ms < 0 ? "-" : "";
  const s = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${sign}${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

/** Reads CSV text and previews its import. Throws CsvError or ImportError for a whole bad file. */
export function previewImport(text: string, target: ImportTarget, options: ImportOptions): ImportPreview {
  return previewTable(parseCsv(text), target, options);
}

/** Previews the import of a parsed CSV table (see previewImport). */
export function previewTable(table: CsvTable, target: ImportTarget, options: ImportOptions): ImportPreview {
  const { tool, zone } = options;
  const userZone = options.userZone ?? zone;
  const header = table.rows[0];
  if (!header || (header.length === 1 && header[0].trim() === "")) throw new ImportError("empty");
  const format = FORMATS[tool];
  const { index, missing } = mapColumns(header, tool);
  if (missing.length > 0) throw new ImportError("columns-missing", { columns: missing.join(", "), tool });
  // The id of an entry depends on the tool: reading one tool's file as the other's would import
  // it a second time under other ids.
  const detectedTool = detectTool(header);
  if (detectedTool !== null && detectedTool !== tool) throw new ImportError("tool-mismatch", { tool, detected: detectedTool });

  const detected = dateOrderOf(table, tool);
  let dateOrder: DateOrder | "either";
  if (options.dateOrder) dateOrder = detected === "ymd" ? "ymd" : options.dateOrder;
  else if (detected === "ambiguous") throw new ImportError("date-order-ambiguous");
  else if (detected === "conflict") throw new ImportError("date-order-conflict");
  else dateOrder = detected;
  const readOrder: DateOrder = dateOrder === "either" ? "mdy" : dateOrder;

  const name = (key: ColumnKey) => (index[key] >= 0 ? header[index[key]].replace(/^\ufeff/, "").trim() : format.columns[key]);
  const problems: ImportProblem[] = [];
  const entries: ImportEntry[] = [];
  const unmatched = new Map<string, number>();
  let unmatchedRows = 0;
  let duplicates = 0;
  let rows = 0;
  /** Ids given in this file → the row key that got each. */
  const given = new Map<string, string>();

  // The row being read; the helpers below read it (defined once, not per row: 50 000 rows).
  let row: string[] = [];
  let line = 0;
  const problem = (code: ImportProblemCode, field: ColumnKey | null, params: Record<string, string | number> = {}) =>
    problems.push({ line, field: field === null ? null : name(field), code, params });
  const get = (key: ColumnKey) => (index[key] >= 0 ? fromSpreadsheetSafe(row[index[key]]) : "");
  const readInstants = (dateText: string, timeText: string, dateKey: ColumnKey, timeKey: ColumnKey) => {
    if (dateText.trim() === "") {
      problem("value-missing", dateKey);
      return null;
    }
    if (timeText.trim() === "") {
      problem("value-missing", timeKey);
      return null;
    }
    const date = parseDate(dateText, readOrder);
    const clock = parseClock(timeText);
    if (!clock) {
      problem("time-invalid", timeKey, { value: timeText.trim() });
      return null;
    }
    const wall = date ? wallTime(date.year, date.month, date.day, clock.hour, clock.minute, clock.second) : null;
    if (wall === null) {
      problem("date-invalid", dateKey, { value: dateText.trim(), format: dateFormatText(readOrder) });
      return null;
    }
    const instants = localInstants(wall, zone);
    if (instants.length === 0) {
      problem("time-gap", timeKey, { value: `${dateText.trim()} ${timeText.trim()}`, zone });
      return null;
    }
    return { instants, seconds: clock.seconds };
  };

  for (let r = 1; r < table.rows.length; r++) {
    row = table.rows[r];
    if (isBlank(row)) continue;
    rows++;
    line = table.lines[r];
    if (row.length !== header.length) {
      problem("columns-count", null, { found: row.length, expected: header.length });
      continue;
    }

    let billable = true;
    const billableText = get("billable").trim();
    if (billableText !== "") {
      const b = parseBillable(billableText);
      if (b === null) {
        problem("billable-invalid", "billable", { value: billableText });
        continue;
      }
      billable = b;
    }

    const start = readInstants(get("startDate"), get("startTime"), "startDate", "startTime");
    const end = readInstants(get("endDate"), get("endTime"), "endDate", "endTime");
    if (!start || !end) continue;
    const pairs: [number, number][] = [];
    for (const s of start.instants) for (const e of end.instants) if (e > s) pairs.push([s, e]);
    if (pairs.length === 0) {
      problem("end-not-after-start", "endTime", {
        start: `${get("startDate").trim()} ${get("startTime").trim()}`,
        end: `${get("endDate").trim()} ${get("endTime").trim()}`,
      });
      continue;
    }
    const durationText = get("duration").trim();
    const duration = parseDuration(durationText);
    let chosen = pairs[0];
    if (duration !== null) {
      const tolerance = start.seconds && end.seconds ? 0 : 60_000 - 1;
      const fits = pairs.find(([s, e]) => Math.abs(e - s - duration) <= tolerance);
      if (!fits) {
        problem("duration-mismatch", "duration", { computed: clockDuration(pairs[0][1] - pairs[0][0]), value: durationText, zone });
        continue;
      }
      chosen = fits;
    }
    const [s, e] = chosen;

    const clientName = get("client").trim();
    const client = clientName === "" ? null : target.findClient(clientName);
    if (!client) {
      unmatched.set(clientName, (unmatched.get(clientName) ?? 0) + 1);
      unmatchedRows++;
      continue;
    }

    // Line breaks inside a quoted description become spaces: an entry is one line.
    const description = get("description").replace(/\s+/g, " ").trim();
    const key = sourceKeyText({ tool, user: get("email").trim() || get("user").trim(), start: s, end: e, description });
    let id = "";
    let duplicate = false;
    // Client Desk's own export carries each entry's id: importing it back adds nothing.
    const own = taggedId(get("tags"));
    if (own !== null) {
      duplicate = given.has(own) || target.hasEntry(own);
      if (!duplicate) given.set(own, key);
      id = own;
    }
    for (let salt = 0; own === null; salt++) {
      const candidate = importId(key, salt);
      const owner = given.get(candidate);
      if (owner === key) {
        duplicate = true;
        break;
      }
      if (owner !== undefined) continue; // another row of this file hashed alike: try the next id
      if (target.hasEntry(candidate)) {
        duplicate = true;
        break;
      }
      given.set(candidate, key);
      id = candidate;
      break;
    }
    if (duplicate) {
      duplicates++;
      continue;
    }
    const task = get("task").trim() || get("project").trim();
    entries.push({
      id,
      clientKey: client.key,
      line,
      start: s,
      startOffset: cachedOffset(userZone, s),
      end: e,
      endOffset: cachedOffset(userZone, e),
      task: task === "" ? null : task,
      // A link only when it would resolve: a note of that name exists and no character is lost.
      taskAsLink: task !== "" && !/[[\]|#^]/.test(task) && (options.taskNoteExists?.(task, client) ?? false),
      note: description === "" ? null : description,
      billable,
    });
  }

  entries.sort((a, b) => a.start - b.start || a.line - b.line);
  const perClient = new Map<string, ClientSummary>();
  for (const en of entries) {
    let c = perClient.get(en.clientKey);
    if (!c) {
      const client = target.findClient(en.clientKey);
      perClient.set(en.clientKey, (c = { clientKey: en.clientKey, name: client?.name ?? en.clientKey, count: 0, ms: 0, billableMs: 0 }));
    }
    c.count++;
    c.ms += en.end - en.start;
    if (en.billable !== false) c.billableMs += en.end - en.start;
  }
  return {
    tool,
    zone,
    dateOrder,
    rows,
    perClient: [...perClient.values()].sort((a, b) => a.name.localeCompare(b.name)),
    unmatchedClients: [...unmatched.keys()].sort((a, b) => a.localeCompare(b)),
    unmatchedRows,
    duplicates,
    problemRows: new Set(problems.map((p) => p.line)).size,
    problems,
    entries,
  };
}

/** The way a date should look in this order, for messages. */
export function dateFormatText(order: DateOrder): string {
  return order === "mdy" ? "MM/DD/YYYY" : order === "dmy" ? "DD/MM/YYYY" : "YYYY-MM-DD";
}
