// One list item of a log or plan note: inline fields, free text, a block id.
// See docs/vault-format.md. Parsing never changes the text; serializing writes the canonical form.

import type { DiagnosticCode } from "../shared/types";
import { formatInstant, parseInstant } from "../shared/instant";
import { newScan, scanLine } from "./timed-line-fast";

export const NON_BILLABLE_TAG = "#non-billable";
const KNOWN_FIELDS = new Set(["start", "end", "task", "device", "client"]);
const LIST_ITEM = /^\s*[-*+] /;
// A field value may hold wikilinks, whose brackets must not end the field. The value starts with
// a non-blank and is read greedily, its trailing blanks trimmed in code: letting blanks fall to
// either side made a long `[start::` line without its `]` take cubic time.
const FIELD = /\[([A-Za-z][\w-]*)::[ \t]*((?:(?:\[\[[^\]\n]*\]\]|[^\][\n \t])(?:\[\[[^\]\n]*\]\]|[^\][\n])*)?)\]/g;
const BLOCK_ID = /[ \t]\^([A-Za-z0-9-]+)[ \t]*$/;
/**
 * What is left of a line after its fields are read and that looks like a mistyped field, in any
 * case and with blanks around the name: a known name after `[` with one or two colons (`[End:: …]`,
 * `[end: …]`, `[ end:: …]`, a `[end:: …` missing its `]`), or with two colons after `(` or bare
 * (`(end:: …)`, `end:: …`). Such a line is refused, never read as a running
 * timer that the next start would "stop".
 */
