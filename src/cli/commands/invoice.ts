// `client-desk invoice --client NAME [--month 2026-10 | --from D --to D] [--dry-run]`: the same
// invoice note the plugin's "Create invoice" writes, for the same vault and clock. (`invoice
// send|pay|void NUMBER` is invoice-lifecycle.ts; `--deposit` invoices are drafted in
// invoice-deposit.ts.) The note is
// created, never replaced; with --dry-run nothing is written. Refused (exit 1) when the client
// cannot be billed: no rate, nothing unbilled in the period, a package in another currency.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { notesIn } from "../notes-in";
import { readFrontmatter } from "../../core/notes/frontmatter";
import { nextInvoiceNumber } from "../../core/billing/invoice-number";
import { reason } from "../vault-fs";
import { draftInvoice, type DraftResult } from "../../core/billing/invoice-draft";
import type { Client } from "../../core/shared/types";
import { renderInvoiceNote } from "../../core/billing/invoice-write";
import { monthPeriod, periodOf, type InvoicePeriod } from "../../core/billing/invoice-period";
import { clientFolderPath, invoiceNotePath } from "../../core/shared/paths";
import { readPackages, taskPackages } from "../../core/billing/package-note";
import { formatMoney } from "../../core/shared/money";
import type { BillingProblem } from "../../core/billing/billing";
import { draftRequest } from "../../core/index/invoice-source";
import { diagnosticLine, diagnosticMessage } from "../../core/i18n";
import type { DiagnosticJson } from "./check";
import type { Context } from "../context";
import { requireValue } from "../context";
import { CommandFailure, UsageError } from "../errors";
import { printJson, printLines, terminalSafe } from "../output";
import { openVault } from "./common";
import { findClient } from "./log";
import { askedAs, requireOwner } from "../team-as";
import { VaultWriter } from "../vault-writer";
import { draftDepositFor, wantsDeposit } from "./invoice-deposit";
import { INVOICE_ACTIONS, runInvoiceLifecycle, type InvoiceAction } from "./invoice-lifecycle";

export interface InvoiceJson {
  written: boolean;
  dryRun: boolean;
  /** Vault-relative path of the note (to be) written; null when refused. */
  file: string | null;
  client: string;
  /** The period billed (or refused); null when nothing was left to bill. */
  periodFrom: string | null;
  periodTo: string | null;
  /** Set when the invoice was refused: each problem's code and its message in --lang. */
  problems: (BillingProblem & { message: string })[];
  /** Set when the invoice was refused because check reports errors about the client or its time. */
  diagnostics: DiagnosticJson[];
  warnings: (BillingProblem & { message: string })[];
  invoice: {
    number: string;
    currency: string;
    issued: string;
    due: string;
    /** Money in integer minor units of `currency`. */
    lines: { kind: string; text: string; month: string | null; minutes: number | null; quantity: number; unitPrice: number | null; amount: number; entries: string[] }[];
    /** Months whose retainer fee it charges (→ the allowance in minutes each gets), minutes it counts against each month's allowance, overage minutes it bills per month. */
    retainerMonths: Record<string, number>;
    retainerMinutes: Record<string, number>;
    retainerOverage: Record<string, number>;
    subtotal: number;
    discount: number;
    taxes: { name: string; milliPercent: number; amount: number }[];
    tax: number;
    total: number;
    deposit: number;
    balance: number;
    entries: string[];
  } | null;
}

/**
 * Every invoice number in use, read from disk now: the name (without its extension) of every file
 * directly in a client's Invoices folder — a PDF exported beside a note counts too — and the
 * `number` field of each note there.
 */
export function numbersOnDisk(root: string, clientsRoot: string): string[] {
  const out: string[] = [];
  const names = (abs: string) => {
    try {
      return readdirSync(abs, { withFileTypes: true }).filter((d) => !d.name.startsWith("."));
    } catch {
      return [];
    }
  };
  const clients = join(root, clientsRoot);
  for (const c of names(clients)) {
    if (!c.isDirectory()) continue;
    const folder = join(clients, c.name, "Invoices");
    for (const f of names(folder)) {
      if (!f.isFile()) continue;
      const dot = f.name.lastIndexOf(".");
      out.push(dot > 0 ? f.name.slice(0, dot) : f.name);
      if (!f.name.endsWith(".md")) continue;
      let text: string;
      try {
        text = readFileSync(join(folder, f.name), "utf8");
      } catch (e) {
        throw new CommandFailure("cli.error.read-failed", { path: `${clientsRoot}/${c.name}/Invoices/${f.name}`, reason: reason(e) });
      }
      const number = readFrontmatter(text).data?.number;
      if (typeof number === "string" || typeof number === "number") out.push(String(number).trim());
    }
  }
  return out;
}

function draftWork(ctx: Context, vault: ReturnType<typeof openVault>, client: Client, now: number): DraftResult {
  if (ctx.args.values.has("for")) throw new UsageError("cli.error.flag-not-for-command", { flag: "--for", command: "invoice --client" });
  const args = ctx.args.values;
  const month = args.get("month");
  const from = args.get("from");
  const to = args.get("to");
  let period: InvoicePeriod | null = null;
  if (month !== undefined) {
    if (from !== undefined || to !== undefined) throw new UsageError("cli.error.period-both");
    period = monthPeriod(month, client.timezone);
    if (!period) throw new UsageError("cli.error.month-invalid", { value: month });
  } else if (from !== undefined || to !== undefined) {
    period = from !== undefined && to !== undefined ? periodOf(from, to, client.timezone) : null;
    if (!period) throw new UsageError("cli.error.period-invalid");
  }
  const layout = vault.index.layout;
  const packageNotes = notesIn(vault.root, vault.settings.packagesFolder);
  return draftInvoice(
    draftRequest(vault.index, client, {
      now,
      period,
      pattern: vault.settings.invoiceNumberPattern,
      packages: taskPackages(packageNotes, notesIn(vault.root, `${clientFolderPath(layout, client.key)}/Tasks`)),
      packageNotes: readPackages(packageNotes),
    }),
  );
}

