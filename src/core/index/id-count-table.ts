// How many lines carry each block id, in little memory: the plugin's ids (`cd-` and eight base-36
// characters) are numbers below 2^53, kept in an open-addressed table of doubles with a count
// beside each (10 bytes a slot, 1.25 to 1.7 slots an id: 13 to 17 bytes, against about 60 in a Map
// of strings); any other id is kept in a Map. Every entry line of the vault has an id, so at L this is ~260k ids.

import { emptySlotFor, findIdKey, idKeyOf, idOfKey, idSlotOf } from "../shared/id-keys";

/** An empty slot (findIdKey and emptySlotFor stop there). */
const EMPTY = 0;
const MAX_COUNT = 65535;
const GONE = -1;
const MIN_SLOTS = 64;
/** Grown past this share of taken slots (linear probing stays short below it). */
const MAX_LOAD = 0.8;
/** Slots per live id after growing. */
const ROOM = 1.7;

/** The counts a Map<string, number> of ids would hold, with the part of its interface the index uses. */
export class IdCountTable {
  private keys = new Float64Array(MIN_SLOTS);
  private counts = new Uint16Array(MIN_SLOTS);
  /** Slots holding an id, and slots holding an id or a deleted mark. */
  private used = 0;
  private taken = 0;
  private readonly others = new Map<string, number>();

  get(id: string): number | undefined {
    const key = idKeyOf(id);
    if (key < 0) return this.others.get(id);
    const at = this.find(key);
    // A count past the table's 16 bits is kept in the Map (a sync gone wrong, or a fuzzer).
    return at < 0 ? (this.others.size === 0 ? undefined : this.others.get(id)) : this.counts[at];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** has() for a plugin id by its key (idKeyOf): the id is made only when some count is kept by string. */
  hasKey(key: number): boolean {
    return this.find(key) >= 0 || (this.others.size > 0 && this.others.has(idOfKey(key)));
  }

  set(id: string, count: number): void {
    const key = idKeyOf(id);
    if (key < 0) {
      this.others.set(id, count);
      return;
    }
    if (count > MAX_COUNT) {
      this.remove(key);
      this.others.set(id, count);
      return;
    }
    this.others.delete(id);
    const at = this.find(key);
    if (at >= 0) this.counts[at] = count;
    else this.insert(key, count);
  }

  /**
   * Adds `delta` to the count of `id`, dropping it at 0 or below; the count before. One hash and
   * one probe for a plugin id, where get and then set take two of each.
   */
  bump(id: string, delta: number): number {
    const key = idKeyOf(id);
    if (key >= 0) {
      const before = this.bumpKey(key, delta);
      if (before >= 0) return before;
    }
    const before = this.get(id) ?? 0;
    const after = before + delta;
    if (after <= 0) this.delete(id);
    else this.set(id, after);
    return before;
  }

  /**
   * bump() for a plugin id by its key (idKeyOf), no string needed; -1, having changed nothing,
   * when only the id will do (the id may be among the few counts kept by string).
   */
  bumpKey(key: number, delta: number): number {
    const at = this.find(key);
    if (at < 0 && this.others.size > 0) return -1;
    const before = at >= 0 ? this.counts[at] : 0;
    const after = before + delta;
    if (after > MAX_COUNT) return -1;
    if (after <= 0) {
      if (at >= 0) this.remove(key);
    } else if (at >= 0) this.counts[at] = after;
    else this.insert(key, after);
    return before;
  }

  /** Room for `more` ids than are counted now without growing on the way. */
  reserve(more: number): void {
    if (this.taken + more > this.keys.length * MAX_LOAD) this.grow(more);
  }

  private insert(key: number, count: number): void {
    if (this.taken + 1 > this.keys.length * MAX_LOAD) this.grow();
    const size = this.keys.length;
    let i = idSlotOf(key, size);
    while (this.keys[i] !== EMPTY && this.keys[i] !== GONE) i = i + 1 === size ? 0 : i + 1;
    if (this.keys[i] === EMPTY) this.taken++;
    this.keys[i] = key;
    this.counts[i] = count;
    this.used++;
  }

  delete(id: string): void {
    this.others.delete(id);
    const key = idKeyOf(id);
    if (key >= 0) this.remove(key);
  }

  private remove(key: number): void {
    const at = this.find(key);
    if (at < 0) return;
    this.keys[at] = GONE;
    this.counts[at] = 0;
    this.used--;
  }

  /** How many ids are counted. */
  get size(): number {
    return this.used + this.others.size;
  }

  private find(key: number): number {
    return findIdKey(this.keys, key);
  }

  /** Room for the live ids and `more` (deleted marks are dropped on the way). */
  private grow(more = 1): void {
    const keys = this.keys;
    const counts = this.counts;
    const size = Math.max(MIN_SLOTS, Math.ceil((this.used + more) * ROOM));
    this.keys = new Float64Array(size);
    this.counts = new Uint16Array(size);
    this.taken = 0;
    this.used = 0;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      if (k === EMPTY || k === GONE) continue;
      const i = emptySlotFor(this.keys, k);
      this.keys[i] = k;
      this.counts[i] = counts[j];
      this.taken++;
      this.used++;
    }
  }
}
