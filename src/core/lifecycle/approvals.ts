// Approval notes (docs/team.md): the owner's approval of one person's week, a note of its own
// (`<team folder>/Approvals/2026-W48 ana.md`) that only the owner writes, so that it never
// conflicts with anyone's log. It lists each approved entry as `id@fingerprint` (the fingerprint
// invoices keep, billing/invoice-check.ts), so an entry edited after approval is found.

import type { Diagnostic } from "../shared/types";
import { FieldReader, type NoteSource } from "../notes/fields";

export interface Approval {
  file: string;
  person: string;
  week: string;
  approvedBy: string | null;
  approvedAt: string | null;
  /** Entry id → fingerprint when approved. */
  entries: Map<string, string>;
}

const ITEM = /^([A-Za-z0-9-]+)@([0-9a-f]{8})$/;

export function parseApproval(note: NoteSource, person: string, week: string): { approval: Approval; diagnostics: Diagnostic[] } {
  const f = new FieldReader(note);
  const entries = new Map<string, string>();
  for (const item of f.take(f.list("entries")) ?? []) {
    const m = ITEM.exec(item);
    if (m) entries.set(m[1], m[2]);
    else f.report("field-value", "entries", { value: item, allowed: "cd-abc123@1a2b3c4d" });
  }
  const said = f.take(f.text("person"));
  if (said !== null && said !== person) f.report("field-value", "person", { value: said, allowed: person });
  return {
    approval: { file: note.path, person, week, approvedBy: f.take(f.text("approved_by")), approvedAt: f.take(f.text("approved_at")), entries },
    diagnostics: f.problems,
  };
}

/** The approval note's text. Ids and fingerprints are `[A-Za-z0-9-]` and hex: nothing to escape. */
export function renderApproval(a: { person: string; week: string; approvedBy: string; approvedAt: string; entries: readonly { id: string; fingerprint: string }[]; hours: string }): string {
  const q = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
  const lines = [
    "---",
    `person: ${q(a.person)}`,
    `week: ${a.week}`,
    `approved_by: ${q(a.approvedBy)}`,
    `approved_at: ${a.approvedAt}`,
    `hours: ${a.hours}`,
    a.entries.length === 0 ? "entries: []" : "entries:",
    ...a.entries.map((e) => `  - ${e.id}@${e.fingerprint}`),
    "---",
    "",
  ];
  return lines.join("\n");
}
