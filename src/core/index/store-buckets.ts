// Finds the stores that may hold lines in a time range without looking at every store: each store
// is filed under the ~25-day buckets its lines span. Running timers (no end) and stores spanning
// years are few and kept aside, always looked at. Arrays rather than sets (8 bytes a store, in the
// order they came, as a set would keep them): a bucket holds a few hundred stores at most.

import type { LineStore } from "./log-store";

const BUCKET_MS = 2 ** 31;
const MAX_SPAN = 64;

function bucketOf(ms: number): number {
  return Math.floor(ms / BUCKET_MS);
}

export class StoreBuckets {
  private readonly buckets = new Map<number, LineStore[]>();
  private readonly wide: LineStore[] = [];

  add(store: LineStore): void {
    if (store.count === 0) return;
    const first = bucketOf(store.minStart);
    const last = store.maxEnd === Infinity ? Infinity : bucketOf(store.maxEnd);
    if (last - first > MAX_SPAN) {
      this.wide.push(store);
      return;
    }
    for (let b = first; b <= last; b++) {
      let list = this.buckets.get(b);
      if (!list) this.buckets.set(b, (list = []));
      list.push(store);
    }
  }

  remove(store: LineStore): void {
    if (store.count === 0) return;
    if (drop(this.wide, store)) return;
    const first = bucketOf(store.minStart);
    const last = bucketOf(store.maxEnd);
    for (let b = first; b <= last; b++) {
      const list = this.buckets.get(b);
      if (!list) continue;
      drop(list, store);
      if (list.length === 0) this.buckets.delete(b);
    }
  }

  /**
   * Calls `fn` for every store that overlaps [from, to), each once, making nothing on the way (a
   * week view asks on every redraw). A store is filed in every bucket from its first to its last,
   * so it is taken from its first bucket, or from the query's first when it began before.
   */
  forEachOverlapping(from: number, to: number, fn: (store: LineStore) => void): void {
    const first = bucketOf(from);
    const last = bucketOf(to - 1);
    if (last - first <= MAX_SPAN * 4) {
      for (let b = first; b <= last; b++) {
        const set = this.buckets.get(b);
        if (!set) continue;
        for (const store of set) {
          if ((b === first || bucketOf(store.minStart) === b) && store.overlaps(from, to)) fn(store);
        }
      }
    } else {
      for (const [b, set] of this.buckets) {
        for (const store of set) if (bucketOf(store.minStart) === b && store.overlaps(from, to)) fn(store);
      }
    }
    for (const store of this.wide) if (store.overlaps(from, to)) fn(store);
  }
}

function drop(list: LineStore[], store: LineStore): boolean {
  const at = list.indexOf(store);
  if (at < 0) return false;
  list.splice(at, 1);
  return true;
}
