// The index's part for invoices: invoice notes read one file at a time, and each client note's
// invoice fields. Kept so that drafting one client's invoice never walks every invoice of the
// vault: the notes by client, the numbers and file names in use, and how many live invoices claim
// each entry id, all updated one note at a time. Reports and the weekly review read every invoice
// (`records()`).

import type { Diagnostic } from "../shared/types";
import { readInvoiceNote, type InvoiceRecord } from "../billing/invoice-note";
import { clientKeyOf, compact, ENTRIES, expand, fieldOf, headOf, idsOf, isInvoice, numberKeyOf, oddIds, STATUS } from "./invoice-compact";
import { readClientInvoiceFields, DEFAULT_INVOICE_FIELDS, type ClientInvoiceFields } from "../billing/invoice-client";
import { buildLedger, entryDiscrepancies, type InvoiceHead, type Ledger } from "../billing/invoice-ledger";
import type { EntryLookup, IdSet } from "./id-counts";
import { nextInvoiceNumber } from "../billing/invoice-number";
import { append } from "../shared/append";
import { invoiceIntegrity } from "../billing/invoice-integrity";
import { IdKeyMap } from "../shared/id-keys";

const NO_PROBLEMS: Diagnostic[] = [];

const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** A note's file name without `.md`, lower-cased: a number in use even when the note is not an invoice. */
function fileKey(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/i, "").toLowerCase();
}

/** Counts the note's file name and, when it differs, its invoice number as in use (`by` 1) or no longer (-1). */
function countNumbers(numbers: Map<string, number>, path: string, c: string, by: number): void {
  const file = fileKey(path);
  bump(numbers, file, by);
  if (!isInvoice(c)) return;
  const number = numberKeyOf(c);
  if (number !== file) bump(numbers, number, by);
}

function bump(map: Map<string, number>, key: string, by: number): void {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
}

/**
 * Every kept invoice read back one way (full records, or the heads `check` reads), in file order
 * and by client, kept until an invoice changes. Each client's list comes from the same objects as
 * the whole list when that is made first: `check` reads both.
 */
class ReadBack<T extends { file: string; clientKey: string }> {
  private all: T[] | null = null;
  private readonly ofClient = new Map<string, T[]>();

  constructor(
    private readonly invoices: ReadonlyMap<string, string>,
    private readonly byClient: ReadonlyMap<string, readonly string[]>,
    private readonly odd: ReadonlyMap<string, readonly string[]>,
    private readonly make: (path: string, c: string, odd: readonly string[] | undefined) => T,
  ) {}

  get empty(): boolean {
    return this.all === null && this.ofClient.size === 0;
  }

  every(): readonly T[] {
    if (this.all === null) {
      const out: T[] = [];
      for (const [path, c] of this.invoices) if (isInvoice(c)) out.push(this.make(path, c, this.odd.get(path)));
      this.all = out.sort(byFile);
      const lists = new Map<string, T[]>();
      for (const r of out) {
        if (this.ofClient.has(r.clientKey)) continue;
        let list = lists.get(r.clientKey);
        if (!list) lists.set(r.clientKey, (list = []));
        list.push(r);
      }
      for (const [key, list] of lists) this.ofClient.set(key, list);
    }
    return this.all;
  }

  of(clientKey: string): readonly T[] {
    let list = this.ofClient.get(clientKey);
    if (!list) {
      list = [];
      for (const path of this.byClient.get(clientKey) ?? []) {
        const c = this.invoices.get(path);
        if (c !== undefined && isInvoice(c)) list.push(this.make(path, c, this.odd.get(path)));
      }
      list.sort(byFile);
      this.ofClient.set(clientKey, list);
    }
    return list;
  }

  /** One client's invoices changed (null: which is not known). */
  changed(clientKey: string | null): void {
    if (clientKey !== null) this.ofClient.delete(clientKey);
    this.all = null;
  }

  clear(): void {
    this.all = null;
    this.ofClient.clear();
  }
}

