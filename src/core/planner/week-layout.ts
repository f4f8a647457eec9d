// How the week view orders what it draws: overlap columns for the items of a day, and clients by
// name in the user's collation. Pure.

import type { Placement } from "./week-model";
import { collate } from "../shared/collation";

/**
 * Columns per day for items that overlap: greedy by start within each overlapping cluster. Items
 * that start and end alike are put in the order `tie` gives, else kept in the order given.
 */
export function layout<T extends Placement>(items: T[], tie?: (a: T, b: T) => number): void {
  sortPlacements(items, (a, b) => a.day - b.day || a.start - b.start || b.end - a.end || (tie ? tie(a, b) : 0));
  let cluster: Placement[] = [];
  let colEnds: number[] = [];
  let clusterEnd = -Infinity;
  let day = -1;
  const close = () => {
    for (const p of cluster) p.columns = colEnds.length;
    cluster = [];
    colEnds = [];
  };
  for (const p of items) {
    if (p.day !== day || p.start >= clusterEnd) {
      close();
      day = p.day;
      clusterEnd = -Infinity;
    }
    let col = -1;
    for (let c = 0; c < colEnds.length; c++) {
      if (colEnds[c] <= p.start) {
        col = c;
        break;
      }
    }
    if (col === -1) {
      col = colEnds.length;
      colEnds.push(p.end);
    } else colEnds[col] = p.end;
    p.column = col;
    cluster.push(p);
    clusterEnd = Math.max(clusterEnd, p.end);
  }
  close();
}

/** Positions packed below the start in a sort key: at most this many items are sorted that way. */
const POSITIONS = 2 ** 21;
const SPAN = 2 ** 31;

/**
 * Sorts items by `order`, which must order by start first (a day's items start after the day
 * before's), as a stable sort would. A comparator sort of a thousand items costs a redraw half a
 * millisecond; this sorts packed numbers natively (start, then position) and then walks the items
 * once to order those that start together, which are few.
 */
function sortPlacements<T extends Placement>(items: T[], order: (a: T, b: T) => number): void {
  const n = items.length;
  if (n < 2) return;
  let min = Infinity;
  let max = -Infinity;
  let whole = true;
  for (const p of items) {
    if (p.start < min) min = p.start;
    if (p.start > max) max = p.start;
    if (!Number.isInteger(p.start)) whole = false;
  }
  if (!whole || n >= POSITIONS || max - min >= SPAN) {
    items.sort(order);
    return;
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = (items[i].start - min) * POSITIONS + i;
  keys.sort();
  const given = items.slice();
  for (let i = 0; i < n; i++) items[i] = given[keys[i] % POSITIONS];
  for (let i = 1; i < n; i++) {
    const x = items[i];
    let j = i - 1;
    while (j >= 0 && order(items[j], x) > 0) {
      items[j + 1] = items[j];
      j--;
    }
    items[j + 1] = x;
  }
}

// Sorting ~500 clients by name with the collator costs more than the rest of the clients' totals;
// names seldom change, so their collation order is kept as ranks (equal names share a rank) and
// rebuilt only when a name or key not seen before turns up.
let ranks = new Map<string, number>();

export function collationRanks(clients: readonly { name: string; key: string }[]): Map<string, number> {
  let fresh = false;
  for (const c of clients) if (!ranks.has(c.name) || !ranks.has(c.key)) fresh = true;
  if (!fresh) return ranks;
  const words = new Set<string>(ranks.size > 10_000 ? [] : ranks.keys());
  for (const c of clients) words.add(c.name).add(c.key);
  const sorted = [...words].sort((a, b) => collate(a, b));
  ranks = new Map();
  let r = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && collate(sorted[i - 1], sorted[i]) !== 0) r++;
    ranks.set(sorted[i], r);
  }
  return ranks;
}
