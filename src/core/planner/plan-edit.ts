// Writing to a weekly plan note: a new week note, the canonical line of a new block, and edits of
// one block's line (retime, delete). Pure text in, text out; the planner view, the weekly
// template, the slot finder and the CLI all write through these, so a plan note reads the same
// whichever wrote it.

import { linkTo, parseTimedLine, sanitizeInline, serializeTimedLine, type TimedLine } from "../notes/timed-line";
import { formatInstant } from "../shared/instant";
import { forEachBodyLine } from "../notes/note-lines";
import { appendLine } from "../notes/log-append";

const WEEK = /^(\d{4})-W(\d{2})$/;

/** The text of a new weekly plan note (docs/vault-format.md): frontmatter, a heading, a blank line. */
export function newPlanNote(week: string): string {
  const m = WEEK.exec(week);
  if (!m) throw new RangeError(`not an ISO week: ${week}`);
  return `---\ntype: plan\nweek: ${week}\n---\n# Week ${+m[2]}, ${m[1]}\n\n`;
}

export interface BlockInput {
  /** Block id without the caret, e.g. from newEntryId(). */
  id: string;
  /** The client's key (its folder name); written as a link to the client note. */
  clientKey: string;
  start: number;
  startOffset: number;
  end: number;
  endOffset: number;
  title?: string | null;
}

/** The canonical line of a new block; the title is made safe for one line and the field grammar. */
export function blockLine(input: BlockInput): string {
  if (!/^[A-Za-z0-9-]+$/.test(input.id)) throw new RangeError(`not a block id: ${input.id}`);
  if (input.end <= input.start) throw new RangeError("end must be after start");
  return serializeTimedLine({
    start: input.start,
    startOffset: input.startOffset,
    end: input.end,
    endOffset: input.endOffset,
    client: linkTo(input.clientKey),
    task: null,
    device: null,
    text: input.title == null ? "" : sanitizeInline(input.title).replace(/\s+/g, " "),
    billable: true,
    id: input.id,
  });
}

// ---------------------------------------------------------------------------------------------
// Editing one block's line: move or resize it (its start and end fields rewritten in place), or
// remove the line. Every other byte of the note is kept, and of the line too: title, client, other
// fields, spacing and the block id stay as written.

/** Which block an edit is about, as the view last saw it. */
export interface BlockRef {
  /** The block id, or the synthetic `path:line` id of a line written without one. */
  id: string;
  /** 1-based line number where it was; checked first, then the block is looked for by id. */
  line: number;
  /** Start and end as read; they identify a line without a block id. */
  start: number;
  end: number;
}

export type BlockEditProblem =
  /** No line holds that block any more (deleted or edited by hand, or by another device). */
  | "missing"
  /** Two lines hold that block id. */
  | "ambiguous"
  /** The line holds the id but does not read as a block. */
  | "unreadable"
  /** The new end would not be after the new start. */
  | "end-not-after-start"
  /** The note ends where a new line would not be read as a block (a code block, a comment). */
  | "append-unreadable";

export interface BlockLine {
  line: number;
  from: number;
  to: number;
  raw: string;
  parsed: TimedLine;
}

export type BlockEdit =
  | { ok: true; text: string; /** The line as it is now (the removed line for a delete). */ line: string; lineNo: number }
  | { ok: false; problem: BlockEditProblem };

const BLOCK_ID_AT_END = /[ \t]\^([A-Za-z0-9-]+)[ \t]*$/;

function readBlock(raw: string): TimedLine | null {
  const r = parseTimedLine(raw);
  return r.kind === "timed" && r.line.end !== null && r.line.client !== null ? r.line : null;
}

function holds(raw: string, ref: BlockRef, synthetic: boolean): "yes" | "no" | "unreadable" {
  if (synthetic) {
    if (!raw.includes("[start::")) return "no";
    const l = readBlock(raw);
    return l !== null && l.id === null && l.start === ref.start && l.end === ref.end ? "yes" : "no";
  }
  if (!raw.includes(ref.id)) return "no";
  const m = BLOCK_ID_AT_END.exec(raw);
  if (!m || m[1] !== ref.id) return "no";
  return readBlock(raw) === null ? "unreadable" : "yes";
}

