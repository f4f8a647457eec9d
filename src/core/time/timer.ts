// The running timer as edits of a log note (docs/vault-format.md, "Time log notes"). A running
// timer is an entry line without `end`; starting appends that line, stopping replaces exactly that
// line with itself plus `[end:: …]`, discarding removes exactly that line. Every other byte of the
// note is kept. Pure text in, text out: the plugin and the CLI both edit through these.

import type { Entry } from "../shared/types";
import { formatInstant } from "../shared/instant";
import { appendLine, entryLine, newLogNote, type EntryInput } from "../notes/log-append";
import { parseLogNote } from "../notes/log-note";
import { bodyLines } from "../notes/note-lines";
import { personLogPath, type Layout } from "../shared/paths";
import { parseTimedLine, type TimedLine } from "../notes/timed-line";
import { monthOf } from "../shared/week";
import { offsetAt } from "../shared/zones";

/** Which line an edit is about: the entry's id (a block id, or the synthetic `path:line` id of a line without one) and its start. */
export interface LineRef {
  id: string;
  start: number;
}

/** Why a line could not be edited. */
export type EditProblem =
  /** No line carries that id (any more): deleted or moved by hand, or by another device. */
  | "missing"
  /** Two lines carry that id. */
  | "ambiguous"
  /** The line already has an end (stopped on another device or by hand). */
  | "stopped"
  /** The line is there but no longer reads as an entry. */
  | "unreadable"
  /** The end would not be after the start (as the line says now). */
  | "end-not-after-start"
  /** The note ends where a new line would not be read as an entry (a code block, a comment). */
  | "append-unreadable";

export interface FoundLine {
  /** 1-based line number. */
  line: number;
  /** Offsets of the line's first character and of its end (before `\r\n` or `\n`). */
  from: number;
  to: number;
  raw: string;
  parsed: TimedLine;
}

export type Found = { ok: true; found: FoundLine } | { ok: false; problem: EditProblem };

const BLOCK_ID = /[ \t]\^([A-Za-z0-9-]+)[ \t]*$/;

/** Instants are written to the second: a timer started at 09:00:12.345 starts at 09:00:12. */
export function toSecond(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/**
 * The line of the entry `ref` in `text`, found by its block id (or, for a line typed without one,
 * by its start among the running lines without an id), re-read from the text as it is now.
 */
export function findEntryLine(text: string, ref: LineRef): Found {
  const synthetic = ref.id.includes(":");
  const hits: FoundLine[] = [];
  let unreadable = false;
  for (const { line, text: raw, pos } of bodyLines(text)) {
    if (synthetic) {
      if (!raw.includes("[start::")) continue;
      const r = parseTimedLine(raw);
      if (r.kind !== "timed" || r.line.id !== null || r.line.start !== ref.start || r.line.end !== null) continue;
      hits.push({ line, from: pos, to: pos + raw.length, raw, parsed: r.line });
      continue;
    }
    if (!raw.includes(ref.id)) continue;
    const m = BLOCK_ID.exec(raw);
    if (!m || m[1] !== ref.id) continue;
    const r = parseTimedLine(raw);
    if (r.kind !== "timed") {
      unreadable = true;
      continue;
    }
    hits.push({ line, from: pos, to: pos + raw.length, raw, parsed: r.line });
  }
  if (hits.length > 1) return { ok: false, problem: "ambiguous" };
  if (hits.length === 0) return { ok: false, problem: unreadable ? "unreadable" : "missing" };
  return { ok: true, found: hits[0] };
}

export type Edit =
  | { ok: true; text: string; /** The line as written, without its line break. */ line: string; lineNo: number; entry: TimedLine }
  | { ok: false; problem: EditProblem };

const START_FIELD = /\[start::[^\]\n]*\]/;
const EMPTY_END_FIELD = /\[end::[ \t]*\]/;

/**
 * `text` with the running entry `ref` stopped at `end`: its line gets `[end:: …]` (with `offset`,
 * minutes east of UTC) right after its `[start:: …]` field, or in place of an empty `[end:: ]`.
 * Whatever else the line says now (a task or note edited by hand while it ran) stays as it is.
 */
