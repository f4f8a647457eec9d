// What a client's live invoices charged, together: the retainer months whose fee is paid for and
// the minutes counted against each month, the packages billed, the deposit received and credited,
// and where the last period ended. Derived from the invoice notes alone (a void invoice charges
// nothing), so it is the same for the plugin and the CLI, and never rewritten into the notes.

import type { Entry, Rounding } from "../shared/types";
import type { InvoiceRecord } from "./invoice-note";
import { byIssue } from "./invoice-ledger";
import { billedMs, taskKey } from "./rounding";
import { monthIn, monthsOfDates, type RetainerHistory } from "./retainer";

const MIN = 60_000;

export interface ClientLedger {
  /** The client's live invoices (not void), in issue order; deposit invoices included. */
  invoices: InvoiceRecord[];
  retainer: RetainerHistory;
  /** taskKeys whose fixed-price package a live invoice billed. */
  packagesBilled: Set<string>;
  /** Minor units paid on the client's live deposit invoices. */
  depositPaid: number;
  /** Minor units of deposit credited on the client's live invoices. */
  depositApplied: number;
  /** The latest `period_to` of the live invoices (not deposit ones), or null. */
  lastPeriodEnd: string | null;
}

export interface LedgerContext {
  zone: string;
  rounding: Rounding;
  /** The retainer's included minutes a month (0 for other clients). */
  includedMinutes: number;
  /** The entries of a legacy retainer invoice, by id (missing ones are left out). */
  entriesByIds: (ids: readonly string[]) => readonly Entry[];
}

export function clientLedger(invoices: readonly InvoiceRecord[], ctx: LedgerContext): ClientLedger {
  const live = invoices.filter((i) => i.status !== "void").sort(byIssue);
  const charged = new Map<string, number | null>();
  const used = new Map<string, number>();
  const overage = new Map<string, number>();
  const add = (map: Map<string, number>, m: string, n: number) => map.set(m, (map.get(m) ?? 0) + n);
  const packagesBilled = new Set<string>();
  let depositPaid = 0;
  let depositApplied = 0;
  let lastPeriodEnd: string | null = null;
  for (const inv of live) {
    if (inv.kind === "deposit") {
      if (inv.moneyOk) depositPaid += inv.paid;
      continue;
    }
    if (inv.moneyOk) depositApplied += inv.deposit;
    for (const p of inv.packages) packagesBilled.add(taskKey(p) ?? p);
    if (inv.periodTo !== null && (lastPeriodEnd === null || inv.periodTo > lastPeriodEnd)) lastPeriodEnd = inv.periodTo;
    const months = inv.retainerMonths ?? (inv.legacyRetainer && inv.periodFrom !== null && inv.periodTo !== null ? monthsOfDates(inv.periodFrom, inv.periodTo) : []);
    for (const m of months) charged.set(m, inv.retainerAllowance.get(m) ?? null);
    if (inv.legacyRetainer) {
      // Written before the minutes were recorded: its entries say them; its overage was what they
      // exceeded the included hours by, as it measured it then.
      const byMonth = new Map<string, Entry[]>();
      for (const e of ctx.entriesByIds(inv.entries)) {
        const m = monthIn(e.start, ctx.zone);
        const list = byMonth.get(m);
        if (list) list.push(e);
        else byMonth.set(m, [e]);
      }
      for (const [m, list] of byMonth) {
        const minutes = Math.round(billedMs(list, ctx.rounding) / MIN);
        add(used, m, minutes);
        add(overage, m, Math.max(0, minutes - ctx.includedMinutes));
      }
    } else {
      for (const [m, minutes] of inv.retainerMinutes) add(used, m, minutes);
      for (const [m, minutes] of inv.retainerOverage) add(overage, m, minutes);
    }
  }
  return { invoices: live, retainer: { charged, used, overage }, packagesBilled, depositPaid, depositApplied, lastPeriodEnd };
}
