// Invoices: drafting and writing the invoice note text (src/core/billing/invoice-draft.ts,
// invoice-write.ts) for one client's month, and for every client of the vault for that month,
// on an indexed vault. Targets: one client < 10 ms; every client of M, with the weekly reports,
// < 100 ms (the reports' share is measured by their own bench). Baseline, in the same run: the
// index queries alone (entriesOf for the same clients and month), so the figure shows what
// billing, the ledger, numbering and rendering add.

import { performance } from "node:perf_hooks";
import process from "node:process";
import type { VaultIndex } from "../../src/core/index/vault-index";
import { draftInvoice } from "../../src/core/billing/invoice-draft";
import { monthPeriod } from "../../src/core/billing/invoice-period";
import { renderInvoiceNote } from "../../src/core/billing/invoice-write";
import type { Client } from "../../src/core/shared/types";
import { draftRequest } from "../../src/core/index/invoice-source";

export interface InvoiceBench {
  oneMs: number;
  oneBaselineMs: number;
  allMs: number;
  allBaselineMs: number;
  clients: number;
  invoices: number;
  refused: number;
  entries: number;
  runs: number;
  /** Median CPU time of this process for the same work, ms: on a shared, busy machine wall time also counts the waits. */
  oneCpuMs: number;
  allCpuMs: number;
  /** The first run of each (cold caches: zone arithmetic, the ledger, V8's code), ms. */
  oneFirstMs: number;
  allFirstMs: number;
}

// The targets (one < 10 ms; every client's < 100 ms with the reports at S and M, ≤ 500 ms at L)
// are judged in targets.ts.

const BUSINESS = { name: "Bench VA", details: "Somewhere", payment: "Wise: bench@example.com" };

/** The month's invoice, drafted from the index as the plugin and the CLI draft it. */
function invoiceText(index: VaultIndex, client: Client, month: string, now: number): { ok: boolean; entries: number } {
  const period = monthPeriod(month, client.timezone);
  const r = draftInvoice(draftRequest(index, client, { now, period, pattern: "INV-{YYYY}-{seq:4}", packages: new Map() }));
  if (!r.ok) return { ok: false, entries: 0 };
  renderInvoiceNote(r.draft, BUSINESS);
  return { ok: true, entries: r.draft.entryIds.length };
}

export function benchInvoices(index: VaultIndex, month: string, options: { runs?: number; warmup?: number } = {}): InvoiceBench {
  const runs = options.runs ?? 30;
  const warmup = options.warmup ?? 5;
  // The generated vault invoices most months already: those of the measured month and later are
  // taken out of the index, so the month is billed as on the day its invoices are due.
  const first = `${month}-01`;
  for (const inv of index.invoices.records()) if ((inv.periodTo ?? "") >= first) index.removeFile(inv.file);
  const clients = index.clients();
  const now = Date.parse(`${month}-01T00:00:00Z`) + 40 * 86_400_000;
  // The busiest client of the month: the one-client figure is the worst case, not an idle client.
  const probe = monthPeriod(month, "UTC");
  if (!probe) throw new Error(`not a month: ${month}`);
  const busiest = clients.reduce((best, c) => (index.entriesOf(c.key, probe.from, probe.to).length > index.entriesOf(best.key, probe.from, probe.to).length ? c : best), clients[0]);
  const one: number[] = [];
  const oneBase: number[] = [];
  const all: number[] = [];
  const allBase: number[] = [];
  const oneCpu: number[] = [];
  const allCpu: number[] = [];
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let oneFirstMs = 0;
  let allFirstMs = 0;
  let invoices = 0;
  let refused = 0;
  let entries = 0;
  for (let i = -warmup; i < runs; i++) {
    let t = performance.now();
    const p = monthPeriod(month, busiest.timezone);
    if (p) index.entriesOf(busiest.key, p.from, p.to);
    const b1 = performance.now() - t;
    // One invoice from a cold ledger: what `client-desk invoice` does in a fresh process.
    let c = cpu();
    t = performance.now();
    invoiceText(index, busiest, month, now);
    const m1 = performance.now() - t;
    const c1 = cpu() - c;
    t = performance.now();
    for (const c of clients) {
      const q = monthPeriod(month, c.timezone);
      if (q) index.entriesOf(c.key, q.from, q.to);
    }
    const b2 = performance.now() - t;
    t = performance.now();
    invoices = 0;
    refused = 0;
    entries = 0;
    // Every client in one run.
    c = cpu();
    for (const c of clients) {
      const r = invoiceText(index, c, month, now);
      if (r.ok) invoices++;
      else refused++;
      entries += r.entries;
    }
    const m2 = performance.now() - t;
    const c2 = cpu() - c;
    if (i === -warmup) {
      oneFirstMs = m1;
      allFirstMs = m2;
    }
    if (i >= 0) {
      oneCpu.push(c1);
      allCpu.push(c2);
      one.push(m1);
      oneBase.push(b1);
      all.push(m2);
      allBase.push(b2);
    }
  }
  return { oneMs: median(one), oneBaselineMs: median(oneBase), allMs: median(all), allBaselineMs: median(allBase), clients: clients.length, invoices, refused, entries, runs, oneCpuMs: median(oneCpu), allCpuMs: median(allCpu), oneFirstMs, allFirstMs };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
