// The index's team (docs/team.md): people notes of the team folder, subcontractor notes read as
// people, and approval notes. Fed one note at a time like the rest of the index.

import type { Diagnostic } from "../shared/types";
import { parsePerson, type Person } from "../lifecycle/people";
import { parseApproval, type Approval } from "../lifecycle/approvals";
import { classifyPath, personLogPath, type Layout } from "../shared/paths";
import { unsafeNamePart } from "../shared/names";

interface NoteInput {
  path: string;
  data: Record<string, unknown> | null;
  fieldLines: Map<string, number>;
  yamlError: { line: number; reason: string } | null;
}

export class TeamShelf {
  private readonly personNotes = new Map<string, { person: Person | null; diagnostics: Diagnostic[] }>();
  private readonly approvalNotes = new Map<string, { approval: Approval; diagnostics: Diagnostic[] }>();
  private resolved: { people: Person[]; byRef: Map<string, Person>; diagnostics: Diagnostic[] } | null = null;

  constructor(private readonly layout: Layout, private readonly homeCurrency: string) {}

  setPerson(note: NoteInput, legacy: boolean): void {
    const read = parsePerson(note, this.homeCurrency, legacy);
    const diagnostics = [...read.diagnostics];
    if (note.yamlError) diagnostics.unshift({ severity: "error", code: "yaml-broken", file: note.path, line: note.yamlError.line, params: { reason: note.yamlError.reason } });
    this.personNotes.set(note.path, { person: read.person, diagnostics });
    this.resolved = null;
  }

  setApproval(note: NoteInput, person: string, week: string): void {
    this.approvalNotes.set(note.path, parseApproval(note, person, week));
  }

  remove(path: string): boolean {
    this.resolved = null;
    return this.personNotes.delete(path) || this.approvalNotes.delete(path);
  }

  /** True when the team folder holds a person note: the vault is a team's (subcontractor notes alone are not). */
  active(): boolean {
    return this.resolve().people.some((p) => !p.legacy);
  }

  /** Every person, by name; a team note wins over a subcontractor note of the same key. */
  people(): Person[] {
    return this.resolve().people;
  }

  /** A person by key or display name, in any case; null for nobody or a name two notes share. */
  find(ref: string): Person | null {
    return this.resolve().byRef.get(ref.normalize("NFC").toLowerCase()) ?? null;
  }

  owners(): Person[] {
    return this.people().filter((p) => p.role === "owner");
  }

  approval(person: string, week: string): Approval | null {
    for (const { approval } of this.approvalNotes.values()) {
      if (approval.week === week && approval.person.toLowerCase() === person.toLowerCase()) return approval;
    }
    return null;
  }

  approvals(): Approval[] {
    return [...this.approvalNotes.values()].map((a) => a.approval).sort((a, b) => a.week.localeCompare(b.week) || a.person.localeCompare(b.person));
  }

  diagnostics(): Diagnostic[] {
    const out = [...this.resolve().diagnostics];
    for (const a of this.approvalNotes.values()) out.push(...a.diagnostics);
    return out;
  }

  private resolve(): { people: Person[]; byRef: Map<string, Person>; diagnostics: Diagnostic[] } {
    if (this.resolved) return this.resolved;
    const diagnostics: Diagnostic[] = [];
    const byKey = new Map<string, Person>();
    const notes = [...this.personNotes.values()].sort((a, b) => Number(a.person?.legacy ?? 0) - Number(b.person?.legacy ?? 0));
    for (const read of notes) {
      diagnostics.push(...read.diagnostics);
      const p = read.person;
      if (!p) continue;
      const k = p.key.normalize("NFC").toLowerCase();
      if (byKey.has(k)) {
        // A subcontractor note beside the team note that replaced it: the team note is the person.
        if (!p.legacy) diagnostics.push(duplicate(p, byKey.get(k) as Person));
        continue;
      }
      const unsafe = unsafeNamePart(p.key);
      // The person's log notes must read back as theirs, not as a sync service's copy.
      const probe = classifyPath(personLogPath(this.layout, "x", "2026-01", p.key), this.layout);
      if (!p.legacy && (unsafe !== null || probe.kind !== "log" || probe.person !== p.key)) {
        diagnostics.push({ severity: "error", code: "person-name-unsafe", file: p.file, line: 0, params: { name: p.key } });
        continue;
      }
      byKey.set(k, p);
    }
    const people = [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name));
    const byRef = new Map<string, Person>();
    const names = new Map<string, Person[]>();
    for (const p of people) byRef.set(p.key.normalize("NFC").toLowerCase(), p);
    for (const p of people) {
      const n = p.name.normalize("NFC").toLowerCase();
      names.set(n, [...(names.get(n) ?? []), p]);
    }
    for (const [n, list] of names) {
      // One name on two notes: an error, and the name alone finds nobody (the keys still do).
      if (list.length > 1) for (const p of list.slice(1)) diagnostics.push(duplicate(p, list[0]));
      else if (!byRef.has(n)) byRef.set(n, list[0]);
    }
    this.resolved = { people, byRef, diagnostics };
    return this.resolved;
  }
}

function duplicate(p: Person, other: Person): Diagnostic {
  return { severity: "error", code: "person-duplicate", file: p.file, line: 0, field: "name", params: { name: p.name, other: other.file } };
}
