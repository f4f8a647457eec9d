// The index's part for invoices: invoice notes read one file at a time, and each client note's
// invoice fields. Reports and the weekly review read invoices from here (`records()`).

import type { Diagnostic, Entry } from "./types";
import { readInvoiceNote, type InvoiceRecord } from "./invoice-note";
import { readClientInvoiceFields, DEFAULT_INVOICE_FIELDS, type ClientInvoiceFields } from "./invoice-client";
import { buildLedger, entryDiscrepancies, type Ledger } from "./invoice-ledger";

interface InvoiceSlot {
  invoice: InvoiceRecord | null;
  diagnostics: Diagnostic[];
}

export class InvoiceShelf {
  private readonly slots = new Map<string, InvoiceSlot>();
  private readonly fields = new Map<string, { fields: ClientInvoiceFields; diagnostics: Diagnostic[] }>();
  private ledgerCache: Ledger | null = null;
  private recordsCache: InvoiceRecord[] | null = null;

  setInvoice(path: string, clientKey: string, data: Record<string, unknown> | null, fieldLines: Map<string, number>, yamlError: { line: number; reason: string } | null): void {
    this.slots.set(path, readInvoiceNote({ path, clientKey, data, fieldLines, yamlError }));
    this.ledgerCache = null;
    this.recordsCache = null;
  }

  removeInvoice(path: string): boolean {
    this.ledgerCache = null;
    this.recordsCache = null;
    return this.slots.delete(path);
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

  /** Every invoice note that reads as one, void ones included, by path. Cached: do not change it. */
  records(): readonly InvoiceRecord[] {
    if (this.recordsCache === null) {
      const out: InvoiceRecord[] = [];
      for (const slot of this.slots.values()) if (slot.invoice) out.push(slot.invoice);
      this.recordsCache = out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    }
    return this.recordsCache;
  }

  /** Paths of every note in an Invoices folder, read as an invoice or not: their names are numbers in use. */
  paths(): string[] {
    return [...this.slots.keys()];
  }

  byPath(path: string): InvoiceRecord | null {
    return this.slots.get(path)?.invoice ?? null;
  }

  /** Which entries are billed, and by which invoice; cached until an invoice note changes. */
  ledger(): Ledger {
    return (this.ledgerCache ??= buildLedger(this.records()));
  }

  /** Field problems of invoice notes and client invoice fields, claims, number collisions, edited entries. */
  diagnostics(entriesByIds: (ids: ReadonlySet<string>) => Map<string, Entry>): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const slot of this.slots.values()) out.push(...slot.diagnostics);
    for (const f of this.fields.values()) out.push(...f.diagnostics);
    out.push(...this.ledger().diagnostics);
    const records = this.records();
    const ids = new Set<string>();
    for (const r of records) if (r.status !== "void") for (const id of r.entries) ids.add(id);
    const found = entriesByIds(ids);
    out.push(...entryDiscrepancies(records, (id) => found.get(id)));
    return out;
  }
}
