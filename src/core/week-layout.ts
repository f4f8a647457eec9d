// How the week view orders what it draws: overlap columns for the items of a day, and clients by
// name in the user's collation. Pure.

import type { Placement } from "./week-view";

const collator = new Intl.Collator();

/** Columns per day for items that overlap: greedy by start within each overlapping cluster. */
export function layout(items: Placement[]): void {
  items.sort((a, b) => a.day - b.day || a.start - b.start || b.end - a.end);
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
  const sorted = [...words].sort((a, b) => collator.compare(a, b));
  ranks = new Map();
  let r = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && collator.compare(sorted[i - 1], sorted[i]) !== 0) r++;
    ranks.set(sorted[i], r);
  }
  return ranks;
}
