// Entries logged into a period a live invoice already covers, after it was written: they are not
// billed by it, and would be forgotten. They are warnings in `check`; the default period of the
// next invoice comes back to their month and bills them against what is left of its allowance
// (a supplementary invoice).

import type { Diagnostic } from "../shared/types";
import type { VaultIndex } from "../index/vault-index";
import type { LineStore } from "../index/log-store";
import { periodOf } from "../billing/invoice-period";

export interface Span {
  from: number;
  to: number;
  number: string;
  /** Its place among the client's invoices: of two covering one moment, the first is named. */
  order: number;
}

/** A client's spans by start, with the latest end among each span and those before it. */
export interface Spans {
  list: Span[];
  maxTo: number[];
}

export function lateEntryWarnings(index: VaultIndex): Diagnostic[] {
  const shelf = index.invoices;
  // Client key → the periods its live invoices cover, as instants in its zone.
  const covered = new Map<string, Spans>();
  index.forEachClient((client) => {
    const list: Span[] = [];
    for (const inv of shelf.headsOf(client.key)) {
      if (inv.status === "void" || inv.kind === "deposit" || inv.periodFrom === null || inv.periodTo === null) continue;
      const p = periodOf(inv.periodFrom, inv.periodTo, client.timezone);
      if (p) list.push({ from: p.from, to: p.to, number: inv.number, order: list.length });
    }
    if (list.length > 0) covered.set(client.key, spansOf(list));
  });
  const out: Diagnostic[] = [];
  if (covered.size === 0) return out;
  // Lines whose id live invoices list (what isBilled answers): `check` has walked every line
  // for the invoices' own problems already, and kept which ones.
  const billed = index.billedLine();
  // Lines come store by store: the client's spans are looked up once per store, not per line.
  let lastStore: LineStore | null = null;
  let spans: Spans | undefined;
  index.forEachEntryLine(-Infinity, Infinity, (store, i) => {
    if (store !== lastStore) {
      lastStore = store;
      spans = covered.get(store.clientKey);
    }
    if (!spans || !store.billable(i) || Number.isNaN(store.end(i))) return;
    const span = spanAt(spans, store.start(i));
    if (!span) return;
    if (billed(store, i)) return;
    out.push({ severity: "warning", code: "entry-after-invoice", file: store.path, line: store.line(i), params: { number: span.number } });
  });
  return out;
}

/** Spans by start, each with the latest end so far (`order` is each span's place in the invoices' order). */
export function spansOf(list: Span[]): Spans {
  const sorted = [...list].sort((a, b) => a.from - b.from || a.order - b.order);
  const maxTo: number[] = [];
  for (const s of sorted) maxTo.push(Math.max(s.to, maxTo.length > 0 ? maxTo[maxTo.length - 1] : -Infinity));
  return { list: sorted, maxTo };
}

/** The first span (in the invoices' order) holding `t`, found by binary search. */
export function spanAt({ list, maxTo }: Spans, t: number): Span | undefined {
  // Spans from `lo` on start after t.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].from <= t) lo = mid + 1;
    else hi = mid;
  }
  let found: Span | undefined;
  // Back from the last span starting at or before t, while some span so far still ends after t.
  for (let k = lo - 1; k >= 0 && maxTo[k] > t; k--) {
    const s = list[k];
    if (t < s.to && (found === undefined || s.order < found.order)) found = s;
  }
  return found;
}