export function stopLine(text: string, ref: LineRef, end: number, offset: number): Edit {
  const f = findEntryLine(text, ref);
  if (!f.ok) return f;
  const { raw, parsed, from, to, line } = f.found;
  if (parsed.end !== null) return { ok: false, problem: "stopped" };
  if (end <= parsed.start) return { ok: false, problem: "end-not-after-start" };
  const field = `[end:: ${formatInstant(end, offset)}]`;
  let next: string;
  const empty = EMPTY_END_FIELD.exec(raw);
  if (empty) {
    next = raw.slice(0, empty.index) + field + raw.slice(empty.index + empty[0].length);
  } else {
    const start = START_FIELD.exec(raw);
    if (!start) return { ok: false, problem: "unreadable" };
    const at = start.index + start[0].length;
    next = `${raw.slice(0, at)} ${field}${raw.slice(at)}`;
  }
  const check = parseTimedLine(next);
  if (check.kind !== "timed" || check.line.end !== end) return { ok: false, problem: "unreadable" };
  return { ok: true, text: text.slice(0, from) + next + text.slice(to), line: next, lineNo: line, entry: check.line };
}

/** `text` without the running entry `ref`'s line (and its line break). Nothing else changes. */
export function removeLine(text: string, ref: LineRef): Edit {
  const f = findEntryLine(text, ref);
  if (!f.ok) return f;
  const { raw, parsed, from, to, line } = f.found;
  if (parsed.end !== null) return { ok: false, problem: "stopped" };
  let cutFrom = from;
  let cutTo = to;
  if (text.startsWith("\r\n", to)) cutTo = to + 2;
  else if (text.startsWith("\n", to)) cutTo = to + 1;
  else if (from > 0) {
    // The last line, without a line break of its own: take the one before it instead.
    cutFrom = text[from - 2] === "\r" ? from - 2 : from - 1;
  }
  return { ok: true, text: text.slice(0, cutFrom) + text.slice(cutTo), line: raw, lineNo: line, entry: parsed };
}

/**
 * `text` (the note, or null when the month has none yet) with `line` appended, checked to read
 * back as the note's last entry with `id`. A missing note starts from newLogNote().
 */
export function appendEntry(
  text: string | null,
  clientKey: string,
  month: string,
  path: string,
  line: string,
  id: string,
): { ok: true; text: string; created: boolean; entry: Entry } | { ok: false; problem: EditProblem } {
  const base = text ?? newLogNote(clientKey, month);
  const after = appendLine(base, line);
  const parsed = parseLogNote(path, clientKey, after);
  const entry = parsed.entries.find((e) => e.id === id);
  const lines = after.split("\n").length - (after.endsWith("\n") ? 1 : 0);
  if (!entry || entry.line !== lines) return { ok: false, problem: "append-unreadable" };
  return { ok: true, text: after, created: text === null, entry };
}

export interface NewEntry {
  clientKey: string;
  /** Epoch ms; written to the second. */
  start: number;
  /** Null for a running timer. */
  end: number | null;
  task: string | null;
  /** True to write the task as a link `[[task]]`. */
  taskAsLink: boolean;
  note: string | null;
  billable: boolean;
  device: string | null;
  id: string;
  /** A team member's own log notes (docs/team.md); absent or null: the plain log notes. */
  person?: string | null;
}

/** Where a new entry goes and its line: the log note of the start's month in `zone`, instants written with `zone`'s offsets. */
export function planEntry(layout: Layout, zone: string, e: NewEntry): { path: string; month: string; line: string } {
  const start = toSecond(e.start);
  const end = e.end === null ? null : toSecond(e.end);
  const month = monthOf(start, zone);
  const input: EntryInput = {
    id: e.id,
    start,
    startOffset: offsetAt(zone, start),
    end,
    endOffset: end === null ? null : offsetAt(zone, end),
    task: e.task,
    taskAsLink: e.taskAsLink,
    note: e.note,
    billable: e.billable,
    device: end === null ? e.device : null,
  };
  return { path: personLogPath(layout, e.clientKey, month, e.person ?? null), month, line: entryLine(input) };
}

/** How to write a task given as typed: `[[Name]]` stays a link, anything else is text. */
export function taskFromText(text: string | null | undefined): { task: string | null; taskAsLink: boolean } {
  if (text == null || text.trim() === "") return { task: null, taskAsLink: false };
  const m = /^\s*\[\[([^\]|#]*)(?:[|#][^\]]*)?\]\]\s*$/.exec(text);
  if (m) return { task: m[1].trim(), taskAsLink: true };
  return { task: text.trim(), taskAsLink: false };
}

/** The running entry a device should treat as "the timer": the one started last. */
export function currentOf(running: readonly Entry[]): Entry | null {
  let best: Entry | null = null;
  for (const e of running) if (best === null || e.start >= best.start) best = e;
  return best;
}

/** A fresh block id that `taken` does not hold. */
export function freshId(taken: (id: string) => boolean, make: () => string): string {
  let id = make();
  for (let i = 0; taken(id) && i < 100; i++) id = make();
  return id;
}
