// An invoice note as the plugin writes it (billing/invoice-write.ts) read straight into the string
// the index keeps (invoice-compact.ts). At scale L the CLI reads 28k invoice notes: making each a
// frontmatter object with its field lines, then a full record with its maps, then joining that,
// cost about a fifth of loading the vault. This reader declines (null) every note the full way
// (frontmatter.ts, billing/invoice-note.ts, billing/invoice-integrity.ts) would read differently
// or find a problem in, and that note is then read the full way: a property test holds the two to
// the same kept string.

import { FAIL, flatValueAt, isBlankList, isPlainWordAt, walkFlowItems } from "../notes/flat-yaml";
import { walkFlatFields } from "../notes/frontmatter-scan";
import { isDateText, isUnset } from "../notes/fields";
import { isCurrencyCode } from "../shared/currencies";
import { parseMajor, sumMinor } from "../shared/money";
import { baseName, INVOICE_KINDS, INVOICE_STATUSES, parsePayment, type Payment } from "../billing/invoice-note";
import { integrityCodes, sealOfJoined, signedMoney } from "../billing/invoice-integrity";
import { idsField, joinKept } from "./invoice-compact";

/** The fields the plugin writes on an invoice that bills time (no retainer months): any other declines. */
const KEYS = [
  "type",
  "number",
  "client",
  "status",
  "issued",
  "due",
  "period_from",
  "period_to",
  "currency",
  "subtotal",
  "discount_amount",
  "tax_amount",
  "total",
  "deposit_applied",
  "paid",
  "balance",
  "entries",
  "checks",
  "packages",
  "payments",
  "seal",
  "invoice_kind",
  "cssclasses",
] as const;
type Key = (typeof KEYS)[number];
const SLOT = new Map<string, number>(KEYS.map((k, i) => [k, i]));
const ENTRIES = SLOT.get("entries") as number;

/** The entries field, a flow list left in the text at [listFrom, listTo). */
const IN_PLACE = Symbol("in place");
/** A value the full reader would report: the note is declined. */
const BAD = Symbol("bad");

// One note is read at a time, start to end: the fields live here rather than in a new array per
// note, undefined for a field the note does not have (the flat reader never gives undefined).
const values: unknown[] = new Array<unknown>(KEYS.length);
let listFrom = 0;
let listTo = 0;

const NO_CHECKS: ReadonlyMap<string, string> = new Map();
const NO_NUMBERS: ReadonlyMap<string, number> = new Map();
const NO_TEXTS: readonly string[] = [];
const NO_PAYMENTS: readonly Payment[] = [];
const CHECK = /^\^?(\S+)\s+([0-9a-f]{8})$/;
const SEAL = /^[0-9a-f]{8}$/;

/**
 * The field of the key at text[from, to), -1 when it is not one of KEYS. Compared in place (no
 * slice per line), starting from `hint`: the plugin writes the keys in KEYS's order.
 */
function slotAt(text: string, from: number, to: number, hint: number): number {
  for (let n = 0; n < KEYS.length; n++) {
    const i = hint + n < KEYS.length ? hint + n : hint + n - KEYS.length;
    const k = KEYS[i];
    if (k.length === to - from && text.startsWith(k, from)) return i;
  }
  return -1;
}

/**
 * The note's fields into `values`, as readFlatFrontmatter reads them; false where it would not
 * read the block, or on a key not in KEYS or given twice.
 */
function scanFields(text: string): boolean {
  values.fill(undefined);
  let hint = 0;
  return walkFlatFields(text, (keyFrom, keyTo, valueFrom, valueTo) => {
    const slot = slotAt(text, keyFrom, keyTo, hint);
    if (slot < 0 || values[slot] !== undefined) return false;
    hint = slot + 1 === KEYS.length ? 0 : slot + 1;
    // `key:` alone is null, as the flat reader gives.
    let value: unknown = null;
    if (slot === ENTRIES && valueFrom >= 0 && valueTo - valueFrom >= 2 && text.charCodeAt(valueFrom) === 91 && text.charCodeAt(valueTo - 1) === 93) {
      listFrom = valueFrom;
      listTo = valueTo;
      value = IN_PLACE;
    } else if (valueFrom >= 0) {
      value = flatValueAt(text, valueFrom, valueTo);
      if (value === FAIL) return false;
    }
    values[slot] = value;
    return true;
  });
}

