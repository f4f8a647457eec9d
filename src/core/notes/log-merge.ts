// Merging a sync service's conflicted copy of a log note into the note: the entry lines only the
// copy has are appended to the note, as they are written in the copy; every byte of the note stays.
// An entry in both with other times is not touched: it is listed for the VA to settle by hand.

import { appendLine } from "./log-append";
import { parseLogNote } from "./log-note";

export interface MergeResult {
  /** The note's text with the copy's own entries appended (the note as it was when none). */
  text: string;
  /** The lines appended, as written in the copy. */
  added: string[];
  /** Ids in both with another start or end in the copy: left as they are. */
  differing: string[];
}

export function mergeLogCopy(mainPath: string, mainText: string, copyPath: string, copyText: string): MergeResult {
  const main = parseLogNote(mainPath, "", mainText).entries;
  const copy = parseLogNote(copyPath, "", copyText).entries;
  const byId = new Map(main.map((e) => [e.id, e]));
  const spans = new Set(main.map((e) => `${e.start}|${e.end}`));
  const lines = copyText.split(/\r?\n/);
  const added: string[] = [];
  const differing: string[] = [];
  let text = mainText;
  for (const e of copy) {
    // Lines without a block id have a made-up id (path:line): they are matched by their times.
    const written = !e.id.includes(":");
    const there = written ? byId.get(e.id) : undefined;
    if (there) {
      if (there.start !== e.start || there.end !== e.end) differing.push(e.id);
      continue;
    }
    if (!written && spans.has(`${e.start}|${e.end}`)) continue;
    const line = lines[e.line - 1];
    added.push(line);
    text = appendLine(text, line);
  }
  return { text, added, differing };
}