export class InvoiceShelf {
  /** Path → the invoice as kept (see `compact`), or the client key alone for a note in an Invoices folder that is not one. */
  private readonly invoices = new Map<string, string>();
  /** Client key → paths of its invoice notes. */
  private readonly byClient = new Map<string, string[]>();
  /** The ids of the few invoices whose joined entries field could not give them back, by path. */
  private readonly odd = new Map<string, readonly string[]>();
  /**
   * Numbers and file names in use (lower case) → how many notes use each. Built on first need (a
   * draft), not on the cold start: ~7 B an entry at M held by a vault that never drafts.
   */
  private numbers: Map<string, number> | null = null;
  /**
   * Entry id → how many live invoices list it. Built on first need (isBilled), not on the cold
   * start, then kept up to date note by note.
   */
  private claims: Map<string, number> | null = null;
  /** Only the notes with problems. */
  private readonly problems = new Map<string, Diagnostic[]>();
  private readonly fields = new Map<string, { fields: ClientInvoiceFields; diagnostics: Diagnostic[] }>();
  /** pattern|issued → the next number, until a number in use changes. */
  private readonly nextNumbers = new Map<string, string>();
  private readonly recordsRead = new ReadBack<InvoiceRecord>(this.invoices, this.byClient, this.odd, expand);
  private readonly headsRead = new ReadBack<InvoiceHead>(this.invoices, this.byClient, this.odd, headOf);
  /** The ledger of `heads` (the cached array it was built from, so a change of invoices drops it). */
  private ledgerCache: { heads: readonly InvoiceHead[]; ledger: Ledger } | null = null;

  setInvoice(path: string, clientKey: string, data: Record<string, unknown> | null, fieldLines: Map<string, number>, yamlError: { line: number; reason: string } | null): void {
    this.removeInvoice(path);
    const read = readInvoiceNote({ path, clientKey, data, fieldLines, yamlError });
    append(read.diagnostics, invoiceIntegrity({ path, clientKey, data, fieldLines, yamlError }, read.invoice));
    const odd = read.invoice !== null && oddIds(read.invoice);
    const c = read.invoice ? compact(read.invoice, odd) : clientKey;
    this.keep(path, clientKey, c, odd && read.invoice ? read.invoice.entries : null, read.diagnostics);
  }

  /** An invoice note read straight into its kept string (invoice-fast.ts): no problems, no odd ids. */
  setKept(path: string, clientKey: string, c: string): void {
    this.removeInvoice(path);
    this.keep(path, clientKey, c, null, NO_PROBLEMS);
  }

  private keep(path: string, clientKey: string, c: string, odd: string[] | null, diagnostics: Diagnostic[]): void {
    this.invoices.set(path, c);
    if (odd !== null) this.odd.set(path, odd);
    let paths = this.byClient.get(clientKey);
    if (!paths) this.byClient.set(clientKey, (paths = []));
    paths.push(path);
    if (this.numbers !== null) countNumbers(this.numbers, path, c, 1);
    this.nextNumbers.clear();
    if (isInvoice(c) && this.claims !== null) for (const id of this.claimsOf(path, c)) bump(this.claims, id, 1);
    if (diagnostics.length > 0) this.problems.set(path, diagnostics);
    this.changed(clientKey);
  }

  removeInvoice(path: string): boolean {
    const had = this.invoices.has(path);
    if (!had) return false;
    const c = this.invoices.get(path) as string;
    this.problems.delete(path);
    if (this.numbers !== null) countNumbers(this.numbers, path, c, -1);
    this.nextNumbers.clear();
    const clientKey = clientKeyOf(c);
    const paths = this.byClient.get(clientKey);
    if (paths) {
      const at = paths.indexOf(path);
      if (at >= 0) paths.splice(at, 1);
      if (paths.length === 0) this.byClient.delete(clientKey);
    }
    if (isInvoice(c) && this.claims !== null) for (const id of this.claimsOf(path, c)) bump(this.claims, id, -1);
    this.invoices.delete(path);
    this.odd.delete(path);
    this.changed(clientKey);
    return true;
  }

  /**
   * Lets go of what is derived from every invoice (the heads and the ledger `check` and the problems
   * view read, ~6 MiB at L; the records spelt out for reports and drafts, ~34 MiB more), once the
   * vault changes: rebuilt on their next need.
   */
  dropDerived(): void {
    // Called on every note set or removed: on a cold start, with nothing derived yet, it does nothing.
    if (this.recordsRead.empty && this.headsRead.empty && this.ledgerCache === null) return;
    this.recordsRead.clear();
    this.headsRead.clear();
    this.ledgerCache = null;
  }

  private changed(clientKey: string | null): void {
    this.recordsRead.changed(clientKey);
    this.headsRead.changed(clientKey);
  }

  setClientFields(key: string, path: string, data: Record<string, unknown> | null, fieldLines: Map<string, number>, currency: string): void {
    this.fields.set(key, readClientInvoiceFields(path, data, fieldLines, currency));
  }

