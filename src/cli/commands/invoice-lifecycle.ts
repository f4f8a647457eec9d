// `client-desk invoice send|pay|void NUMBER`: the plugin's "Mark invoice as sent", "Record payment"
// and "Void invoice" on a vault folder. The checks and the frontmatter changes are the plugin's own
// (core/billing/invoice-payment.ts): made first on the invoice as the vault was read, then again
// on the note as it is inside its lock, where the fields that change are set in the note's text
// (core/notes/frontmatter-edit.ts), every other byte kept.

import type { Params } from "../../core/i18n";
import type { CliKey } from "../messages";
import { applyPayment, applySent, applyVoid, checkPayment, checkSent, checkVoid } from "../../core/billing/invoice-payment";
import { readInvoiceNote, type InvoiceRecord, type InvoiceStatus } from "../../core/billing/invoice-note";
import { processFrontmatterText } from "../../core/notes/frontmatter-edit";
import { readFrontmatter } from "../../core/notes/frontmatter";
import { clientFolderPath } from "../../core/shared/paths";
import { isCurrencyCode } from "../../core/shared/currencies";
import { formatMoney } from "../../core/shared/money";
import type { Context } from "../context";
import { requireValue } from "../context";
import { CommandFailure, UsageError } from "../errors";
import { printJson, printLines, terminalSafe } from "../output";
import { VaultWriter } from "../vault-writer";
import { openVault } from "./common";

export type InvoiceAction = "send" | "pay" | "void";
export const INVOICE_ACTIONS: readonly InvoiceAction[] = ["send", "pay", "void"];

/** The flags each action takes besides --vault and the global ones. */
const ACTION_FLAGS: Record<InvoiceAction, readonly string[]> = { send: [], void: [], pay: ["amount", "date", "method"] };
/** The flags of `invoice --client …` (a new invoice), refused with an action. */
export const CREATE_FLAGS: readonly string[] = ["client", "month", "from", "to", "deposit", "deposit-of", "for", "dry-run"];

export interface InvoiceChangeJson {
  action: InvoiceAction;
  /** True when the note was changed (exit 0). */
  changed: boolean;
  number: string;
  /** Vault-relative path of the invoice note. */
  file: string;
  /** The client's key (its folder). */
  client: string;
  /** Exit 1: why nothing was changed, as a stable code (`payment-too-large`, `payment-closed`, `status-not-draft`, `already-void`, `void-paid`, `money-unreadable`, `invoice-ambiguous`, `invoice-gone`) and a message in the --lang language. */
  refused: { code: string; message: string } | null;
  /** The invoice after the change (as it was, when refused). */
  status: InvoiceStatus;
  currency: string;
  /** Minor units of `currency`. */
  total: number;
  deposit: number;
  paid: number;
  balance: number;
  /** The payment recorded (`pay`), amount in minor units; null otherwise. */
  payment: { date: string; amount: number; method: string } | null;
  seal: string | null;
}

/** A refusal of the plugin's rules: exit 1 (a bad --amount or --date is wrong usage: exit 2). */
class Refused extends Error {
  constructor(
    readonly key: CliKey,
    readonly params: Params,
  ) {
    super(key);
  }
}

function refuse(key: CliKey, params: Params): never {
  if (key === "invoice.notice.payment-invalid" || key === "invoice.notice.payment-date-invalid") throw new UsageError(key, params);
  throw new Refused(key, params);
}

const codeOf = (key: CliKey) => key.replace(/^(invoice\.notice|cli\.error)\./, "");

function readBack(path: string, clientKey: string, text: string): InvoiceRecord | null {
  const fm = readFrontmatter(text);
  return readInvoiceNote({ path, clientKey, data: fm.data, fieldLines: fm.fieldLines, yamlError: fm.error }).invoice;
}

