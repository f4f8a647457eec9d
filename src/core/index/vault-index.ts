// The index of clients, time entries and plan blocks: what it answers. What it keeps of each note,
// and how one file's change updates it (a cold start feeds every file, a change the one file),
// is in indexed-notes.ts.

import type { Block, Client, Diagnostic, Entry, Task } from "../shared/types";
import { LineStore } from "./log-store";
import { linkTarget } from "../notes/timed-line";
import { personOfLog, personOfPlan } from "../shared/paths";
import { resolveTask } from "../notes/task-note";
import type { Contact } from "../lifecycle/communication";
import { append } from "../shared/append";
import { exactDuplicateDiagnostics, sharedIdDiagnostics } from "./log-duplicates";
import type { EntryLookup, IdSet } from "./id-counts";
import type { IdCountTable } from "./id-count-table";
import { standingDiagnostics } from "./entry-standing";
import { IndexedNotes } from "./indexed-notes";

export class VaultIndex extends IndexedNotes {
  private allEntries: { version: number; byClient: Map<string, readonly Entry[]> } = { version: -1, byClient: new Map() };
  /** Which lines the last lookup of entries by id marked, and what it was for (billedLine). */
  private lastListed: { version: number; ids: IdSet; listed: EntryLookup["listed"] } | null = null;

  protected override letGo(): void {
    super.letGo();
    // The billed marks of check's walk (kept for one billedLine, which the problems view skips
    // when no invoice has a period) and every client's entries of invoice drafting.
    this.lastListed = null;
    if (this.allEntries.byClient.size > 0) this.allEntries = { version: -1, byClient: new Map() };
  }

  private ensureIdCounts(): IdCountTable {
    return this.ids.ensure(this.logs.values());
  }

  /** Whether an entry with this block id exists anywhere in the vault. */
  hasId(id: string): boolean {
    return this.ensureIdCounts().has(id);
  }

  /** The entries with these block ids (the first of each, when an id is used twice), in one pass. */
  entriesByIds(ids: ReadonlySet<string>): Map<string, Entry> {
    const out = new Map<string, Entry>();
    const find = this.entryFinder(ids);
    for (const id of ids) {
      const e = find.entry(id);
      if (e) out.set(id, e);
    }
    return out;
  }

  private entryFinder(ids: IdSet, located?: IdSet): EntryLookup {
    const lookup = this.ids.finder(this.logs.values(), ids, located);
    this.lastListed = { version: this.version, ids, listed: lookup.listed };
    return lookup;
  }

  /**
   * Whether a log line carries an id a live invoice lists (the invoice shelf's ledger): from the
   * walk that found the invoices' entries for `diagnostics()` while nothing changed since, so
   * `check` reads no line's id a second time; else by the line's id.
   */
  billedLine(): (store: LineStore, i: number) => boolean {
    const billed = this.invoices.ledger().billedBy;
    const last = this.lastListed;
    // Handed out once: the marks are not kept beyond the `check` that made them.
    this.lastListed = null;
    if (last !== null && last.version === this.version && last.ids === billed) return last.listed;
    return (store, i) => {
      const id = store.id(i);
      return id !== "" && billed.has(id);
    };
  }

  /** The problems of a client note's fields, as `check` lists them. */
  clientNoteProblems(key: string): readonly Diagnostic[] {
    return this.clientNotes.get(key)?.diagnostics ?? [];
  }