export function runInvoice(ctx: Context): number {
  // Only another person's --as can refuse: without it the run is the owner's (or the VA's alone).
  if (askedAs(ctx) !== null) requireOwner(ctx, openVault(ctx));
  const action = ctx.args.positionals[1];
  if (action !== undefined) {
    if (!(INVOICE_ACTIONS as readonly string[]).includes(action)) throw new UsageError("cli.error.invoice-action", { value: action });
    return runInvoiceLifecycle(ctx, action as InvoiceAction);
  }
  for (const flag of ["amount", "date", "method"]) {
    if (ctx.args.values.has(flag)) throw new UsageError("cli.error.flag-not-for-command", { flag: `--${flag}`, command: "invoice --client" });
  }
  const vault = openVault(ctx);
  const client = findClient(vault, requireValue(ctx, "client"));
  const now = ctx.now(vault.zone);
  const layout = vault.index.layout;
  const r = wantsDeposit(ctx) ? draftDepositFor(ctx, vault.index, client, now, vault.settings.invoiceNumberPattern) : draftWork(ctx, vault, client, now);
  const dryRun = ctx.args.booleans.has("dry-run");
  const problemText = (p: BillingProblem) =>
    r.period === null
      ? ctx.t("billing.nothing-left", { client: client.name })
      : ctx.t(`billing.${p.code}`, { ...p.params, client: client.name, from: r.period.fromDate, to: r.period.toDate, field: p.field ?? "" });
  if (!r.ok) {
    if (ctx.json) {
      const out: InvoiceJson = {
        written: false,
        dryRun,
        file: null,
        client: client.key,
        periodFrom: r.period?.fromDate ?? null,
        periodTo: r.period?.toDate ?? null,
        problems: r.problems.map((p) => ({ ...p, message: problemText(p) })),
        diagnostics: r.diagnostics.map((d) => ({ ...d, message: diagnosticMessage(d, ctx.t) })),
        warnings: [],
        invoice: null,
      };
      printJson(ctx.io, out);
    }
    for (const p of r.problems) ctx.io.err(terminalSafe(`client-desk: ${ctx.t("cli.error.invoice-refused", { reason: problemText(p) })}`) + "\n");
    if (r.diagnostics.length > 0) {
      ctx.io.err(terminalSafe(`client-desk: ${ctx.t("cli.error.invoice-data", { client: client.name, count: r.diagnostics.length })}`) + "\n");
      for (const d of r.diagnostics) ctx.io.err(terminalSafe(`  ${diagnosticLine(d, ctx.t)}`) + "\n");
    }
    return 1;
  }
  let d = r.draft;
  let file = invoiceNotePath(layout, client.key, d.number);
  if (!dryRun) {
    const writer = new VaultWriter(vault.root);
    // The number is chosen again, and the note created, under the vault's lock: another process
    // may have written an invoice since this one read the vault, and two never take one number.
    writer.withVaultLock("invoice-number", () => {
      const number = nextInvoiceNumber(vault.settings.invoiceNumberPattern, d.issued, numbersOnDisk(vault.root, layout.clientsRoot));
      if (number !== d.number) d = { ...d, number };
      file = invoiceNotePath(layout, client.key, d.number);
      const text = renderInvoiceNote(d, { name: vault.settings.businessName, details: vault.settings.businessDetails, payment: vault.settings.paymentDetails });
      if (!writer.create(file, text, clientFolderPath(layout, client.key))) throw new CommandFailure("cli.error.invoice-exists", { path: file });
    });
  }
  if (ctx.json) {
    const t = d.totals;
    const out: InvoiceJson = {
      written: !dryRun,
      dryRun,
      file,
      client: client.key,
      periodFrom: d.periodFrom,
      periodTo: d.periodTo,
      problems: [],
      diagnostics: [],
      warnings: r.warnings.map((p) => ({ ...p, message: problemText(p) })),
      invoice: {
        number: d.number,
        currency: client.currency,
        issued: d.issued,
        due: d.due,
        lines: d.lines.map((l) => ({ kind: l.kind, text: l.text, month: l.month, minutes: l.minutes, quantity: l.quantity, unitPrice: l.unitPrice, amount: l.amount, entries: l.entryIds })),
        retainerMonths: Object.fromEntries(d.retainerMonths),
        retainerMinutes: Object.fromEntries(d.retainerMinutes),
        retainerOverage: Object.fromEntries(d.retainerOverage),
        subtotal: t.subtotal,
        discount: t.discount,
        taxes: t.taxes,
        tax: t.tax,
        total: t.total,
        deposit: t.deposit,
        balance: t.balance,
        entries: d.entryIds,
      },
    };
    printJson(ctx.io, out);
    return 0;
  }
  const money = (m: number) => formatMoney(m, client.currency, ctx.lang);
  printLines(ctx.io, [
    dryRun ? ctx.t("cli.invoice.dry-run", { file }) : ctx.t("cli.invoice.written", { file }),
    d.kind === "deposit"
      ? ctx.t("cli.invoice.summary-deposit", { number: d.number, client: client.name, total: money(d.totals.total), due: d.due })
      : ctx.t("cli.invoice.summary", { number: d.number, client: client.name, from: d.periodFrom, to: d.periodTo, entries: d.entryIds.length, total: money(d.totals.total), balance: money(d.totals.balance), due: d.due }),
    ...r.warnings.map(problemText),
  ]);
  return 0;
}