/**
 * The line of block `ref` in `text` as it is now: the line at `ref.line` when it still holds the
 * block, else the one line anywhere in the body that does (found by id; a line without an id by
 * its start and end). A second line with the same id is refused rather than guessed between.
 */
export function findBlockLine(text: string, ref: BlockRef): { ok: true; found: BlockLine } | { ok: false; problem: BlockEditProblem } {
  const synthetic = ref.id.includes(":");
  const hits: BlockLine[] = [];
  let unreadable = false;
  forEachBodyLine(text, (line, raw, pos) => {
    const h = holds(raw, ref, synthetic);
    if (h === "unreadable") unreadable = true;
    if (h !== "yes") return;
    hits.push({ line, from: pos, to: pos + raw.length, raw, parsed: readBlock(raw) as TimedLine });
  });
  if (hits.length === 0) return { ok: false, problem: unreadable ? "unreadable" : "missing" };
  if (hits.length === 1) return { ok: true, found: hits[0] };
  // Lines without an id that say the same thing: the one at the line the view saw is the one meant.
  const here = hits.find((h) => h.line === ref.line);
  if (synthetic && here) return { ok: true, found: here };
  return { ok: false, problem: "ambiguous" };
}

const FIELD_VALUE = (name: string) => new RegExp(`(\\[${name}::[ \\t]*)([^\\]\\n]*?)([ \\t]*\\])`);

/**
 * `text` with block `ref` running from `start` to `end` (offsets: minutes east of UTC to write each
 * with, the VA's at that instant). Only the values of its `start` and `end` fields change.
 */
export function retimeBlock(text: string, ref: BlockRef, start: number, startOffset: number, end: number, endOffset: number): BlockEdit {
  if (end <= start) return { ok: false, problem: "end-not-after-start" };
  const f = findBlockLine(text, ref);
  if (!f.ok) return f;
  const { raw, from, to, line } = f.found;
  const next = raw
    .replace(FIELD_VALUE("start"), (_all, a: string, _v: string, b: string) => a + formatInstant(start, startOffset) + b)
    .replace(FIELD_VALUE("end"), (_all, a: string, _v: string, b: string) => a + formatInstant(end, endOffset) + b);
  const check = readBlock(next);
  if (check === null || check.start !== start || check.end !== end) return { ok: false, problem: "unreadable" };
  return { ok: true, text: text.slice(0, from) + next + text.slice(to), line: next, lineNo: line };
}

/** `text` without block `ref`'s line (and its line break). Nothing else changes. */
export function deleteBlock(text: string, ref: BlockRef): BlockEdit {
  const f = findBlockLine(text, ref);
  if (!f.ok) return f;
  const { raw, from, to, line } = f.found;
  let cutFrom = from;
  let cutTo = to;
  if (text.startsWith("\r\n", to)) cutTo = to + 2;
  else if (text.startsWith("\n", to)) cutTo = to + 1;
  else if (from > 0) cutFrom = text[from - 2] === "\r" ? from - 2 : from - 1;
  return { ok: true, text: text.slice(0, cutFrom) + text.slice(cutTo), line: raw, lineNo: line };
}

/**
 * `text` (the week's note, or null when the week has none yet) with the block `line` appended,
 * checked to read back as a block with `id` on the last line.
 */
export function addBlock(text: string | null, week: string, line: string, id: string): BlockEdit & { created?: boolean } {
  const after = appendLine(text ?? newPlanNote(week), line);
  const lines = after.split("\n").length - (after.endsWith("\n") ? 1 : 0);
  let found = false;
  forEachBodyLine(after, (n, raw) => {
    if (n === lines && readBlock(raw)?.id === id) found = true;
  });
  if (!found) return { ok: false, problem: "append-unreadable" };
  return { ok: true, text: after, line, lineNo: lines, created: text === null };
}