  /**
   * What `check` reports as an error about a client and its time around [from, to): its client
   * note and invoice fields, the unreadable lines of its log notes of those months, and its entries
   * there whose id another line uses too. Creating an invoice refuses on any of them.
   */
  billingProblems(key: string, from: number, to: number): Diagnostic[] {
    const out: Diagnostic[] = [];
    const errors = (list: readonly Diagnostic[] | undefined) => {
      for (const d of list ?? []) if (d.severity === "error") out.push(d);
    };
    errors(this.clientNotes.get(key)?.diagnostics);
    errors(this.invoices.clientFieldProblems(key));
    // A log note is the user's month; a day on either side covers any client's zone.
    const DAY = 86_400_000;
    const overlaps = (month: string) => Date.UTC(+month.slice(0, 4), +month.slice(5, 7), 1) + DAY > from && Date.UTC(+month.slice(0, 4), +month.slice(5, 7) - 1, 1) - DAY < to;
    // A conflicted copy of one of its months may hold entries to bill: merged first.
    errors(this.copies.diagnostics((p) => this.logs.get(p)).filter((d) => this.copies.list().some((c) => c.path === d.file && c.key === key && overlaps(c.month))));
    const counts = this.ensureIdCounts();
    for (const store of this.logsByClient.get(key) ?? []) {
      const path = store.path;
      const m = /\/(\d{4})-(\d{2})(?: [^/]*)?\.md$/.exec(path);
      const start = m ? Date.UTC(+m[1], +m[2] - 1, 1) - DAY : -Infinity;
      const end = m ? Date.UTC(+m[1], +m[2], 1) + DAY : Infinity;
      if (end <= from || start >= to) continue;
      errors(this.logDiagnostics.get(path));
      if (this.ids.duplicates === 0) continue;
      for (let i = 0; i < store.count; i++) {
        const id = store.id(i);
        if (id === "" || (counts.get(id) ?? 0) < 2) continue;
        out.push({ severity: "error", code: "entry-id-shared", file: path, line: store.line(i), params: { value: id } });
      }
    }
    return out;
  }

