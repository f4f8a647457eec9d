// Entries logged into a period a live invoice already covers, after it was written: they are not
// billed by it, and would be forgotten. They are warnings in `check`; the default period of the
// next invoice comes back to their month and bills them against what is left of its allowance
// (a supplementary invoice).

import type { Diagnostic } from "../shared/types";
import type { VaultIndex } from "../index/vault-index";
import { periodOf } from "../billing/invoice-period";

export function lateEntryWarnings(index: VaultIndex): Diagnostic[] {
  const shelf = index.invoices;
  // Client key → the periods its live invoices cover, as instants in its zone, with their numbers.
  const covered = new Map<string, { from: number; to: number; number: string }[]>();
  index.forEachClient((client) => {
    const spans: { from: number; to: number; number: string }[] = [];
    for (const inv of shelf.recordsOf(client.key)) {
      if (inv.status === "void" || inv.kind === "deposit" || inv.periodFrom === null || inv.periodTo === null) continue;
      const p = periodOf(inv.periodFrom, inv.periodTo, client.timezone);
      if (p) spans.push({ from: p.from, to: p.to, number: inv.number });
    }
    if (spans.length > 0) covered.set(client.key, spans);
  });
  const out: Diagnostic[] = [];
  if (covered.size === 0) return out;
  index.forEachEntryLine(-Infinity, Infinity, (store, i) => {
    const spans = covered.get(store.clientKey);
    if (!spans || !store.billable(i) || Number.isNaN(store.end(i))) return;
    const start = store.start(i);
    const span = spans.find((s) => start >= s.from && start < s.to);
    if (!span) return;
    const id = store.id(i);
    if (id !== "" && shelf.isBilled(id)) return;
    out.push({ severity: "warning", code: "entry-after-invoice", file: store.path, line: store.line(i), params: { number: span.number } });
  });
  return out;
}
