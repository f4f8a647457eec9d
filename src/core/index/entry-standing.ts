// Whose an entry is and whether it may be billed (docs/team.md). An entry belongs to the person
// its log note is named for (`Log/2026-11 ana.md`); the plain `Log/2026-11.md` is the owner's (or,
// with no team, the VA's alone). The owner's time needs no approval; anyone else's bills only when
// the owner's approval note of that ISO week (in the owner's zone) lists the entry with the same
// fingerprint. An entry changed after approval is reported and not billed until approved again.

import type { Diagnostic, Entry } from "../shared/types";
import { personOfLog } from "../shared/paths";
import { weekOf } from "../shared/week";
import { entryFingerprint } from "../billing/invoice-check";
import type { TeamShelf } from "./team-shelf";

export type Standing = "own" | "approved" | "unapproved" | "changed" | "unknown-person";

/** Approval weeks are ISO weeks, Monday first, whatever the planner's first day. */
export const APPROVAL_WEEK_START = "mon";

export function standingOf(e: Entry, team: TeamShelf, zone: string): Standing {
  const ref = personOfLog(e.file);
  if (ref === null) return "own";
  const p = team.find(ref);
  if (p === null || p.key.toLowerCase() !== ref.toLowerCase()) return "unknown-person";
  if (p.role === "owner") return "own";
  const a = team.approval(p.key, weekOf(e.start, zone, APPROVAL_WEEK_START));
  const print = a?.entries.get(e.id);
  if (print === undefined) return "unapproved";
  return e.end !== null && print === entryFingerprint(e) ? "approved" : "changed";
}

/** True when the entry may go on an invoice as far as approval goes. */
export function mayBill(s: Standing): boolean {
  return s === "own" || s === "approved";
}

/** The owner's own entry (or a VA alone's), or a team member's approved one: what reports and the review count. */
export function ownOrApproved(e: Entry, team: TeamShelf, zone: string): boolean {
  return personOfLog(e.file) === null || mayBill(standingOf(e, team, zone));
}

/** The key of the entry's person: their log note's, else the owner's (null with no owner and no team). */
export function personKeyOf(e: Entry, team: TeamShelf): string | null {
  return personOfLog(e.file) ?? team.owners()[0]?.key ?? null;
}

/** Warnings about time: log notes of nobody on the team, entries changed after approval. */
export function standingDiagnostics(entries: readonly Entry[], team: TeamShelf, zone: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  for (const e of entries) {
    const s = standingOf(e, team, zone);
    if (s === "unknown-person" && !reported.has(e.file)) {
      reported.add(e.file);
      out.push({ severity: "warning", code: "person-unknown", file: e.file, line: 0, params: { name: personOfLog(e.file) ?? "" } });
    } else if (s === "unknown-person" && e.end === null) {
      out.push({ severity: "warning", code: "person-unknown", file: e.file, line: e.line, params: { name: personOfLog(e.file) ?? "" } });
    } else if (s === "changed") {
      out.push({ severity: "warning", code: "approval-entry-changed", file: e.file, line: e.line, params: { id: e.id, week: weekOf(e.start, zone, APPROVAL_WEEK_START) } });
    }
  }
  return out;
}
