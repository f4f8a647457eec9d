// `client-desk invoices [--overdue]`: outstanding invoices (sent, with a balance) grouped by
// currency, each with its days overdue in its client's zone at --now; one whose money does not read
// is listed and marked, a number on several notes is listed once (core/billing/invoice-outstanding.ts).

import { outstandingInvoices, outstandingMoney } from "../../core/billing/invoice-outstanding";
import type { Context } from "../context";
import { printJson, printLines, table } from "../output";
import { openVault } from "./common";
import { jsonNow } from "../time";

export interface InvoicesJson {
  /** ISO with the offset of your zone. */
  now: string;
  groups: {
    currency: string;
    /** Minor units of the currency. */
    outstanding: number;
    overdue: number;
    invoices: {
      number: string;
      client: string;
      file: string;
      status: string;
      issued: string | null;
      due: string | null;
      total: number;
      paid: number;
      balance: number;
      overdue: boolean;
      daysOverdue: number;
      /** Its money fields do not read (see `check`): listed, its balance as read, not in the sums. */
      unreadable: boolean;
      /** Other notes with the same number; this one is the first outstanding by issue order. */
      duplicates: string[];
    }[];
  }[];
}

export function runInvoices(ctx: Context): number {
  const vault = openVault(ctx);
  const now = ctx.now(vault.zone);
  const index = vault.index;
  const groups = outstandingInvoices(index.invoices.records(), now, (key) => index.client(key)?.timezone ?? vault.zone, ctx.args.booleans.has("overdue"));
  if (ctx.json) {
    const out: InvoicesJson = {
      now: jsonNow(now, vault.zone),
      groups: groups.map((g) => ({
        currency: g.currency,
        outstanding: g.outstanding,
        overdue: g.overdue,
        invoices: g.invoices.map((o) => ({
          number: o.invoice.number,
          client: o.invoice.clientKey,
          file: o.invoice.file,
          status: o.invoice.status,
          issued: o.invoice.issued,
          due: o.invoice.due,
          total: o.invoice.total,
          paid: o.invoice.paid,
          balance: o.invoice.balance,
          overdue: o.overdue,
          daysOverdue: o.daysOverdue,
          unreadable: o.unreadable,
          duplicates: o.duplicates,
        })),
      })),
    };
    printJson(ctx.io, out);
    return 0;
  }
  if (groups.length === 0) {
    printLines(ctx.io, [ctx.t("cli.invoices.none")]);
    return 0;
  }
  const lines: string[] = [];
  for (const g of groups) {
    const money = (m: number) => outstandingMoney(m, g.currency, ctx.lang);
    if (lines.length > 0) lines.push("");
    lines.push(ctx.t("invoices.currency", { currency: g.currency, outstanding: money(g.outstanding), overdue: money(g.overdue) }));
    lines.push(
      ...table(
        g.invoices.map((o) => [
          o.invoice.number,
          index.client(o.invoice.clientKey)?.name ?? o.invoice.clientKey,
          money(o.invoice.balance),
          o.overdue ? (o.daysOverdue === 1 ? ctx.t("cli.invoices.overdue-day") : ctx.t("cli.invoices.overdue", { days: o.daysOverdue })) : ctx.t("cli.invoices.due", { due: o.invoice.due ?? "—" }),
          [
            ...(o.unreadable ? [ctx.t("invoices.mark.unreadable")] : []),
            ...(o.duplicates.length > 0 ? [ctx.t("invoices.mark.duplicate", { files: o.duplicates.join(", ") })] : []),
          ].join("; "),
        ]),
        "  ",
      ),
    );
  }
  printLines(ctx.io, lines);
  return 0;
}