const NEAR_MISS = /(?:(?<!\[)\[[ \t]*(start|end|task|device|client)[ \t]*::?|(?:\([ \t]*|(?<![\w-]))(start|end|task|device|client)[ \t]*::)/i;
const TAG = /(^|\s)#non-billable(?=\s|$)/g;

export interface TimedLine {
  start: number;
  startOffset: number;
  end: number | null;
  endOffset: number | null;
  task: string | null;
  client: string | null;
  device: string | null;
  /** Free text without the fields, the block id and the non-billable tag. */
  text: string;
  billable: boolean;
  id: string | null;
}

export type LineResult =
  | { kind: "timed"; line: TimedLine }
  /** Not a list item: headings, paragraphs, blank lines. Kept silently. */
  | { kind: "other" }
  /** A list item with no `start` field: typed by hand, kept and reported. */
  | { kind: "freehand" }
  | { kind: "bad"; code: DiagnosticCode; field?: string; value?: string };

export function parseTimedLine(raw: string): LineResult {
  if (raw.startsWith("- [")) {
    const fast = fastTimedLine(raw);
    if (fast !== null) return { kind: "timed", line: fast };
  }
  if (!LIST_ITEM.test(raw)) return { kind: "other" };
  if (!raw.includes("[start::")) return nearMiss(raw) ?? (BLOCK_ID.test(raw) ? { kind: "bad", code: "entry-malformed", field: "start" } : { kind: "freehand" });
  const body = raw.replace(LIST_ITEM, "");
  const fields = new Map<string, string>();
  let duplicate: string | null = null;
  const rest = body.replace(FIELD, (all, key: string, written: string) => {
    if (!KNOWN_FIELDS.has(key)) return all;
    let cut = written.length;
    while (cut > 0 && (written[cut - 1] === " " || written[cut - 1] === "\t")) cut--;
    const value = written.slice(0, cut);
    if (fields.has(key)) duplicate = key;
    fields.set(key, value);
    return "";
  });
  if (duplicate !== null) return { kind: "bad", code: "entry-malformed", field: duplicate };
  const startText = fields.get("start");
  if (startText === undefined) return { kind: "bad", code: "entry-malformed", field: "start" };
  const miss = nearMiss(rest);
  if (miss !== null) return miss;
  const start = parseInstant(startText);
  if (!start) return { kind: "bad", code: "entry-time-invalid", field: "start", value: startText };
  let end: ReturnType<typeof parseInstant> = null;
  const endText = fields.get("end");
  if (endText !== undefined && endText !== "") {
    end = parseInstant(endText);
    if (!end) return { kind: "bad", code: "entry-time-invalid", field: "end", value: endText };
    if (end.ms <= start.ms) {
      return { kind: "bad", code: "entry-end-before-start", field: "end", value: endText };
    }
  }
  let text = rest;
  let id: string | null = null;
  const idMatch = BLOCK_ID.exec(text);
  if (idMatch) {
    id = idMatch[1];
    text = text.slice(0, idMatch.index);
  }
  let billable = true;
  if (text.includes(NON_BILLABLE_TAG)) {
    const stripped = text.replace(TAG, "$1");
    if (stripped !== text) {
      billable = false;
      text = stripped;
    }
  }
  return {
    kind: "timed",
    line: {
      start: start.ms,
      startOffset: start.offset,
      end: end ? end.ms : null,
      endOffset: end ? end.offset : null,
      task: emptyToNull(fields.get("task")),
      client: emptyToNull(fields.get("client")),
      device: emptyToNull(fields.get("device")),
      text: text.replace(/\s+/g, " ").trim(),
      billable,
      id,
    },
  };
}

/** A mistyped field in `text` as a refusal naming the field and what was written; null when none. */
function nearMiss(text: string): LineResult | null {
  const m = NEAR_MISS.exec(text);
  if (m === null) return null;
  const field = (m[1] ?? m[2]).toLowerCase();
  return { kind: "bad", code: "entry-near-miss", field, value: text.slice(m.index, m.index + 40).trim() };
}

function emptyToNull(v: string | undefined): string | null {
  return v === undefined || v === "" ? null : v;
}

/** The canonical text of a line; parseTimedLine gives the same values back. */
export function serializeTimedLine(l: TimedLine): string {
  const parts = [`- [start:: ${formatInstant(l.start, l.startOffset)}]`];
  if (l.end !== null) parts.push(`[end:: ${formatInstant(l.end, l.endOffset ?? l.startOffset)}]`);
  if (l.client !== null) parts.push(`[client:: ${l.client}]`);
  if (l.task !== null) parts.push(`[task:: ${l.task}]`);
  if (l.device !== null) parts.push(`[device:: ${l.device}]`);
  if (l.text !== "") parts.push(l.text);
  if (!l.billable) parts.push(NON_BILLABLE_TAG);
  if (l.id !== null) parts.push(`^${l.id}`);
  return parts.join(" ");
}

/** Text safe inside a field value or the free text: no line breaks, no field brackets, no `::`. */
export function sanitizeInline(text: string): string {
  return text
    .replace(/[\r\n]+/g, " ")
    .replace(/[[\]]/g, (c) => (c === "[" ? "(" : ")"))
    .replace(/:{2,}/g, ":")
    .trim();
}

/** A wikilink to a note or a task name, for the `task` and `client` fields. */
export function linkTo(name: string): string {
  return `[[${name.replace(/[[\]|#^]/g, "")}]]`;
}

/** How a task reads: `[[Target|Alias]]` → `Alias`, `[[Target]]` → `Target`; plain text as is. */
export function linkLabel(task: string): string {
  const m = /^\[\[([^\]|#]*)(?:[|#]([^\]]*))?\]\]$/.exec(task.trim());
  if (!m) return task;
  return (m[2] ?? m[1]).trim();
}

/** `[[Target|Alias]]` → `Target`; plain text is returned as is. */
export function linkTarget(value: string): string {
  const m = /^\[\[([^\]|#]*)(?:[#|][^\]]*)?\]\]$/.exec(value.trim());
  return m ? m[1].trim() : value.trim();
}

const ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** A new block id; `random` is injectable so tests and the demo are reproducible. */
export function newEntryId(random: () => number = Math.random): string {
  let s = "cd-";
  for (let i = 0; i < 8; i++) s += ID_ALPHABET[Math.floor(random() * 36) % 36];
  return s;
}

const single = newScan();

/** A whole line that starts with "- [", as a TimedLine, or null for the full parser. */
export function fastTimedLine(raw: string): TimedLine | null {
  if (!scanLine(raw, 0, raw.length, single)) return null;
  const l = single;
  return {
    start: l.start,
    startOffset: l.startOffset,
    end: Number.isNaN(l.end) ? null : l.end,
    endOffset: Number.isNaN(l.end) ? null : l.endOffset,
    task: l.task === "" ? null : l.task,
    client: l.client === "" ? null : l.client,
    device: l.device === "" ? null : l.device,
    text: l.text,
    billable: l.billable,
    id: l.hasId ? l.id : null,
  };
}