  clients(): Client[] {
    const out: Client[] = [];
    for (const read of this.clientNotes.values()) if (read.client) out.push(read.client);
    return out.sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Every client, in no particular order: for callers that sort or filter themselves (no collation cost). */
  forEachClient(fn: (client: Client) => void): void {
    for (const read of this.clientNotes.values()) if (read.client) fn(read.client);
  }

  client(key: string): Client | null {
    return this.clientNotes.get(key)?.client ?? null;
  }

  /** The client a plan line or a typed name points at: folder name first, then display name. */
  findClient(ref: string): Client | null {
    const direct = this.client(ref);
    if (direct) return direct;
    if (this.names === null) {
      this.names = new Map();
      for (const read of this.clientNotes.values()) {
        const c = read.client;
        if (!c) continue;
        this.names.set(normName(c.key), c.key);
        if (!this.names.has(normName(c.name))) this.names.set(normName(c.name), c.key);
      }
    }
    const key = this.names.get(normName(ref));
    return key === undefined ? null : this.client(key);
  }

  /**
   * `fn` called once per entry: a block id on several lines (a sync merge copied a line, or two
   * devices stopped one timer) is counted once, at the first line met, until it is resolved; `check`
   * reports it and billing refuses it.
   */
  private once(fn: (store: LineStore, i: number) => void, small = false): (store: LineStore, i: number) => void {
    if (small && !this.ids.kept) {
      // One client's lines, and the counts not taken yet (`report` never needs them otherwise):
      // the ids this query meets are kept instead. The same lines pass: a line is dropped only
      // for an id met earlier in the query, which is then on two lines of the vault.
      const met = new Set<string>();
      return (store, i) => {
        const id = store.id(i);
        if (id !== "") {
          if (met.has(id)) return;
          met.add(id);
        }
        fn(store, i);
      };
    }
    const counts = this.ensureIdCounts();
    if (this.ids.duplicates === 0) return fn;
    const seen = new Set<string>();
    return (store, i) => {
      const id = store.id(i);
      if (id !== "" && (counts.get(id) ?? 0) > 1) {
        if (seen.has(id)) return;
        seen.add(id);
      }
      fn(store, i);
    };
  }

  /** Entries of one client that overlap [from, to), by start. Reads only the client's logs. */
  entriesOf(key: string, from: number, to: number): Entry[] {
    const out: Entry[] = [];
    const add = this.once((s, i) => out.push(s.entry(i)), true);
    for (const store of this.logsByClient.get(key) ?? []) if (store.overlaps(from, to)) linesIn(store, from, to, add);
    return out.sort(byStart);
  }

  /**
   * Every entry of one client, by start, kept until the index changes: drafting an invoice reads
   * them all (the default period and the ledger), for every client in a batch. Shared: read only.
   */
  allEntriesOf(key: string): readonly Entry[] {
    if (this.allEntries.version !== this.version) this.allEntries = { version: this.version, byClient: new Map() };
    let list = this.allEntries.byClient.get(key);
    if (!list) this.allEntries.byClient.set(key, (list = this.entriesOf(key, -Infinity, Infinity)));
    return list;
  }

  /** Entries of every client that overlap [from, to), by start. */
  entriesBetween(from: number, to: number): Entry[] {
    const out: Entry[] = [];
    this.forEachEntryLine(from, to, (store, i) => out.push(store.entry(i)));
    return out.sort(byStart);
  }

  /**
   * Calls `fn(store, i)` for every entry line that overlaps [from, to), store by store, making no
   * Entry objects: for callers that read a few fields of a thousand entries on every redraw.
   */
  forEachEntryLine(from: number, to: number, fn: (store: LineStore, i: number) => void): void {
    const each = this.once(fn);
    this.buckets.forEachOverlapping(from, to, (store) => linesIn(store, from, to, each));
  }

  /**
   * Parses up to `max` plan notes the cold start kept as text (they are parsed on first need
   * otherwise); true while some are left. Memory only: what the index answers does not change.
   */
  parseShelvedPlans(max: number): boolean {
    return this.plans.parseSome(max);
  }

  /** Parses the plan note at `path` now rather than on first need (a command that reads them all). */
  parsePlan(path: string): void {
    this.plans.parse(path);
  }

  /** Running timers (entries without an end), on every device. */
  running(): Entry[] {
    const out: Entry[] = [];
    for (const store of this.logs.values()) {
      if (store.maxEnd !== Infinity) continue;
      for (let i = 0; i < store.count; i++) if (Number.isNaN(store.end(i))) out.push(store.entry(i));
    }
    return out.sort(byStart);
  }

  /** Plan blocks that overlap [from, to), with their client resolved. */
  blocksBetween(from: number, to: number): Block[] {
    const out: Block[] = [];
    this.forEachPlanLine(from, to, (store, i, ref) => {
      const b = store.block(i);
      b.clientKey = this.findClient(ref)?.key ?? null;
      const person = personOfPlan(store.path);
      if (person !== null) b.person = person;
      out.push(b);
    });
    return out.sort(byStart);
  }

  /**
   * Calls `fn(store, i, clientRef)` for every plan line that overlaps [from, to), making no Block
   * objects; `findClient(clientRef)` is the block's client.
   */
  forEachPlanLine(from: number, to: number, fn: (store: LineStore, i: number, clientRef: string) => void): void {
    this.plans.forEachOverlapping(from, to, (plan) => {
      // A person's own plan note counts once the person is on the team: without people notes a
      // note such as `2026-W48 copy.md` stays what it was, no plan (docs/team.md).
      if (plan.person !== null && this.team.find(plan.person) === null) return;
      const { store } = plan.get();
      if (!store.overlaps(from, to)) return;
      const refs = plan.refs(this.readRef);
      for (let i = 0; i < store.count; i++) {
        if (store.start(i) < to && store.end(i) > from) fn(store, i, refs[i]);
      }
    });
  }

  /** A plan line's client reference; a folder name comes back as the index's own string for it. */
  private readonly readRef = (field: string): string => {
    const ref = linkTarget(field);
    return this.folders.get(ref)?.key ?? ref;
  };

  /**
   * Task notes, by file, with deadlines as instants in their client's zone (the index's zone
   * while the client note is missing). `clientKey` limits the list to one client.
   */
  tasks(clientKey?: string): Task[] {
    const out: Task[] = [];
    for (const read of this.taskNotes.values()) {
      const t = read.task;
      if (clientKey !== undefined && t.clientKey !== clientKey) continue;
      // Each call makes its own copies anyway; the deadline's instant is remembered by dueInstant
      // per zone and day, so no resolved copy is kept per note (one per task note at rest was 16 B
      // an entry at M).
      out.push(resolveTask(t, this.client(t.clientKey)?.timezone ?? this.options.timezone));
    }
    return out.sort((a, b) => a.file.localeCompare(b.file));
  }

  /** "YYYY-MM-DD" of the client's latest check-in note (named for its day in the client's zone), or null. */
  lastCheckin(clientKey: string): string | null {
    return this.lifecycle.last(clientKey, "checkin");
  }

  /** "YYYY-MM-DD" of the client's latest feedback-survey note, or null. */
  lastSurvey(clientKey: string): string | null {
    return this.lifecycle.last(clientKey, "survey");
  }

  /** The client's logged contacts, oldest first. */
  contacts(clientKey: string): Contact[] {
    return this.lifecycle.contacts(clientKey);
  }

  entryCount(): number {
    let n = 0;
    for (const s of this.logs.values()) n += s.count;
    return n;
  }

  /** Every diagnostic, by file and line. Duplicate ids are located here, not on every update. */
  diagnostics(): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const read of this.clientNotes.values()) append(out, read.diagnostics);
    for (const list of this.logDiagnostics.values()) append(out, list);
    for (const read of this.taskNotes.values()) append(out, read.diagnostics);
    append(out, this.lifecycle.diagnostics());
    const knownRefs = new Map<string, boolean>();
    for (const shelved of this.plans.values()) {
      if (shelved.person !== null && this.team.find(shelved.person) === null) continue;
      const plan = shelved.get();
      append(out, plan.diagnostics);
      for (let i = 0; i < plan.store.count; i++) {
        // The client field alone, each text looked up once: a Block is made only for a warning.
        const ref = linkTarget(plan.store.client(i));
        let known = knownRefs.get(ref);
        if (known === undefined) knownRefs.set(ref, (known = this.findClient(ref) !== null));
        if (known) continue;
        const b = plan.store.block(i);
        out.push({ severity: "warning", code: "plan-client-unknown", file: b.file, line: b.line, field: "client", params: { value: b.clientRef } });
      }
    }
    append(out, this.invoices.diagnostics((ids, located) => this.entryFinder(ids, located)));
    append(out, this.copies.diagnostics((path) => this.logs.get(path)));
    append(out, this.calendars.diagnostics());
    append(out, exactDuplicateDiagnostics(this.logs));
    append(out, this.team.diagnostics());
    const personal: Entry[] = [];
    for (const [path, store] of this.logs) if (personOfLog(path) !== null) for (let i = 0; i < store.count; i++) personal.push(store.entry(i));
    append(out, standingDiagnostics(personal, this.team, this.options.timezone));
    // The counts first: `duplicates` is kept with them.
    const counts = this.ensureIdCounts();
    if (this.ids.duplicates > 0) append(out, sharedIdDiagnostics(this.logs, counts));
    return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  }
}

function normName(s: string): string {
  // NFC: macOS and some sync tools store names decomposed; a typed link is composed.
  return s.normalize("NFC").toLowerCase();
}

/** Calls `fn(store, i)` for the entry lines of `store` that overlap [from, to) (running ones never end). */
function linesIn(store: LineStore, from: number, to: number, fn: (store: LineStore, i: number) => void): void {
  for (let i = 0; i < store.count; i++) {
    const end = store.end(i);
    if (store.start(i) < to && (Number.isNaN(end) || end > from)) fn(store, i);
  }
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}