  removeClientFields(key: string): void {
    this.fields.delete(key);
  }

  clientFields(key: string): ClientInvoiceFields {
    return this.fields.get(key)?.fields ?? DEFAULT_INVOICE_FIELDS;
  }

  /** Problems of a client note's invoice fields. */
  clientFieldProblems(key: string): readonly Diagnostic[] {
    return this.fields.get(key)?.diagnostics ?? [];
  }

  /** Every invoice note that reads as one, void ones included, by path. Cached: do not change it. */
  records(): readonly InvoiceRecord[] {
    return this.recordsRead.every();
  }

  /** One client's invoice notes that read as invoices, every status, by path. Cached: do not change it. */
  recordsOf(clientKey: string): readonly InvoiceRecord[] {
    return this.recordsRead.of(clientKey);
  }

  /** What the ledger and `check` read of every invoice note (the full records are not made), by path. Cached: do not change it. */
  heads(): readonly InvoiceHead[] {
    return this.headsRead.every();
  }

  /** heads() of one client, by path. Cached: do not change it. */
  headsOf(clientKey: string): readonly InvoiceHead[] {
    return this.headsRead.of(clientKey);
  }

  /** Numbers and file names in use across the vault (lower case): a new number is none of them. */
  numbersInUse(): Iterable<string> {
    return this.numberCounts().keys();
  }

  private numberCounts(): Map<string, number> {
    if (this.numbers === null) {
      const numbers = new Map<string, number>();
      for (const [path, c] of this.invoices) countNumbers(numbers, path, c, 1);
      this.numbers = numbers;
    }
    return this.numbers;
  }

  /**
   * The next invoice number for the pattern and issue date: one past every number in use (kept
   * until a number in use changes, so drafting every client's invoice scans the numbers once).
   */
  nextNumber(pattern: string, issued: string): string {
    const key = `${pattern}\u0000${issued}`;
    let n = this.nextNumbers.get(key);
    if (n === undefined) this.nextNumbers.set(key, (n = nextInvoiceNumber(pattern, issued, [...this.numberCounts().keys()])));
    return n;
  }

  /** Whether a live invoice lists this entry id. */
  isBilled(id: string): boolean {
    if (this.claims === null) {
      const claims = new Map<string, number>();
      for (const [path, c] of this.invoices) if (isInvoice(c)) for (const claimed of this.claimsOf(path, c)) bump(claims, claimed, 1);
      this.claims = claims;
    }
    return this.claims.has(id);
  }

  /** The ids a live invoice claims (none for a void one), as the note listed them. */
  private claimsOf(path: string, c: string): readonly string[] {
    if (fieldOf(c, STATUS) === "void") return [];
    return this.odd.get(path) ?? idsOf(fieldOf(c, ENTRIES));
  }

  /** Paths of every note in an Invoices folder, read as an invoice or not. */
  paths(): string[] {
    return [...this.invoices.keys()];
  }

  byPath(path: string): InvoiceRecord | null {
    const c = this.invoices.get(path);
    return c !== undefined && isInvoice(c) ? expand(path, c, this.odd.get(path)) : null;
  }

  /** Billed ids across invoices (invoice-ledger.ts), kept with the records until an invoice changes. */
  ledger(): Ledger {
    const heads = this.heads();
    if (this.ledgerCache === null || this.ledgerCache.heads !== heads) this.ledgerCache = { heads, ledger: buildLedger(heads) };
    return this.ledgerCache.ledger;
  }

  /** Field problems of invoice notes and client invoice fields, claims, number collisions, edited entries. */
  diagnostics(entriesByIds: (ids: IdSet, located: IdSet) => Pick<EntryLookup, "has" | "hasKey" | "entry">): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const list of this.problems.values()) append(out, list);
    for (const f of this.fields.values()) append(out, f.diagnostics);
    const heads = this.heads();
    const ledger = this.ledger();
    append(out, ledger.diagnostics);
    // The ledger's billed ids are the ids of live invoices: the ones to look up. Only those with
    // a recorded fingerprint need their Entry; the others, only whether they are there.
    const recorded = new IdKeyMap<true>();
    for (const h of heads) if (h.status !== "void") for (const id of h.checks().keys()) recorded.set(id, true);
    const found = entriesByIds(ledger.billedBy, recorded);
    append(out, entryDiscrepancies(heads, found.entry, found));
    return out;
  }
}
