// Block ids for entry lines typed without one. Such an entry reads with a made-up id (its file and
// line) that changes whenever a line above it moves, so it can never be billed safely; this gives
// each one ` ^cd-xxxxxxxx` at the very end of its line and touches no other byte: line breaks (LF
// or CRLF), trailing blanks, lines that do not read, lines with errors (reported, never given an
// id), frontmatter, code and comments all stay as they are. Pure text in, text out.

import type { Diagnostic } from "../shared/types";
import { classifyPath, type Layout } from "../shared/paths";
import { unsafeNamePart } from "../shared/names";
import { readLogLine } from "./log-note";
import { forEachBodyLine } from "./note-lines";
import { newEntryId, parseTimedLine, type TimedLine } from "./timed-line";

export interface AddedId {
  /** 1-based line of the entry. */
  line: number;
  id: string;
}

export interface EntryIdsEdit {
  /** The note with the ids added; `text` itself when none was missing. */
  text: string;
  /** The ids added, by line. */
  added: AddedId[];
  /** Lines that almost read as entries but have an error: reported, given no id. */
  errors: Diagnostic[];
}

export interface IdSource {
  /** Ids used elsewhere in the vault (the index's); the note's own are checked here. */
  taken?: (id: string) => boolean;
  /** A new id candidate; newEntryId by default. */
  make?: () => string;
}

/** ` ^id` added to every entry line of a log note that has no block id; nothing else changes. */
export function addMissingEntryIds(path: string, text: string, source: IdSource = {}): EntryIdsEdit {
  const taken = source.taken ?? (() => false);
  const make = source.make ?? (() => newEntryId());
  const diagnostics: Diagnostic[] = [];
  const missing: { line: number; raw: string; end: number; entry: TimedLine }[] = [];
  forEachBodyLine(text, (line, raw, pos) =>
    readLogLine(path, raw, line, diagnostics, (entry) => {
      // A lone carriage return inside a line is a line break to Obsidian's editor: an id after it
      // would sit on another line there. Such a line is left as it is (and keeps its warning).
      if (entry.id === null && !raw.includes("\r")) missing.push({ line, raw, end: pos + raw.length, entry });
    }),
  );
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (missing.length === 0) return { text, added: [], errors };

  // Every `^word` of the note, ids or not (one pass, not one search of the text per new id: a
  // note may hold a few hundred thousand lines), and the ids given here.
  const used = new Set<string>();
  for (const m of text.matchAll(/\^([A-Za-z0-9-]+)/g)) used.add(m[1]);
  const fresh = (): string => {
    for (let i = 0; i < 100; i++) {
      const id = make();
      if (!used.has(id) && !taken(id)) return id;
    }
    throw new RangeError("no fresh block id after 100 tries");
  };
  const added: AddedId[] = [];
  let out = "";
  let from = 0;
  for (const m of missing) {
    const id = fresh();
    // The line as it will read: the same entry with this id, or it is left alone.
    if (!sameWithId(parseTimedLine(`${m.raw} ^${id}`), m.entry, id)) continue;
    used.add(id);
    out += `${text.slice(from, m.end)} ^${id}`;
    from = m.end;
    added.push({ line: m.line, id });
  }
  return { text: added.length === 0 ? text : out + text.slice(from), added, errors };
}

function sameWithId(r: ReturnType<typeof parseTimedLine>, l: TimedLine, id: string): boolean {
  if (r.kind !== "timed") return false;
  const n = r.line;
  return (
    n.id === id &&
    n.start === l.start &&
    n.startOffset === l.startOffset &&
    n.end === l.end &&
    n.endOffset === l.endOffset &&
    n.task === l.task &&
    n.client === l.client &&
    n.device === l.device &&
    n.text === l.text &&
    n.billable === l.billable
  );
}

/**
 * The monthly log notes among `paths` whose entries the index reads (a client folder with a safe
 * name), of one client when `clientKey` is given, in path order.
 */
export function logNotePaths(paths: Iterable<string>, layout: Layout, clientKey?: string): { path: string; key: string }[] {
  const out: { path: string; key: string }[] = [];
  for (const path of paths) {
    const kind = classifyPath(path, layout);
    if (kind.kind !== "log" || unsafeNamePart(kind.key) !== null) continue;
    if (clientKey !== undefined && kind.key !== clientKey) continue;
    out.push({ path, key: kind.key });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
