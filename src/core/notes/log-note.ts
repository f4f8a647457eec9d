// Reads a client's monthly log note into entries and diagnostics. The note's text is never changed.

import type { Diagnostic, Entry } from "../shared/types";
import { forEachBodyLine } from "./note-lines";
import { ownString } from "../shared/own-string";
import { parseTimedLine, type TimedLine } from "./timed-line";

export interface ParsedLog {
  entries: Entry[];
  /** Offset in the note of each entry's line. */
  positions: number[];
  diagnostics: Diagnostic[];
}

export function parseLogNote(path: string, clientKey: string, text: string): ParsedLog {
  const entries: Entry[] = [];
  const positions: number[] = [];
  const diagnostics: Diagnostic[] = [];
  scanLogNote(path, text, diagnostics, (l, line, pos) => {
    positions.push(pos);
    entries.push({
      id: l.id ?? syntheticId(path, line),
      clientKey,
      file: path,
      line,
      start: l.start,
      startOffset: l.startOffset,
      end: l.end,
      endOffset: l.endOffset,
      task: l.task,
      note: l.text,
      billable: l.billable,
      device: l.device,
    });
  });
  return { entries, positions, diagnostics };
}

/** Calls `onEntry` for each readable entry line and adds a diagnostic for every other list item. */
export function scanLogNote(
  path: string,
  text: string,
  diagnostics: Diagnostic[],
  onEntry: (l: TimedLine, line: number, pos: number) => void,
): void {
  forEachBodyLine(text, (line, raw, pos) => readLogLine(path, raw, line, diagnostics, (l) => onEntry(l, line, pos)));
}

/** One body line of a log note: an entry for `onEntry`, a diagnostic, or nothing. */
export function readLogLine(path: string, raw: string, line: number, diagnostics: Diagnostic[], onEntry: (l: TimedLine) => void): void {
  if (CONFLICT_MARKER.test(raw)) {
    diagnostics.push({ severity: "error", code: "log-conflict-markers", file: path, line, params: { text: excerpt(raw) } });
    return;
  }
  const r = parseTimedLine(raw);
  if (r.kind === "other") return;
  if (r.kind === "freehand") {
    diagnostics.push({ severity: "warning", code: "line-freehand", file: path, line, params: { text: excerpt(raw) } });
    return;
  }
  if (r.kind === "bad") {
    diagnostics.push({
      severity: "error",
      code: r.code,
      file: path,
      line,
      field: r.field,
      params: { text: excerpt(raw), value: ownString(r.value ?? ""), field: r.field ?? "" },
    });
    return;
  }
  if (r.line.id === null) {
    diagnostics.push({ severity: "warning", code: "entry-missing-id", file: path, line, params: { text: excerpt(raw) } });
  }
  onEntry(r.line);
}

/**
 * A line git writes around both sides of a conflict it could not merge (`=======` alone is left
 * out: it also underlines a heading; the other two always come with it).
 */
const CONFLICT_MARKER = /^(?:<{7}|>{7}|\|{7})(?:[ \t]|$)/;

/** An entry typed without a block id still shows; it gets this id until it has its own. */
export function syntheticId(path: string, line: number): string {
  return `${path}:${line}`;
}

export function excerpt(raw: string, max = 80): string {
  // A copy, never a view of the note's text: the index keeps its diagnostics.
  const t = raw.trim();
  return ownString(t.length > max ? `${t.slice(0, max - 1)}…` : t);
}