function field(key: Key): unknown {
  return values[SLOT.get(key) as number];
}

/** FieldReader.text: null when not set, BAD for a value that is not text. */
function textOf(key: Key): string | null | typeof BAD {
  const v = field(key);
  if (isUnset(v)) return null;
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return String(v);
  return BAD;
}

/** FieldReader.list, with `[]` when not set; BAD when an item is not text. */
function listOf(key: Key): readonly string[] | typeof BAD {
  const v = field(key);
  if (isUnset(v)) return NO_TEXTS;
  const out: string[] = [];
  for (const item of Array.isArray(v) ? (v as unknown[]) : [v]) {
    if (isUnset(item)) continue;
    if (typeof item !== "string") return BAD;
    out.push(item.trim());
  }
  return out;
}

/** A date field; BAD when it does not read, or is missing and `required`. */
function dateOf(key: Key, required: boolean): string | null | typeof BAD {
  const t = textOf(key);
  if (t === null) return required ? BAD : null;
  return t !== BAD && isDateText(t) ? t : BAD;
}

function choiceOf<T extends string>(key: Key, allowed: readonly T[], fallback: T): T | typeof BAD {
  const t = textOf(key);
  if (t === null) return fallback;
  return t !== BAD && (allowed as readonly string[]).includes(t) ? (t as T) : BAD;
}

function moneyOf(key: Key, currency: string, required: boolean): number | typeof BAD {
  const v = field(key);
  if (isUnset(v)) return required ? BAD : 0;
  const r = parseMajor(v, currency);
  return r.ok ? r.minor : BAD;
}

/** The entry ids of the in-place list: joined by spaces, and without their `cd-` when all have it. */
interface Ids {
  joined: string;
  own: string | null;
}

/**
 * The entries list as flowListAt and FieldReader.list read it, when every item is a plain word;
 * else null. The plugin writes `[id, id, …]`, a comma and one space between ids: then the joined
 * forms are replacements in one slice, not a string per id.
 */
function idsInPlace(text: string, from: number, to: number): Ids | null {
  if (isBlankList(text, from, to)) return { joined: "", own: "" };
  let written = true;
  let allOwn = true;
  let joined = "";
  const read = walkFlowItems(text, from, to, (a, end, x, y) => {
    if (!isPlainWordAt(text, x, y)) return false;
    if (allOwn && !text.startsWith("cd-", x)) allOwn = false;
    const first = a === from + 1;
    if (written && (y !== end || (first ? x !== a : x !== a + 1 || text.charCodeAt(a) !== 32))) {
      // Spaced otherwise: the ids before this one (written so far) joined, then each as met.
      written = false;
      joined = first ? "" : text.slice(from + 1, a - 1).replaceAll(", ", " ");
    }
    if (!written) joined = joined === "" ? text.slice(x, y) : `${joined} ${text.slice(x, y)}`;
    return true;
  });
  if (!read) return null;
  if (written) joined = text.slice(from + 1, to - 1).replaceAll(", ", " ");
  // Ids hold no spaces: " cd-" starts an id.
  return { joined, own: allOwn ? joined.slice(3).replaceAll(" cd-", " ") : null };
}

function idsOfField(text: string): Ids | null {
  const v = values[ENTRIES];
  if (v === IN_PLACE) return idsInPlace(text, listFrom, listTo);
  return isUnset(v) ? { joined: "", own: "" } : null;
}

/**
 * The kept string of an invoice note in `clientKey`'s folder, or null when the note must be read
 * the full way: it is not flat, has a field this reader does not know, or anything in it would be
 * a problem (a missing or bad field, money that does not add up, a broken seal).
 */
