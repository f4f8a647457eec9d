// Reads a weekly plan note into time blocks. Same line grammar as the log, plus `client`.

import type { Block, Diagnostic } from "./types";
import { bodyLines } from "./note-lines";
import { linkTarget, parseTimedLine } from "./timed-line";
import { excerpt, syntheticId } from "./log-note";

export function parsePlanNote(path: string, text: string): { blocks: Block[]; diagnostics: Diagnostic[] } {
  const blocks: Block[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { line, text: raw } of bodyLines(text)) {
    const r = parseTimedLine(raw);
    if (r.kind === "other" || r.kind === "freehand") continue;
    if (r.kind === "bad") {
      diagnostics.push({
        severity: "error",
        code: r.code === "entry-malformed" ? "plan-malformed" : r.code,
        file: path,
        line,
        field: r.field,
        params: { text: excerpt(raw), value: r.value ?? "" },
      });
      continue;
    }
    const l = r.line;
    const missing = l.end === null ? "end" : l.client === null ? "client" : null;
    if (missing !== null) {
      diagnostics.push({
        severity: "error",
        code: "plan-malformed",
        file: path,
        line,
        field: missing,
        params: { text: excerpt(raw), value: "" },
      });
      continue;
    }
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
  }
  return { blocks, diagnostics };
}
