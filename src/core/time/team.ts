// The team at work (docs/team.md): who a device works as, which running timers are theirs, each
// person's hours, the weeks waiting for approval, and what approving a week records.

import type { Entry } from "../shared/types";
import type { VaultIndex } from "../index/vault-index";
import type { Person } from "../lifecycle/people";
import { personOfLog } from "../shared/paths";
import { dayRange, weekOf, weekRange } from "../shared/week";
import { APPROVAL_WEEK_START, standingOf, type Standing } from "../index/entry-standing";
import { entryFingerprint } from "../billing/invoice-check";
import { linkTarget } from "../notes/timed-line";
import type { Task } from "../shared/types";

export type WhoResult = { ok: true; person: Person | null } | { ok: false; name: string };

/**
 * Who a device works as: `asked` (a person's key or name; a setting or `--as`) or, when empty, the
 * owner (null with no team: the VA alone, writing the plain log notes of today).
 */
export function whoIs(index: VaultIndex, asked: string | null | undefined): WhoResult {
  const name = (asked ?? "").trim();
  if (name === "") return { ok: true, person: index.team.owners()[0] ?? null };
  const p = index.team.find(name);
  return p === null ? { ok: false, name } : { ok: true, person: p };
}

/** The log-note person a writer as `me` uses: none for the owner (the plain log notes), else their key. */
export function logPersonOf(me: Person | null): string | null {
  return me === null || me.role === "owner" ? null : me.key;
}

/** True when `e` is in `me`'s own log notes (the owner's: the plain ones and their own). */
export function isMine(e: Entry, me: Person | null): boolean {
  const p = personOfLog(e.file);
  if (me === null || me.role === "owner") return p === null || (me !== null && p.toLowerCase() === me.key.toLowerCase());
  return p !== null && p.toLowerCase() === me.key.toLowerCase();
}

/** The key of the person whose entry it is (the owner for the plain log notes; "" with no team). */
export function personOf(e: Entry, index: VaultIndex): string {
  return personOfLog(e.file) ?? index.team.owners()[0]?.key ?? "";
}

export interface PersonWeek {
  key: string;
  name: string;
  role: string;
  weekMs: number;
  todayMs: number;
  /** Of weekMs: time that needs approval and has none (or changed since). */
  unapprovedMs: number;
  running: Entry[];
}

export interface DueApproval {
  person: string;
  week: string;
  entries: number;
  ms: number;
  running: boolean;
  changed: number;
}

export interface TeamSummary {
  week: string;
  people: PersonWeek[];
  due: DueApproval[];
}

/** People, hours of `week` and today, running timers, and the weeks (of the last `back`) waiting for approval. */
export function teamSummary(index: VaultIndex, now: number, zone: string, week: string, back = 8): TeamSummary {
  const range = weekRange(week, zone, APPROVAL_WEEK_START);
  const today = dayRange(now, zone);
  const people = index.team.people();
  const rows = new Map<string, PersonWeek>();
  for (const p of people) rows.set(p.key.toLowerCase(), { key: p.key, name: p.name, role: p.role, weekMs: 0, todayMs: 0, unapprovedMs: 0, running: [] });
  const dueFrom = range.to - (back + 1) * 7 * 86_400_000;
  const due = new Map<string, DueApproval>();
  for (const e of index.entriesBetween(Math.min(dueFrom, today.from), Math.max(range.to, today.to))) {
    const row = rows.get(personOf(e, index).toLowerCase());
    const end = e.end ?? now;
    const s: Standing = standingOf(e, index.team, index.layoutZone());
    if (row) {
      if (e.end === null) row.running.push(e);
      row.weekMs += overlap(e.start, end, range.from, range.to);
      row.todayMs += overlap(e.start, end, today.from, today.to);
      if (s !== "own" && s !== "approved" && e.start >= range.from && e.start < range.to) row.unapprovedMs += Math.max(0, end - e.start);
    }
    if ((s === "unapproved" || s === "changed") && e.start >= dueFrom) {
      const w = weekOf(e.start, index.layoutZone(), APPROVAL_WEEK_START);
      const person = personOfLog(e.file) as string;
      const k = `${w} ${person}`;
      const d = due.get(k) ?? { person, week: w, entries: 0, ms: 0, running: false, changed: 0 };
      d.entries++;
      d.ms += Math.max(0, end - e.start);
      if (e.end === null) d.running = true;
      if (s === "changed") d.changed++;
      due.set(k, d);
    }
  }
  return {
    week,
    people: [...rows.values()],
    due: [...due.values()].sort((a, b) => a.week.localeCompare(b.week) || a.person.localeCompare(b.person)),
  };
}

function overlap(a: number, b: number, from: number, to: number): number {
  return Math.max(0, Math.min(b, to) - Math.max(a, from));
}

export type ApprovalDraft =
  | { ok: true; person: Person; week: string; entries: { id: string; fingerprint: string; ms: number }[]; ms: number }
  | { ok: false; problem: "not-owner" | "owner-needs-none" | "running" | "nothing" | "ids-missing"; running?: Entry[] };

/**
 * What approving `person`'s `week` records: every entry of theirs that started in it, with its
 * fingerprint. Refused while one of their timers runs in it (its end, and so its hours, are not
 * known yet), and while an entry has no block id of its own (its id would move with the line).
 */
export function approvalDraft(index: VaultIndex, approver: Person | null, person: Person, week: string): ApprovalDraft {
  if (approver === null || approver.role !== "owner") return { ok: false, problem: "not-owner" };
  if (person.role === "owner") return { ok: false, problem: "owner-needs-none" };
  const zone = index.layoutZone();
  const range = weekRange(week, zone, APPROVAL_WEEK_START);
  const theirs = index
    .entriesBetween(range.from - 86_400_000, range.to)
    .filter((e) => e.start >= range.from && e.start < range.to && personOfLog(e.file)?.toLowerCase() === person.key.toLowerCase());
  const running = theirs.filter((e) => e.end === null);
  if (running.length > 0) return { ok: false, problem: "running", running };
  if (theirs.length === 0) return { ok: false, problem: "nothing" };
  if (theirs.some((e) => e.id.includes(":"))) return { ok: false, problem: "ids-missing" };
  const entries = theirs.map((e) => ({ id: e.id, fingerprint: entryFingerprint(e), ms: (e.end as number) - e.start }));
  return { ok: true, person, week, entries, ms: entries.reduce((s, e) => s + e.ms, 0) };
}

/**
 * The tasks of one person (the overview's filter): assigned to them (the `assignee` link names
 * their note or their name); for an owner, also the tasks nobody is assigned to.
 */
export function tasksOf(tasks: readonly Task[], p: Person): Task[] {
  const names = new Set([p.key.toLowerCase(), p.name.toLowerCase()]);
  return tasks.filter((t) => (t.assignee === null ? p.role === "owner" : names.has(linkTarget(t.assignee).toLowerCase())));
}