export function keptInvoice(text: string, path: string, clientKey: string): string | null {
  if (!scanFields(text) || field("type") !== "invoice") return null;
  const numberText = textOf("number");
  const clientText = textOf("client");
  const currency = textOf("currency");
  if (numberText === BAD || clientText === BAD || currency === null || currency === BAD || !isCurrencyCode(currency)) return null;
  const number = numberText ?? baseName(path);
  const client = clientText ?? clientKey;
  // A separator in a field before the entries would move them (invoice-compact.ts's oddIds).
  if (number.includes("\u0000") || client.includes("\u0000") || currency.includes("\u0000")) return null;
  const status = choiceOf("status", INVOICE_STATUSES, "draft");
  const kind = choiceOf("invoice_kind", INVOICE_KINDS, "invoice");
  const issued = dateOf("issued", true);
  const due = dateOf("due", false);
  const periodFrom = dateOf("period_from", false);
  const periodTo = dateOf("period_to", false);
  if (status === BAD || kind === BAD || issued === BAD || due === BAD || periodFrom === BAD || periodTo === BAD) return null;
  const subtotal = moneyOf("subtotal", currency, false);
  const discount = moneyOf("discount_amount", currency, false);
  const tax = moneyOf("tax_amount", currency, false);
  const total = moneyOf("total", currency, true);
  const deposit = moneyOf("deposit_applied", currency, false);
  let paid = moneyOf("paid", currency, false);
  if (subtotal === BAD || discount === BAD || tax === BAD || total === BAD || deposit === BAD || paid === BAD) return null;

  const ids = idsOfField(text);
  const checkItems = listOf("checks");
  const packages = listOf("packages");
  const paymentItems = listOf("payments");
  const sealText = textOf("seal");
  if (ids === null || checkItems === BAD || packages === BAD || paymentItems === BAD || sealText === BAD) return null;
  if (sealText !== null && !SEAL.test(sealText)) return null;
  let checks = NO_CHECKS;
  if (checkItems.length > 0) {
    const m = new Map<string, string>();
    for (const c of checkItems) {
      const r = CHECK.exec(c);
      if (!r) return null;
      m.set(r[1], r[2]);
    }
    checks = m;
  }
  let payments = NO_PAYMENTS;
  if (paymentItems.length > 0) {
    const list: Payment[] = [];
    for (const p of paymentItems) {
      const r = parsePayment(p, currency);
      if (r === null) return null;
      list.push(r);
    }
    const sum = sumMinor(list.map((p) => p.amount));
    if (!isUnset(field("paid")) && sum !== paid) return null;
    paid = sum;
    payments = list;
  }

  // Any problem of invoice-integrity.ts declines the note.
  const balance = total - deposit - paid;
  const written = field("balance");
  const problems = integrityCodes({
    status,
    subtotal,
    discount,
    tax,
    total,
    deposit,
    paid,
    balance,
    subtotalSet: !isUnset(field("subtotal")),
    writtenBalance: isUnset(written) ? undefined : signedMoney(written, currency),
    paymentCount: payments.length,
    seal: sealText,
    sealNow: () => sealOfJoined({ number, client, currency, subtotal, discount, tax, total, deposit }, ids.joined),
  });
  if (problems.length > 0) return null;

  // One literal with every field (a spread of a second object made each record a slow dictionary).
  return joinKept(
    {
      clientKey,
      number,
      client,
      currency,
      subtotal,
      discount,
      tax,
      total,
      deposit,
      status,
      issued,
      due,
      periodFrom,
      periodTo,
      paid,
      balance,
      checks,
      packages: packages as string[],
      carryMinutes: 0,
      kind,
      retainerMonths: null,
      retainerAllowance: NO_NUMBERS,
      retainerMinutes: NO_NUMBERS,
      retainerOverage: NO_NUMBERS,
      legacyRetainer: false,
      payments: payments as Payment[],
      moneyOk: true,
      seal: sealText,
    },
    idsField(ids.joined, ids.own),
  );
}
