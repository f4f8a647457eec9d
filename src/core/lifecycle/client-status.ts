// A client's life: lead → onboarding → active → paused → archived, and what is still open in the
// intake checklist while onboarding.

import type { ClientStatus } from "../shared/types";
import { forEachBodyLine } from "../notes/note-lines";

export const CLIENT_STATUSES: readonly ClientStatus[] = ["lead", "onboarding", "active", "paused", "archived"];

// Forward along the flow, plus pausing and resuming, and reopening an archived client: a status
// typed by hand outside these moves still reads, the command just does not offer it.
const MOVES: Record<ClientStatus, readonly ClientStatus[]> = {
  lead: ["onboarding", "archived"],
  onboarding: ["active", "paused", "archived"],
  active: ["paused", "archived"],
  paused: ["active", "archived"],
  archived: ["active"],
};

export function nextStatuses(from: ClientStatus): readonly ClientStatus[] {
  return MOVES[from];
}

export function canMove(from: ClientStatus, to: ClientStatus): boolean {
  return MOVES[from].includes(to);
}

export interface OpenItem {
  /** 1-based line in the note. */
  line: number;
  text: string;
}

const UNCHECKED = /^\s*[-*+]\s+\[ \]\s*(.*)$/;

/** Unchecked `- [ ]` items of a checklist note, outside frontmatter, code and comments. */
export function openChecklistItems(text: string): OpenItem[] {
  const out: OpenItem[] = [];
  forEachBodyLine(text, (line, raw) => {
    const m = UNCHECKED.exec(raw);
    if (m) out.push({ line, text: m[1].trim() });
  });
  return out;
}
