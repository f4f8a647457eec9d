// How the index keeps one invoice note in little memory (invoice-shelf.ts): all its fields joined
// into one string, read back field by field or spelt out as a full record when asked for.

import type { InvoiceKind, InvoiceRecord, InvoiceStatus } from "../billing/invoice-note";
import type { InvoiceHead } from "../billing/invoice-ledger";
import { idKeyAt, idKeyOfDigits, readIds, type IdReader } from "../shared/id-keys";

/*
 * One invoice note as the index keeps it: one string, its client key then all its fields, joined.
 * Joining copies the characters: a field sliced from the note's text would keep the whole text
 * alive (invariant 8: the index keeps no note's text). Full records are made when asked for. A note
 * in an Invoices folder that is not an invoice is kept as its client key alone.
 */
const SEP = "\u0000";
const NONE = "\u0001";
/** The client field when it links the note's own client folder (`[[<key>]]`), as almost all do. */
const SAME = "\u0002";
/** The entries field when every id is the plugin's own (`cd-…`): the ids without the prefix. */
const CD = "\u0003";
/** Starts a client or entries field that starts like a coded one. */
const ESC = "\u0004";
/** The client key, then the text fields, in order, then the numbers. */
const TEXTS = 18;
/** Where the status and the entries fields are. */
export const STATUS = 3;
export const ENTRIES = 9;

function escaped(v: string): string {
  return v !== "" && v.charCodeAt(0) <= 4 ? ESC + v : v;
}

function unescaped(v: string): string {
  return v.charCodeAt(0) === 4 ? v.slice(1) : v;
}

/** Whether the ids cannot be read back from the joined entries field (an empty id, a space or a separator in one). */
export function oddIds(r: InvoiceRecord): boolean {
  // The free text before the entries field holding a separator would move it: then kept apart too.
  const moved = r.number.includes(SEP) || r.client.includes(SEP) || r.currency.includes(SEP);
  return moved || r.entries.some((id) => id === "" || id.includes(" ") || id.includes(SEP));
}

/** "k v k v …" of a Map, in its order. */
function pairsText(m: ReadonlyMap<string, string | number>): string {
  let s = "";
  for (const [k, v] of m) s = s === "" ? `${k} ${v}` : `${s} ${k} ${v}`;
  return s;
}

/** The ids joined by spaces, each without `cd-` when every one is the plugin's own (then CD first). */
function idsText(ids: readonly string[]): string {
  const own = ids.every((id) => id.startsWith("cd-"));
  return idsField(ids.join(" "), own ? ids.map((id) => id.slice(3)).join(" ") : null);
}

/**
 * The entries field of ids joined by spaces (`joined`); `own` the same without their `cd-` when
 * every one is the plugin's own, else null. An index's reader in place gives these straight.
 */
export function idsField(joined: string, own: string | null): string {
  if (joined === "") return "";
  return own === null ? escaped(joined) : CD + own;
}

export function compact(r: InvoiceRecord, odd: boolean): string {
  // Odd ids are kept apart (`InvoiceShelf.odd`); one holding a separator would move the fields after it.
  return joinKept(r, odd ? "" : idsText(r.entries));
}

/** The kept string of an invoice whose entries field is `ids` (idsText, or its form read in place). */
export function joinKept(r: Omit<InvoiceRecord, "file" | "entries">, ids: string): string {
  const opt = (v: string | null) => v ?? NONE;
  let payments = "";
  for (const p of r.payments) {
    // Separators typed inside a method would split it: they become spaces.
    // eslint-disable-next-line no-control-regex -- the separators are control characters on purpose
    const line = `${p.date}\t${p.amount}\t${p.method.replace(/[\t\n\u0000\u0001]/g, " ")}`;
    payments = payments === "" ? line : `${payments}\n${line}`;
  }
  // One join: the kept string is one flat copy, holding on to none of its parts.
  return [
    r.clientKey,
    r.number,
    r.client === `[[${r.clientKey}]]` ? SAME : escaped(r.client),
    r.status,
    opt(r.issued),
    opt(r.due),
    opt(r.periodFrom),
    opt(r.periodTo),
    r.currency,
    ids,
    pairsText(r.checks),
    r.packages.join("\n"),
    payments,
    r.kind,
    r.retainerMonths === null ? NONE : r.retainerMonths.join(" "),
    pairsText(r.retainerAllowance),
    pairsText(r.retainerMinutes),
    pairsText(r.retainerOverage),
    r.subtotal,
    r.discount,
    r.tax,
    r.total,
    r.deposit,
    r.paid,
    r.balance,
    r.carryMinutes,
    r.moneyOk ? 1 : 0,
    r.legacyRetainer ? 1 : 0,
    opt(r.seal),
  ].join(SEP);
}

/** The n-th field of a kept invoice, without splitting the others. */
export function fieldOf(c: string, n: number): string {
  let at = 0;
  for (let k = 0; k < n; k++) at = c.indexOf(SEP, at) + 1;
  const end = c.indexOf(SEP, at);
  return c.slice(at, end);
}

export function isInvoice(c: string): boolean {
  return c.includes(SEP);
}

export function clientKeyOf(c: string): string {
  const end = c.indexOf(SEP);
  return end < 0 ? c : c.slice(0, end);
}

/** Lower-cased number, for the numbers in use. */
export function numberKeyOf(c: string): string {
  return fieldOf(c, 1).toLowerCase();
}

export function idsOf(field: string): string[] {
  if (field === "") return [];
  if (field.charCodeAt(0) === 3) return field.slice(1).split(" ").map((id) => "cd-" + id);
  return unescaped(field).split(" ");
}

