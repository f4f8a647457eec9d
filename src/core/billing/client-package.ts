// A fixed-price client's own service package (the client note's `package`): billed once, or once
// a month for a recurring package, never twice. The ledger keeps what was billed in the invoice's
// `packages` list, as `package:<note>` (once) or `package:<note> <YYYY-MM>` (monthly), beside the
// task keys of task packages.

import type { Client } from "../shared/types";
import type { PackageInfo } from "./package-note";
import { taskKey } from "./rounding";
import { monthsOfDates } from "./retainer";
import { formatMoney } from "../shared/money";

/** The ledger key of a client package's charge: the whole package, or one month of it. */
export function clientPackageKey(pkg: PackageInfo, month: string | null): string {
  return month === null ? `package:${pkg.key}` : `package:${pkg.key} ${month}`;
}

function billedKey(key: string): string {
  return taskKey(key) ?? key;
}

/** An invoice line (billing.ts's InvoiceLine) charging a package. */
export interface PackageLine {
  kind: "package";
  text: string;
  month: string | null;
  minutes: null;
  quantity: number;
  unitPrice: number;
  amount: number;
  entryIds: string[];
  details: string[];
}

export interface PackageCharges {
  lines: PackageLine[];
  /** Ledger keys this invoice bills. */
  keys: string[];
  problems: { code: "package-currency"; severity: "error"; params: Record<string, string | number> }[];
}

/** The charges of `pkg` an invoice of [fromDate, toDate] adds, leaving out those billed before. */
export function packageCharges(pkg: PackageInfo, client: Client, fromDate: string, toDate: string, billed: ReadonlySet<string>): PackageCharges {
  if (pkg.currency !== client.currency) {
    return { lines: [], keys: [], problems: [{ code: "package-currency", severity: "error", params: { package: pkg.name, currency: pkg.currency, client: client.currency, file: pkg.file } }] };
  }
  const months = pkg.recurring === "monthly" ? monthsOfDates(fromDate, toDate) : [null];
  const lines: PackageLine[] = [];
  const keys: string[] = [];
  for (const month of months) {
    const key = clientPackageKey(pkg, month);
    if (billed.has(billedKey(key))) continue;
    keys.push(key);
    lines.push({ kind: "package", text: pkg.name, month, minutes: null, quantity: 1, unitPrice: pkg.price, amount: pkg.price, entryIds: [], details: pkg.deliverables });
  }
  return { lines, keys, problems: [] };
}

/** Whether a fixed-price client's package still has a charge due for `month` (YYYY-MM). */
export function packageDue(pkg: PackageInfo, month: string, billed: ReadonlySet<string>): boolean {
  return !billed.has(billedKey(clientPackageKey(pkg, pkg.recurring === "monthly" ? month : null)));
}

/** Only a fixed-price client is billed its package; other models bill time. */
export function billsPackage(client: Client, pkg: PackageInfo | null | undefined): pkg is PackageInfo {
  return client.billing === "fixed" && pkg !== null && pkg !== undefined;
}

/** The package as the welcome packet lists it (onboarding.ts's WelcomePackage), in the client's language. */
export function welcomePackage(pkg: PackageInfo, language: "en" | "vi"): { name: string; deliverables: string[]; doneWhen: string | null; price: string; monthly: boolean } {
  return { name: pkg.name, deliverables: pkg.deliverables, doneWhen: pkg.doneWhen, price: formatMoney(pkg.price, pkg.currency, language), monthly: pkg.recurring === "monthly" };
}
