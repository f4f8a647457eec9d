// Reads a weekly plan note into time blocks. Same line grammar as the log, plus `client`.

import type { Block, Diagnostic } from "../shared/types";
import { forEachBodyLine } from "./note-lines";
import { linkTarget, parseTimedLine, type TimedLine } from "./timed-line";
import { excerpt, syntheticId } from "./log-note";
import { ownString } from "../shared/own-string";

export function parsePlanNote(path: string, text: string): { blocks: Block[]; diagnostics: Diagnostic[] } {
  const blocks: Block[] = [];
  const diagnostics: Diagnostic[] = [];
  scanPlanNote(path, text, diagnostics, (l, line) => {
    blocks.push({
      id: l.id ?? syntheticId(path, line),
      clientRef: linkTarget(l.client ?? ""),
      clientKey: null,
      file: path,
      line,
      start: l.start,
      startOffset: l.startOffset,
      end: l.end ?? l.start,
      endOffset: l.endOffset ?? l.startOffset,
      title: l.text,
    });
  });
  return { blocks, diagnostics };
}

/** Calls `onBlock` for each complete block (start, end and client); reports the others. */
export function scanPlanNote(
  path: string,
  text: string,
  diagnostics: Diagnostic[],
  onBlock: (l: TimedLine, line: number) => void,
): void {
  forEachBodyLine(text, (line, raw) => readPlanLine(path, raw, line, diagnostics, (l) => onBlock(l, line)));
}

/** One body line of a plan note: a complete block for `onBlock`, a diagnostic, or nothing. */
export function readPlanLine(path: string, raw: string, line: number, diagnostics: Diagnostic[], onBlock: (l: TimedLine) => void): void {
  const r = parseTimedLine(raw);
  if (r.kind === "other" || r.kind === "freehand") return;
  if (r.kind === "bad") {
    diagnostics.push({
      severity: "error",
      code: r.code === "entry-malformed" ? "plan-malformed" : r.code,
      file: path,
      line,
      field: r.field,
      params: { text: excerpt(raw), value: ownString(r.value ?? "") },
    });
    return;
  }
  const missing = r.line.end === null ? "end" : r.line.client === null ? "client" : null;
  if (missing !== null) {
    diagnostics.push({
      severity: "error",
      code: "plan-malformed",
      file: path,
      line,
      field: missing,
      params: { text: excerpt(raw), value: "" },
    });
    return;
  }
  onBlock(r.line);
}
