// Reads a weekly plan note into time blocks. Same line grammar as the log, plus `client`.

import type { Block, Diagnostic } from "../shared/types";
import { forEachBodyLine, walkBodyLines } from "./note-lines";
import { newScan, scanLine } from "./timed-line-fast";
import type { LineStoreBuilder } from "../index/log-store";
import { linkTarget, parseTimedLine, type TimedLine } from "./timed-line";
import { excerpt, syntheticId } from "./log-note";

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

const scan = newScan();

/** scanPlanNote straight into a store, reading lines in the plugin's own shape in place. */
export function scanPlanInto(path: string, text: string, diagnostics: Diagnostic[], builder: LineStoreBuilder): void {
  walkBodyLines(text, (line, from, to) => {
    if (text.startsWith("- [", from) && scanLine(text, from, to, scan) && !Number.isNaN(scan.end) && scan.client !== "") {
      builder.addScan(scan, line);
      return;
    }
    planLine(path, text.slice(from, to), line, diagnostics, (l) => builder.add(l, line));
  });
}

/** Calls `onBlock` for each complete block (start, end and client); reports the others. */
export function scanPlanNote(
  path: string,
  text: string,
  diagnostics: Diagnostic[],
  onBlock: (l: TimedLine, line: number) => void,
): void {
  forEachBodyLine(text, (line, raw) => planLine(path, raw, line, diagnostics, (l) => onBlock(l, line)));
}

function planLine(path: string, raw: string, line: number, diagnostics: Diagnostic[], onBlock: (l: TimedLine) => void): void {
  const r = parseTimedLine(raw);
  if (r.kind === "other" || r.kind === "freehand") return;
  if (r.kind === "bad") {
    diagnostics.push({
      severity: "error",
      code: r.code === "entry-malformed" ? "plan-malformed" : r.code,
      file: path,
      line,
      field: r.field,
      params: { text: excerpt(raw), value: r.value ?? "" },
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
