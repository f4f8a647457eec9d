// `client-desk invoice --client NAME --deposit AMOUNT | --deposit-of PRICE [--for TEXT]`: a deposit
// invoice, money billed before the work. `--deposit-of` bills the client note's `deposit` percent of
// a package price or quote. Refused, as any invoice is, while check reports errors about the client.

import type { Client } from "../../core/shared/types";
import type { VaultIndex } from "../../core/index/vault-index";
import type { DraftResult } from "../../core/billing/invoice-draft";
import { draftDepositInvoice } from "../../core/index/invoice-source";
import { parseMajor } from "../../core/shared/money";
import type { Context } from "../context";
import { UsageError } from "../errors";

export const DEPOSIT_FLAGS: readonly string[] = ["deposit", "deposit-of", "for"];

export function wantsDeposit(ctx: Context): boolean {
  return ctx.args.values.has("deposit") || ctx.args.values.has("deposit-of");
}

export function draftDepositFor(ctx: Context, index: VaultIndex, client: Client, now: number, pattern: string): DraftResult {
  const v = ctx.args.values;
  for (const flag of ["month", "from", "to"]) {
    if (v.has(flag)) throw new UsageError("cli.error.flag-not-for-command", { flag: `--${flag}`, command: "invoice --deposit" });
  }
  if (v.has("deposit") && v.has("deposit-of")) throw new UsageError("cli.error.deposit-both");
  const flag = v.has("deposit") ? "deposit" : "deposit-of";
  const text = v.get(flag) ?? "";
  const parsed = parseMajor(text.trim(), client.currency);
  if (!parsed.ok || parsed.minor <= 0) throw new UsageError("cli.error.deposit-amount", { flag: `--${flag}`, value: text, currency: client.currency });
  return draftDepositInvoice(index, client, { now, pattern, amount: text, ofTotal: flag === "deposit-of", forText: v.get("for") ?? "" });
}