/**
 * The ids of a kept entries field (see idsText), read in place: what idsOf gives, without making a
 * string for each id.
 */
class KeptIds implements IdReader {
  key = -1;
  private from = -1;
  private to = -1;
  private readonly first: number;
  private readonly coded: boolean;

  constructor(private readonly field: string) {
    this.coded = field.charCodeAt(0) === 3;
    this.first = this.coded || field.charCodeAt(0) === 4 ? 1 : 0;
  }

  next(): boolean {
    const f = this.field;
    if (this.from < 0) {
      if (f === "") return false;
      this.from = this.first;
    } else if (this.to === f.length) return false;
    else this.from = this.to + 1;
    const space = f.indexOf(" ", this.from);
    this.to = space < 0 ? f.length : space;
    const from = this.from;
    const to = this.to;
    this.key = this.coded ? idKeyOfDigits(f, from, to) : idKeyAt(f, from, to);
    return true;
  }

  id(): string {
    const token = this.field.slice(this.from, this.to);
    return this.coded ? "cd-" + token : token;
  }
}

/** How many ids a kept entries field lists. */
function idCountOf(field: string): number {
  if (field === "") return 0;
  let n = 1;
  for (let at = field.indexOf(" "); at >= 0; at = field.indexOf(" ", at + 1)) n++;
  return n;
}

/**
 * What the ledger and `check` read of a kept invoice, read from the kept string when asked: at L
 * `check` reads 60k invoices, and spelling each out as a full record cost a third of its time.
 */
class KeptHead implements InvoiceHead {
  readonly idCount: number;

  constructor(
    readonly file: string,
    private readonly c: string,
    private readonly odd: readonly string[] | undefined,
  ) {
    this.idCount = odd ? odd.length : idCountOf(fieldOf(c, ENTRIES));
  }

  get clientKey(): string {
    return clientKeyOf(this.c);
  }
  get number(): string {
    return fieldOf(this.c, 1);
  }
  get status(): InvoiceStatus {
    return fieldOf(this.c, STATUS) as InvoiceStatus;
  }
  get issued(): string | null {
    return optional(fieldOf(this.c, 4));
  }
  get periodFrom(): string | null {
    return optional(fieldOf(this.c, 6));
  }
  get periodTo(): string | null {
    return optional(fieldOf(this.c, 7));
  }
  get kind(): InvoiceKind {
    return fieldOf(this.c, 13) as InvoiceKind;
  }
  ids(): IdReader {
    return this.odd ? readIds(this.odd) : new KeptIds(fieldOf(this.c, ENTRIES));
  }
  checks(): ReadonlyMap<string, string> {
    const text = fieldOf(this.c, 10);
    return text === "" ? NO_CHECKS : new Map(pairsOf(text));
  }
}

function optional(v: string): string | null {
  return v === NONE ? null : v;
}

/** The head of a kept invoice (`c` must be one: isInvoice). */
export function headOf(file: string, c: string, odd: readonly string[] | undefined): InvoiceHead {
  return new KeptHead(file, c, odd);
}

/** "k v k v …" back into pairs. */
function pairsOf(text: string): [string, string][] {
  const out: [string, string][] = [];
  const words = text === "" ? [] : text.split(" ");
  for (let i = 0; i + 1 < words.length; i += 2) out.push([words[i], words[i + 1]]);
  return out;
}

// Most invoices record no fingerprints and no retainer months: their records share these (read
// only) rather than each making four empty maps, which `check` at L made 120k of.
const NO_CHECKS: ReadonlyMap<string, string> = new Map();
const NO_NUMBERS: ReadonlyMap<string, number> = new Map();

/** The full record; `odd` the ids when the joined entries field cannot give them back. */
export function expand(file: string, c: string, odd: readonly string[] | undefined): InvoiceRecord {
  const parts = c.split(SEP);
  const [clientKey, number, clientField, status, issued, due, periodFrom, periodTo, currency, ids, checkText, packageText, paymentText, kind, monthText, allowanceText, minuteText, overageText] = parts;
  const opt = optional;
  const numbersOf = (text: string): ReadonlyMap<string, number> => (text === "" ? NO_NUMBERS : new Map(pairsOf(text).map(([m, n]) => [m, Number(n)])));
  const [subtotal, discount, tax, total, deposit, paid, balance, carryMinutes, moneyOk, legacyRetainer] = parts.slice(TEXTS, TEXTS + 10).map(Number);
  const seal = parts[TEXTS + 10];
  return {
    file,
    clientKey,
    number,
    client: clientField === SAME ? `[[${clientKey}]]` : unescaped(clientField),
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
    entries: odd ? [...odd] : idsOf(ids),
    checks: checkText === "" ? NO_CHECKS : new Map(pairsOf(checkText)),
    packages: packageText === "" ? [] : packageText.split("\n"),
    carryMinutes,
    kind: kind as InvoiceRecord["kind"],
    retainerMonths: monthText === NONE ? null : monthText === "" ? [] : monthText.split(" "),
    retainerAllowance: numbersOf(allowanceText),
    retainerMinutes: numbersOf(minuteText),
    retainerOverage: numbersOf(overageText),
    legacyRetainer: legacyRetainer === 1,
    payments:
      paymentText === ""
        ? []
        : paymentText.split("\n").map((line) => {
            const [date, amount, method] = line.split("\t");
            return { date, amount: Number(amount), method };
          }),
    moneyOk: moneyOk === 1,
    seal: opt(seal),
  };
}
