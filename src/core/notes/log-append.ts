// Writing to a log note: a new month note, one appended line, and the canonical text of a new
// entry. Pure text in, text out: no Obsidian, no node:. The plugin and the CLI both write through
// these, so a note reads the same whichever wrote it.

import { linkTo, sanitizeInline, serializeTimedLine } from "./timed-line";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * The text of a new monthly log note (docs/vault-format.md): frontmatter, a heading, a blank line.
 * `clientKey` is the client's folder name; `month` is "YYYY-MM".
 */
export function newLogNote(clientKey: string, month: string): string {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`not a month: ${month}`);
  const key = clientKey.replace(/[\r\n]+/g, " ").trim();
  const heading = `${MONTH_NAMES[+m[2] - 1]} ${m[1]}`;
  // JSON text is a valid YAML double-quoted scalar; for a safe folder name it is just "[[key]]".
  return `---\ntype: client-log\nclient: ${JSON.stringify(linkTo(key))}\nmonth: ${month}\n---\n# ${key} — ${heading}\n\n`;
}

/**
 * `text` with `line` added as its last line. A line break goes before it only when the text does
 * not already end with one; the new line ends with the note's own line break (CRLF when the note
 * uses CRLF). Every byte of `text` is kept: the result always starts with `text`.
 */
export function appendLine(text: string, line: string): string {
  const clean = line.replace(/[\r\n]+$/, "");
  if (/[\r\n]/.test(clean)) throw new RangeError("appendLine takes a single line");
  const eol = usesCrlf(text) ? "\r\n" : "\n";
  if (text === "") return clean + eol;
  const sep = text.endsWith("\n") ? "" : eol;
  return text + sep + clean + eol;
}

function usesCrlf(text: string): boolean {
  const i = text.indexOf("\n");
  return i > 0 && text[i - 1] === "\r";
}

export interface EntryInput {
  /** Block id without the caret, e.g. from newEntryId(). */
  id: string;
  /** Epoch ms and the UTC offset (minutes east) to write it with. */
  start: number;
  startOffset: number;
  /** Null or absent for a running timer. */
  end?: number | null;
  endOffset?: number | null;
  /** A task name or text; becomes `[[task]]` when `taskAsLink` is true. */
  task?: string | null;
  taskAsLink?: boolean;
  note?: string | null;
  /** Defaults to true; false adds the `#non-billable` tag. */
  billable?: boolean;
  device?: string | null;
}

/**
 * The canonical line of a new entry. Task, note and device are made safe for one line and for
 * the field grammar (no line breaks, no brackets that would end a field).
 */
export function entryLine(input: EntryInput): string {
  if (!/^[A-Za-z0-9-]+$/.test(input.id)) throw new RangeError(`not a block id: ${input.id}`);
  const end = input.end ?? null;
  if (end !== null && end <= input.start) throw new RangeError("end must be after start");
  const task = input.task == null ? "" : sanitizeInline(input.task);
  const device = input.device == null ? "" : sanitizeInline(input.device);
  return serializeTimedLine({
    start: input.start,
    startOffset: input.startOffset,
    end,
    endOffset: end === null ? null : (input.endOffset ?? input.startOffset),
    task: task === "" ? null : input.taskAsLink ? linkTo(task) : task,
    client: null,
    device: device === "" ? null : device,
    text: input.note == null ? "" : sanitizeInline(input.note).replace(/\s+/g, " "),
    billable: input.billable ?? true,
    id: input.id,
  });
}
