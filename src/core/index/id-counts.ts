// How many entry lines carry each block id, for the duplicate-id checks and `hasId`. Built on
// first need (checking data, looking an id up), not on the cold start, then kept up to date one
// note at a time; and the walk over every line that finds entries by id (invoices' entries).

import type { Entry } from "../shared/types";
import type { LineStore } from "./log-store";
import { IdCountTable } from "./id-count-table";
import { idOfKey } from "../shared/id-keys";

/** What the finder is given: a Set, or a Map by id (the ledger's billed ids). */
export interface IdSet {
  has(id: string): boolean;
  readonly size: number;
  /** has() by the number a plugin id stands for (shared/id-keys.ts), when the set can answer so: the walk then makes no id string for most lines. */
  hasKey?(key: number): boolean;
}

/** Entries looked up by block id: whether one is there, and the Entry made on asking. */
export interface EntryLookup {
  has: (id: string) => boolean;
  /** has() for a plugin id by its key (shared/id-keys.ts). */
  hasKey: (key: number) => boolean;
  entry: (id: string) => Entry | undefined;
  /** Whether line `i` of `store` carries a written id among the ids looked for (read on the walk, no id made again). */
  listed: (store: LineStore, i: number) => boolean;
}

const NO_ENTRIES: EntryLookup = { has: () => false, hasKey: () => false, entry: () => undefined, listed: () => false };

/**
 * The marks of a walk as a test of one line. A function of its own: a closure beside `entry`
 * would keep the walk's map of every found id alive as long as the test.
 */
function listedOf(marks: Uint8Array, firstMark: ReadonlyMap<LineStore, number>, ids: IdSet): (store: LineStore, i: number) => boolean {
  return (store, i) => {
    const at = firstMark.get(store);
    if (at !== undefined) return marks[at + i] === 1;
    const id = store.id(i);
    return id !== "" && ids.has(id);
  };
}

function lineCount(stores: readonly LineStore[]): number {
  let n = 0;
  for (const store of stores) n += store.count;
  return n;
}

export class IdCounts {
  private counts: IdCountTable | null = null;
  /** How many more lines use an id than one, over all ids: 0 when no id is shared. */
  duplicates = 0;

  /** Whether the counts are taken (and kept up to date). */
  get kept(): boolean {
    return this.counts !== null;
  }

  /** A note's ids counted in (1) or out (−1), when the counts are kept. */
  store(store: LineStore, delta: 1 | -1): void {
    if (this.counts === null) return;
    for (let i = 0; i < store.count; i++) {
      const id = store.id(i);
      if (id !== "") this.add(id, delta); // lines without a block id have a synthetic id of their own
    }
  }

  /** The counts, taken from `stores` on first need. */
  ensure(stores: Iterable<LineStore>): IdCountTable {
    if (this.counts === null) {
      const all = Array.from(stores);
      this.start().reserve(lineCount(all));
      for (const store of all) this.store(store, 1);
    }
    return this.counts as IdCountTable;
  }

  /**
   * The entries of `ids`, found on one walk over every line that also takes the counts when they
   * are not kept yet (`check` asks for both). The Entry is made only when asked for: checking
   * every invoice needs the fingerprints only where a note recorded them, and for the others
   * only whether the entry is there. `located` (by default every id of `ids`) are the ids whose
   * Entry may be asked for: only their lines are remembered, the others are answered by the counts.
   */
  finder(stores: Iterable<LineStore>, ids: IdSet, located: IdSet = ids): EntryLookup {
    if (ids.size === 0) return NO_ENTRIES;
    // Id → its place in the two arrays: one map entry per found id, not one per map.
    const where = new Map<string, number>();
    const inStore: LineStore[] = [];
    const atLine: number[] = [];
    const walked = Array.from(stores);
    const lines = lineCount(walked);
    // Per line in walk order, 1 when its id is looked for; each store's first line's place.
    const marks = new Uint8Array(lines);
    const firstMark = new Map<LineStore, number>();
    const counting = this.counts === null;
    if (counting) this.start().reserve(lines);
    const every = located === ids;
    // Sets that answer by key are asked by the number a line's plugin id stands for, read in place:
    // the id itself is made only for a line whose entry may be asked for (at L ~260k strings fewer).
    const idsByKey = ids.hasKey?.bind(ids);
    const locatedByKey = every ? idsByKey : located.hasKey?.bind(located);
    const byKey = idsByKey !== undefined && locatedByKey !== undefined ? { ids: idsByKey, located: locatedByKey } : null;
    let unwritten = false;
    let at = 0;
    for (const store of walked) {
      firstMark.set(store, at);
      for (let i = 0; i < store.count; i++, at++) {
        const key = byKey !== null ? store.idKey(i) : -1;
        if (byKey !== null && key > 0) {
          const before = counting ? this.addKey(key, store, i) : -1;
          if (!byKey.ids(key)) continue;
          marks[at] = 1;
          if (!byKey.located(key)) continue;
          const id = store.id(i);
          if (counting ? before === 0 : !where.has(id)) {
            where.set(id, inStore.length);
            inStore.push(store);
            atLine.push(i);
          }
          continue;
        }
        const id = store.id(i);
        // Counted here, a written id met for the first time is in no map yet: no lookup needed.
        const first = counting && id !== "" ? this.add(id, 1) === 0 : null;
        if (id === "") unwritten = true;
        const wanted = ids.has(id);
        if (wanted && id !== "") marks[at] = 1;
        if (wanted && (every || located.has(id)) && (first ?? !where.has(id))) {
          where.set(id, inStore.length);
          inStore.push(store);
          atLine.push(i);
        }
      }
    }
    const counts = this.counts as IdCountTable;
    return {
      // An id of `ids` is on some line when the counts have it ("" when some line has no id).
      has: every ? (id) => where.has(id) : (id) => (id === "" ? unwritten : counts.has(id)),
      hasKey: every ? (key) => where.has(idOfKey(key)) : (key) => counts.hasKey(key),
      entry: (id) => {
        const k = where.get(id);
        return k === undefined ? undefined : inStore[k].entry(atLine[k]);
      },
      listed: listedOf(marks, firstMark, ids),
    };
  }

  private start(): IdCountTable {
    this.duplicates = 0;
    return (this.counts = new IdCountTable());
  }

  /** Counts `id` in or out; how many lines had it before. */
  private add(id: string, delta: 1 | -1): number {
    const counts = this.counts;
    if (counts === null) return 0;
    return this.counted(counts.bump(id, delta), delta);
  }

  /** add(id, 1) for line i of `store`, whose plugin id has `key`: by the key, or by the id when the table needs it. */
  private addKey(key: number, store: LineStore, i: number): number {
    const counts = this.counts;
    if (counts === null) return 0;
    const before = counts.bumpKey(key, 1);
    return before < 0 ? this.add(store.id(i), 1) : this.counted(before, 1);
  }

  /** Keeps `duplicates` in step with one count moved by `delta` from `before`; returns `before`. */
  private counted(before: number, delta: 1 | -1): number {
    const after = before + delta;
    if (before >= 2) this.duplicates -= before - 1;
    if (after >= 2) this.duplicates += after - 1;
    return before;
  }
}
