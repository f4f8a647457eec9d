// The index's part for invoices: invoice notes read one file at a time, and each client note's
// invoice fields. Reports and the weekly review read invoices from here (`records()`).

import type { Diagnostic, Entry } from "../shared/types";
import { readInvoiceNote, type InvoiceRecord } from "../billing/invoice-note";
import { readClientInvoiceFields, DEFAULT_INVOICE_FIELDS, type ClientInvoiceFields } from "../billing/invoice-client";
import { buildLedger, entryDiscrepancies, type Ledger } from "../billing/invoice-ledger";
import { append } from "../shared/append";
import { invoiceIntegrity } from "../billing/invoice-integrity";

/**
 * One invoice note as the index keeps it: its numbers in an array and all its text fields joined
 * into one string. Joining copies the characters: a field sliced from the note's text would keep
 * the whole text alive (invariant 8: the index keeps no note's text). Full records are made when
 * asked for (records(), byPath()).
 */
interface CompactInvoice {
  file: string;
  clientKey: string;
  /**
   * number, client, status, issued, due, period_from, period_to, currency, ids, checks, packages,
   * payments, then subtotal, discount, tax, total, deposit, paid, balance, carry minutes and
   * moneyOk (1/0) as decimal text, then the seal: joined by SEP. Numbers as text cost less than an array.
   */
  text: string;
}

const SEP = "\u0000";
const NONE = "\u0001";

function compact(r: InvoiceRecord): CompactInvoice {
  const opt = (v: string | null) => v ?? NONE;
  const text = [
    r.number,
    r.client,
    r.status,
    opt(r.issued),
    opt(r.due),
    opt(r.periodFrom),
    opt(r.periodTo),
    r.currency,
    r.entries.join(" "),
    [...r.checks].map(([id, h]) => `${id} ${h}`).join(" "),
    r.packages.join("\n"),
    // Separators typed inside a method would split it: they become spaces.
    // eslint-disable-next-line no-control-regex -- the separators are control characters on purpose
    r.payments.map((p) => `${p.date}\t${p.amount}\t${p.method.replace(/[\t\n\u0000\u0001]/g, " ")}`).join("\n"),
    r.subtotal,
    r.discount,
    r.tax,
    r.total,
    r.deposit,
    r.paid,
    r.balance,
    r.carryMinutes,
    r.moneyOk ? 1 : 0,
    opt(r.seal),
  ].join(SEP);
  return { file: r.file, clientKey: r.clientKey, text };
}

function expand(c: CompactInvoice): InvoiceRecord {
  const parts = c.text.split(SEP);
  const [number, client, status, issued, due, periodFrom, periodTo, currency, ids, checkText, packageText, paymentText] = parts;
  const opt = (v: string) => (v === NONE ? null : v);
  const checks = new Map<string, string>();
  if (checkText !== "") {
    const parts = checkText.split(" ");
    for (let i = 0; i + 1 < parts.length; i += 2) checks.set(parts[i], parts[i + 1]);
  }
  const [subtotal, discount, tax, total, deposit, paid, balance, carryMinutes, moneyOk] = parts.slice(12, 21).map(Number);
  return {
    file: c.file,
    clientKey: c.clientKey,
    number,
    client,
    status: status as InvoiceRecord["status"],
    issued: opt(issued),
    due: opt(due),
    periodFrom: opt(periodFrom),
    periodTo: opt(periodTo),
    currency,
    subtotal,
    discount,
    tax,
    total,
    deposit,
    paid,
    balance,
    entries: ids === "" ? [] : ids.split(" "),
    checks,
    packages: packageText === "" ? [] : packageText.split("\n"),
    carryMinutes,
    payments:
      paymentText === ""
        ? []
        : paymentText.split("\n").map((line) => {
            const [date, amount, method] = line.split("\t");
            return { date, amount: Number(amount), method };
          }),
    moneyOk: moneyOk === 1,
    seal: opt(parts[21]),
  };
}

export class InvoiceShelf {
  /** Path → the invoice, or null for a note in an Invoices folder that is not one. */
  private readonly invoices = new Map<string, CompactInvoice | null>();
  /** Only the notes with problems. */
  private readonly problems = new Map<string, Diagnostic[]>();
  private readonly fields = new Map<string, { fields: ClientInvoiceFields; diagnostics: Diagnostic[] }>();
  private ledgerCache: Ledger | null = null;
  private recordsCache: InvoiceRecord[] | null = null;

  setInvoice(path: string, clientKey: string, data: Record<string, unknown> | null, fieldLines: Map<string, number>, yamlError: { line: number; reason: string } | null): void {
    const read = readInvoiceNote({ path, clientKey, data, fieldLines, yamlError });
    append(read.diagnostics, invoiceIntegrity({ path, clientKey, data, fieldLines, yamlError }, read.invoice));
    this.invoices.set(path, read.invoice && compact(read.invoice));
    if (read.diagnostics.length > 0) this.problems.set(path, read.diagnostics);
    else this.problems.delete(path);
    this.ledgerCache = null;
    this.recordsCache = null;
  }

  removeInvoice(path: string): boolean {
    this.ledgerCache = null;
    this.recordsCache = null;
    this.problems.delete(path);
    return this.invoices.delete(path);
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
      for (const c of this.invoices.values()) if (c) out.push(expand(c));
      this.recordsCache = out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    }
    return this.recordsCache;
  }

  /** Paths of every note in an Invoices folder, read as an invoice or not: their names are numbers in use. */
  paths(): string[] {
    return [...this.invoices.keys()];
  }

  byPath(path: string): InvoiceRecord | null {
    const c = this.invoices.get(path);
    return c ? expand(c) : null;
  }

  /** Which entries are billed, and by which invoice; cached until an invoice note changes. */
  ledger(): Ledger {
    return (this.ledgerCache ??= buildLedger(this.records()));
  }

  /** Field problems of invoice notes and client invoice fields, claims, number collisions, edited entries. */
  diagnostics(entriesByIds: (ids: ReadonlySet<string>) => Map<string, Entry>): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const list of this.problems.values()) append(out, list);
    for (const f of this.fields.values()) append(out, f.diagnostics);
    append(out, this.ledger().diagnostics);
    const records = this.records();
    const ids = new Set<string>();
    for (const r of records) if (r.status !== "void") for (const id of r.entries) ids.add(id);
    const found = entriesByIds(ids);
    append(out, entryDiscrepancies(records, (id) => found.get(id)));
    return out;
  }
}