export function runInvoiceLifecycle(ctx: Context, action: InvoiceAction): number {
  const allowed = new Set(["vault", ...ACTION_FLAGS[action]]);
  for (const flag of [...ctx.args.values.keys(), ...ctx.args.booleans]) {
    if ((CREATE_FLAGS.includes(flag) || ["amount", "date", "method"].includes(flag)) && !allowed.has(flag)) {
      throw new UsageError("cli.error.flag-not-for-command", { flag: `--${flag}`, command: `invoice ${action}` });
    }
  }
  const wanted = ctx.args.positionals[2];
  if (wanted === undefined || wanted.trim() === "") throw new UsageError("cli.error.invoice-number-missing", { action });
  const amount = action === "pay" ? requireValue(ctx, "amount") : "";
  const date = action === "pay" ? requireValue(ctx, "date") : "";
  const method = ctx.args.values.get("method") ?? "";
  const vault = openVault(ctx);
  const found = vault.index.invoices.records().filter((r) => r.number.toLowerCase() === wanted.trim().toLowerCase());
  if (found.length === 0) throw new UsageError("cli.error.invoice-unknown", { value: wanted });
  const inv = found[0];
  const base = { action, number: inv.number, file: inv.file, client: inv.clientKey };
  const refusedOut = (key: CliKey, params: Params, now: InvoiceRecord): number => {
    const message = ctx.t(key, params);
    if (ctx.json) printJson(ctx.io, json(base, now, { code: codeOf(key), message }, null, false));
    ctx.io.err(`${terminalSafe(`client-desk: ${message}`)}\n`);
    return 1;
  };
  if (found.length > 1) {
    return refusedOut("cli.error.invoice-ambiguous", { value: inv.number, count: found.length, files: found.map((r) => r.file).join(", ") }, inv);
  }

  // The same checks as the plugin, on the invoice as the vault was read: a refusal writes nothing.
  const apply = (fm: Record<string, unknown>) =>
    action === "send" ? applySent(fm, inv.file, inv.clientKey) : action === "void" ? applyVoid(fm, inv.file, inv.clientKey) : applyPayment(fm, inv.file, inv.clientKey, amount, date, method);
  let after: InvoiceRecord = inv;
  let paymentMinor = 0;
  try {
    const pre = action === "send" ? checkSent(inv) : action === "void" ? checkVoid(inv) : checkPayment(inv, amount, date, method);
    if (!pre.ok) refuse(pre.key, pre.params);
    const layout = vault.index.layout;
    new VaultWriter(vault.root).update(
      inv.file,
      (current) => {
        if (current === null) throw new Refused("cli.error.invoice-gone", { path: inv.file });
        // Again on the note as it is now: another process may have paid or voided it meanwhile.
        const r = processFrontmatterText(current, apply);
        if (r.result === null) throw new CommandFailure("cli.error.invoice-yaml", { path: inv.file });
        if (!r.result.ok) {
          if (r.result.key === "invoice.notice.not-invoice") throw new Refused("cli.error.invoice-gone", { path: inv.file });
          refuse(r.result.key, r.result.params);
        }
        if ("amount" in r.result) paymentMinor = r.result.amount;
        if (!r.edit.ok) throw new CommandFailure(r.edit.reason === "yaml" ? "cli.error.invoice-yaml" : "cli.error.invoice-edit", { path: inv.file });
        after = readBack(inv.file, inv.clientKey, r.edit.text) ?? inv;
        return r.edit.text;
      },
      clientFolderPath(layout, inv.clientKey),
    );
  } catch (e) {
    if (e instanceof Refused) return refusedOut(e.key, e.params, inv);
    throw e;
  }

  const payment = action === "pay" ? (after.payments[after.payments.length - 1] ?? null) : null;
  if (ctx.json) {
    printJson(ctx.io, json(base, after, null, payment, true));
    return 0;
  }
  const money = (m: number) => (isCurrencyCode(after.currency) ? formatMoney(m, after.currency, ctx.lang) : String(m));
  const done =
    action === "send"
      ? ctx.t("invoice.notice.sent", { number: after.number })
      : action === "void"
        ? ctx.t("invoice.notice.void", { number: after.number })
        : ctx.t("invoice.notice.payment-recorded", { amount: money(paymentMinor), number: after.number, balance: money(after.balance) });
  printLines(ctx.io, [done, ctx.t("cli.invoice.changed", { file: inv.file, status: after.status, paid: money(after.paid), balance: money(after.balance) })]);
  return 0;
}

function json(
  base: { action: InvoiceAction; number: string; file: string; client: string },
  inv: InvoiceRecord,
  refused: InvoiceChangeJson["refused"],
  payment: InvoiceChangeJson["payment"],
  changed: boolean,
): InvoiceChangeJson {
  return { ...base, changed, refused, status: inv.status, currency: inv.currency, total: inv.total, deposit: inv.deposit, paid: inv.paid, balance: inv.balance, payment, seal: inv.seal };
}
