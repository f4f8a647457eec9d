// Log and plan notes read straight into a LineStore: lines in the plugin's own shape are read in
// place by the fast scanner (no line copy, no TimedLine); every other line goes through the notes'
// own line readers and their diagnostics, so the index reports exactly what parseLogNote and
// parsePlanNote report.

import type { Diagnostic } from "../shared/types";
import { frontmatterEnd, walkBodyLines } from "../notes/note-lines";
import { newScan, primeScanLine, scanLine } from "../notes/timed-line-fast";
import { excerpt, readLogLine } from "../notes/log-note";
import { readPlanLine } from "../notes/plan-note";
import type { LineStoreBuilder } from "./log-store";

const scan = newScan();

/** text.startsWith("- [", at), without a call into the runtime for every line. */
function isItemStart(text: string, at: number): boolean {
  return text.charCodeAt(at) === 45 && text.charCodeAt(at + 1) === 32 && text.charCodeAt(at + 2) === 91;
}

/**
 * scanLogNote straight into a store: lines in the plugin's own shape are read in place (no line
 * copy, no TimedLine), everything else goes through the full parser and its diagnostics.
 */
export function scanLogInto(path: string, text: string, diagnostics: Diagnostic[], builder: LineStoreBuilder): void {
  primeScanLine();
  if (text.includes("```") || text.includes("~~~") || text.includes("%%")) {
    walkBodyLines(text, (line, from, to) => logLine(path, text, diagnostics, builder, line, from, to));
    return;
  }
  // No fence or comment can open in this note: every body line is read, as walkBodyLines would
  // read it, without a call through its visitor for each.
  const bodyStart = frontmatterEnd(text);
  let pos = 0;
  let line = 0;
  while (pos <= text.length) {
    let next = text.indexOf("\n", pos);
    if (next === -1) next = text.length;
    const end = next > pos && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    line++;
    if (pos >= bodyStart) logLine(path, text, diagnostics, builder, line, pos, end);
    if (next === text.length) break;
    pos = next + 1;
  }
}

/** One body line of a log note, text[from, to), into the store (or its diagnostics). */
function logLine(path: string, text: string, diagnostics: Diagnostic[], builder: LineStoreBuilder, line: number, from: number, to: number): void {
  if (isItemStart(text, from) && scanLine(text, from, to, scan)) {
    if (!scan.hasId) {
      diagnostics.push({ severity: "warning", code: "entry-missing-id", file: path, line, params: { text: excerpt(text.slice(from, to)) } });
    }
    builder.addScan(scan, line);
    return;
  }
  readLogLine(path, text.slice(from, to), line, diagnostics, (l) => builder.add(l, line));
}

/** scanPlanNote straight into a store, reading lines in the plugin's own shape in place. */
export function scanPlanInto(path: string, text: string, diagnostics: Diagnostic[], builder: LineStoreBuilder): void {
  primeScanLine();
  walkBodyLines(text, (line, from, to) => {
    if (isItemStart(text, from) && scanLine(text, from, to, scan) && !Number.isNaN(scan.end) && scan.client !== "") {
      builder.addScan(scan, line);
      return;
    }
    readPlanLine(path, text.slice(from, to), line, diagnostics, (l) => builder.add(l, line));
  });
}
