// Block ids as numbers: the plugin's ids (`cd-` and eight base-36 characters) stand for numbers
// below 2^42, kept in open-addressed tables of doubles rather than Maps of strings (no string hash,
// no map entry per id). The index's id counts (index/id-count-table.ts) and the ledger's billed ids
// (billing/invoice-ledger.ts) use them; any other id goes to a Map beside the table.

/** The number a plugin id stands for, plus one (0 marks an empty slot), or -1 for any other id. */
export function idKeyOf(id: string): number {
  return idKeyAt(id, 0, id.length);
}

/** idKeyOf for the id written at `text[from, to)`, read in place (no string made). */
export function idKeyAt(text: string, from: number, to: number): number {
  if (to - from !== 11 || text.charCodeAt(from) !== 99 || text.charCodeAt(from + 1) !== 100 || text.charCodeAt(from + 2) !== 45) return -1;
  return idKeyOfDigits(text, from + 3, to);
}

/**
 * The key of the plugin id whose part after `cd-` is `text[from, to)`, read in place (no string
 * made), or -1 when that part is not eight base-36 digits.
 */
export function idKeyOfDigits(text: string, from: number, to: number): number {
  if (to - from !== 8) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : -1;
    if (d < 0) return -1;
    n = n * 36 + d;
  }
  return n + 1;
}

/** The plugin id a key stands for (the inverse of idKeyOf): base 36 in lower case, eight digits. */
export function idOfKey(key: number): string {
  return "cd-" + (key - 1).toString(36).padStart(8, "0");
}

/**
 * Ids read one at a time, in order, each by its key when it is a plugin id: a list kept as one
 * string (the index's invoices) is walked without making a string per id.
 */
export interface IdReader {
  /** Moves to the next id; false past the last. */
  next(): boolean;
  /** The current id's key (idKeyOf), or -1 when it is not a plugin id. */
  readonly key: number;
  /** The current id as written. */
  id(): string;
}

/** An IdReader over ids already made. */
export function readIds(ids: readonly string[]): IdReader {
  let at = -1;
  return {
    next: () => ++at < ids.length,
    get key() {
      return idKeyOf(ids[at]);
    },
    id: () => ids[at],
  };
}

/** The first slot to try for a key: any table size will do (not only powers of two, which waste up to half). */
export function idSlotOf(key: number, size: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / 4294967296);
  return ((Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) ^ (lo >>> 15)) >>> 0) % size;
}

/**
 * The slot of a table of keys (0 for an empty slot) that holds `key`, or -1. Probing is linear from
 * the key's first slot and stops at an empty one; any other value (a deleted mark) is stepped over.
 */
export function findIdKey(keys: Float64Array, key: number): number {
  const size = keys.length;
  for (let i = idSlotOf(key, size); ; i = i + 1 === size ? 0 : i + 1) {
    const k = keys[i];
    if (k === key) return i;
    if (k === 0) return -1;
  }
}

/** The first empty slot on `key`'s probe, for a table being refilled (it has no deleted marks). */
export function emptySlotFor(keys: Float64Array, key: number): number {
  const size = keys.length;
  let i = idSlotOf(key, size);
  while (keys[i] !== 0) i = i + 1 === size ? 0 : i + 1;
  return i;
}

const MIN_SLOTS = 64;
const MAX_LOAD = 0.8;
const ROOM = 1.7;

/**
 * A map from block ids to values that only grows (no delete): get, set, has and size as a
 * Map<string, V> answers them. `reserve` sizes it once when the number of ids is known.
 */
export class IdKeyMap<V> {
  private keys = new Float64Array(MIN_SLOTS);
  private values: (V | undefined)[] = new Array<V | undefined>(MIN_SLOTS);
  private used = 0;
  private readonly others = new Map<string, V>();

  get size(): number {
    return this.used + this.others.size;
  }

  get(id: string): V | undefined {
    const key = idKeyOf(id);
    return key < 0 ? this.others.get(id) : this.getKey(key);
  }

  /** get() for a plugin id by its key (idKeyOf). */
  getKey(key: number): V | undefined {
    const at = this.find(key);
    return at < 0 ? undefined : this.values[at];
  }

  has(id: string): boolean {
    const key = idKeyOf(id);
    return key < 0 ? this.others.has(id) : this.find(key) >= 0;
  }

  /** has() for a plugin id by its key (idKeyOf), no string needed. */
  hasKey(key: number): boolean {
    return this.find(key) >= 0;
  }

  set(id: string, value: V): this {
    const key = idKeyOf(id);
    if (key < 0) this.others.set(id, value);
    else this.setKey(key, value);
    return this;
  }

  /** set() for a plugin id by its key (idKeyOf). */
  setKey(key: number, value: V): void {
    if (this.used + 1 > this.keys.length * MAX_LOAD) this.grow(1);
    const keys = this.keys;
    const size = keys.length;
    let i = idSlotOf(key, size);
    while (keys[i] !== 0 && keys[i] !== key) i = i + 1 === size ? 0 : i + 1;
    if (keys[i] === 0) {
      keys[i] = key;
      this.used++;
    }
    this.values[i] = value;
  }

  /** Room for `more` ids than are held now without growing on the way. */
  reserve(more: number): void {
    if (this.used + more > this.keys.length * MAX_LOAD) this.grow(more);
  }

  private find(key: number): number {
    return findIdKey(this.keys, key);
  }

  private grow(more: number): void {
    const keys = this.keys;
    const values = this.values;
    const size = Math.max(MIN_SLOTS, Math.ceil((this.used + more) * ROOM));
    this.keys = new Float64Array(size);
    this.values = new Array<V | undefined>(size);
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (k === 0) continue;
      const i = emptySlotFor(this.keys, k);
      this.keys[i] = k;
      this.values[i] = values[j];
    }
  }
}
