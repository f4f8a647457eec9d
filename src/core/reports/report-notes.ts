// The parts of a generated note (weekly report, weekly review): everything up to the marker line
// is generated and may be written again; everything after it is the VA's and is kept byte for byte.
// And finding existing reports by their frontmatter, so a report the VA renamed or moved still
// counts as written.

import { linkTarget } from "../notes/timed-line";
import { isWeekId } from "../shared/week";

/** An Obsidian comment: hidden in reading view and in an exported PDF. */
export const NOTES_MARKER = "%% client-desk-notes %%";

/** Where the VA's part starts (just after the marker line), or -1 when the marker is gone. */
export function notesStart(text: string): number {
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf("\n", at);
    const end = nl === -1 ? text.length : nl;
    if (text.slice(at, end).replace(/\r$/, "").trim() === NOTES_MARKER) return nl === -1 ? text.length : nl + 1;
    if (nl === -1) break;
    at = nl + 1;
  }
  return -1;
}

/**
 * `fresh` (a newly generated note) with the VA's part of `existing` in place of its own.
 * Null when `existing` has no marker: then nothing tells the notes from the report.
 */
export function keepNotes(existing: string, fresh: string): string | null {
  const old = notesStart(existing);
  const cut = notesStart(fresh);
  if (old === -1 || cut === -1) return null;
  const head = fresh.slice(0, cut);
  return (head.endsWith("\n") || old === existing.length ? head : `${head}\n`) + existing.slice(old);
}

export interface ReportRef {
  /** The client as written in `client` (link target). */
  clientRef: string;
  week: string;
}

/** The client and week of a report note's frontmatter, or null when it is not one. */
export function reportRefOf(frontmatter: Record<string, unknown> | null | undefined): ReportRef | null {
  if (!frontmatter || frontmatter.type !== "client-report") return null;
  const client = frontmatter.client;
  const week = frontmatter.week;
  if (typeof client !== "string" || typeof week !== "string" || !isWeekId(week)) return null;
  const ref = linkTarget(client);
  return ref === "" ? null : { clientRef: ref, week };
}

/** client key → week → path, from notes' frontmatter; `resolve` turns a client ref into a key. */
export class ReportRegistry {
  private readonly byClient = new Map<string, Map<string, string>>();

  add(path: string, frontmatter: Record<string, unknown> | null | undefined, resolve: (ref: string) => string | null): void {
    const ref = reportRefOf(frontmatter);
    if (!ref) return;
    const key = resolve(ref.clientRef);
    if (key === null) return;
    let weeks = this.byClient.get(key);
    if (!weeks) this.byClient.set(key, (weeks = new Map<string, string>()));
    if (!weeks.has(ref.week)) weeks.set(ref.week, path);
  }

  pathOf(key: string, week: string): string | null {
    return this.byClient.get(key)?.get(week) ?? null;
  }

  latest(key: string): string | null {
    let best: string | null = null;
    for (const w of this.byClient.get(key)?.keys() ?? []) if (best === null || w > best) best = w;
    return best;
  }
}
