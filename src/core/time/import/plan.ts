// Where new entries go and what each log note becomes: a pure plan, written by the plugin (through
// Vault.process / Vault.create) and by the CLI. Entries go to `<client>/Log/YYYY-MM.md` of the
// month of their start in the user's zone; a missing month note is created with newLogNote; lines
// are appended with appendLine, so every existing byte of a note is kept and comes first.

import { appendLine, entryLine, newLogNote, type EntryInput } from "../../notes/log-append";
import { parseLogNote } from "../../notes/log-note";
import { logNotePath, type Layout } from "../../shared/paths";
import { monthOf } from "../../shared/week";

export interface PlannedEntry extends EntryInput {
  clientKey: string;
}

export interface AppendPlan {
  path: string;
  clientKey: string;
  month: string;
  /** The note's text now, or null when the note does not exist and is created. */
  before: string | null;
  /** The note's text after the import; always starts with `before` (or the new note's text). */
  after: string;
  /** The lines added, in order, without line breaks. */
  lines: string[];
  /** The block ids of those lines. */
  ids: string[];
  /**
   * False when the note ends where an appended line would not be read as an entry (inside a code
   * block, a %% comment or an unclosed frontmatter): such a note must not be written.
   */
  readable: boolean;
}

/** `text` with every line appended (appendLine for each: existing bytes kept, the note's line breaks). */
export function appendLines(text: string, lines: readonly string[]): string {
  let out = text;
  for (const line of lines) out = appendLine(out, line);
  return out;
}

/** True when the last `ids.length` lines of `text` are read back as entries with these ids. */
export function linesReadBack(path: string, clientKey: string, text: string, ids: readonly string[]): boolean {
  if (ids.length === 0) return true;
  const parsed = parseLogNote(path, clientKey, text);
  const total = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  const first = total - ids.length + 1;
  const at = new Map<string, number>();
  for (const e of parsed.entries) if (e.line >= first) at.set(e.id, e.line);
  return ids.every((id, i) => at.get(id) === first + i);
}

/**
 * The notes `entries` go to and their text before and after. `existing(path)` gives a note's
 * current text, or null when it does not exist. Plans come sorted by path; within a note the new
 * lines are in order of start.
 */
export function planAppends(
  entries: readonly PlannedEntry[],
  existing: (path: string) => string | null,
  layout: Layout,
  userZone: string,
): AppendPlan[] {
  const groups = new Map<string, { clientKey: string; month: string; entries: PlannedEntry[] }>();
  for (const e of entries) {
    const month = monthOf(e.start, userZone);
    const path = logNotePath(layout, e.clientKey, month);
    let g = groups.get(path);
    if (!g) groups.set(path, (g = { clientKey: e.clientKey, month, entries: [] }));
    g.entries.push(e);
  }
  const plans: AppendPlan[] = [];
  for (const [path, g] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const sorted = g.entries.slice().sort((a, b) => a.start - b.start);
    const lines = sorted.map((e) => entryLine(e));
    const ids = sorted.map((e) => e.id);
    const before = existing(path);
    const after = appendLines(before ?? newLogNote(g.clientKey, g.month), lines);
    plans.push({
      path,
      clientKey: g.clientKey,
      month: g.month,
      before,
      after,
      lines,
      ids,
      readable: linesReadBack(path, g.clientKey, after, ids),
    });
  }
  return plans;
}
