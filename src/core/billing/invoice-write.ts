// The invoice note's text: flat frontmatter for Obsidian's Properties, Dataview and Bases, and a
// body the client can read, in the client's language, amounts formatted for that language and
// currency. Numbers in frontmatter are major units written exactly (toMajorString).

import type { Client, Language } from "../shared/types";
import type { InvoiceLine } from "./billing";
import type { Totals } from "./invoice-totals";
import type { ClientInvoiceFields } from "./invoice-client";
import type { InvoiceKind } from "./invoice-note";
import { translator, type Translate } from "../i18n";
import { formatDate, formatMonth, formatNumber } from "../i18n/format";
import { formatMoney, toMajorString } from "../shared/money";
import { linkTarget } from "../notes/timed-line";
import { inlineText, tableCell, textLine } from "../shared/markdown-text";
import { invoiceSeal } from "./invoice-integrity";

export interface BusinessDetails {
  name: string;
  /** Lines: address, email, tax number… */
  details: string;
  /** Lines: Wise, PayPal, bank… */
  payment: string;
}

export interface InvoiceDraft {
  /** A deposit invoice bills money received before the work (one deposit line, no tax or discount). */
  kind: InvoiceKind;
  number: string;
  client: Client;
  fields: ClientInvoiceFields;
  issued: string;
  due: string;
  periodFrom: string;
  periodTo: string;
  lines: InvoiceLine[];
  totals: Totals;
  entryIds: string[];
  checks: [string, string][];
  packages: string[];
  /** Months whose retainer fee this invoice charges, with the allowance (minutes) each gets. */
  retainerMonths: [string, number][];
  /** Month → minutes counted against that month's allowance. */
  retainerMinutes: [string, number][];
  /** Month → overage minutes billed. */
  retainerOverage: [string, number][];
  /** Unused retainer minutes of the last month billed, rolling into the next. */
  carryOutMinutes: number;
}

export const INVOICE_CSS_CLASS = "client-desk-invoice";

/** A major-unit number for YAML: exact digits, and a bare 0 so that the fast reader takes it. */
function yamlMoney(minor: number, currency: string): string {
  return minor === 0 ? "0" : toMajorString(minor, currency);
}

/** A flow list of plain or quoted scalars; items never hold quotes or commas (ids, hashes, names). */
function yamlList(items: readonly string[]): string {
  return `[${items.map((s) => (/^[\w-]+$/.test(s) && !/^[\d.+-]/.test(s) ? s : JSON.stringify(s))).join(", ")}]`;
}

function yamlText(s: string): string {
  return JSON.stringify(s);
}

export function formatHours(minutes: number, language: Language): string {
  // Two decimals of an hour, for people: 90 min → 1.50, 20 min → 0.33. Amounts never use this.
  return formatNumber(minutes / 60, language, 2, 2);
}

export function formatPercent(milliPercent: number, language: Language): string {
  return `${formatNumber(milliPercent / 1000, language, 3)}%`;
}

export { formatMonth };

/** "2026-12-01" → "1 Dec 2026" / "1 thg 12, 2026": the one date form of the views, invoices and reports. */
export { formatDate };


function lineText(l: InvoiceLine, t: Translate, lang: Language, client: Client): string {
  const month = l.month === null ? "" : formatMonth(l.month, lang);
  switch (l.kind) {
    case "retainer": {
      const included = Math.round((client.retainerHours ?? 0) * 60);
      const hours = formatHours(included, lang);
      const carry = (l.minutes ?? included) - included;
      return carry > 0 ? t("inv.line.retainer-month-carry", { month, hours, carry: formatHours(carry, lang) }) : t("inv.line.retainer-month", { month, hours });
    }
    case "overage":
      return (l.minutes ?? 0) < 0 ? t("inv.line.overage-credit", { month }) : t("inv.line.overage-month", { month });
    case "deposit":
      return l.text === "" ? t("inv.line.deposit") : t("inv.line.deposit-for", { text: l.text });
    case "package": {
      const text = l.quantity === 0 ? t("inv.line.package-included", { text: l.text }) : l.text;
      return l.month === null ? text : t("inv.line.time-month", { text, month });
    }
    case "time": {
      const text = l.text === "" ? t("inv.line.no-task") : linkTarget(l.text);
      return l.month === null ? text : t("inv.line.time-month", { text, month });
    }
  }
}

/** Each package's deliverables under its name, once per package, for the client to check against. */
function deliverablesBlock(lines: readonly InvoiceLine[], t: Translate): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const l of lines) {
    if (l.kind !== "package" || !l.details || l.details.length === 0 || seen.has(l.text)) continue;
    seen.add(l.text);
    out.push(`**${inlineText(l.text.replace(/:.*$/, ""))}**`, "", ...l.details.map((x) => `- ${inlineText(x)}`), "");
  }
  return out.length === 0 ? [] : [`### ${t("inv.deliverables")}`, "", ...out];
}

export function renderInvoiceNote(d: InvoiceDraft, business: BusinessDetails): string {
  const c = d.client;
  const lang = c.language;
  const t = translator(lang);
  const cur = c.currency;
  const money = (m: number) => formatMoney(m, cur, lang);
  const tot = d.totals;
  const fm = [
    "---",
    "type: invoice",
    `number: ${yamlText(d.number)}`,
    `client: ${yamlText(`[[${c.key}]]`)}`,
    "status: draft",
    `issued: ${yamlText(d.issued)}`,
    `due: ${yamlText(d.due)}`,
    `period_from: ${yamlText(d.periodFrom)}`,
    `period_to: ${yamlText(d.periodTo)}`,
    `currency: ${cur}`,
    `subtotal: ${yamlMoney(tot.subtotal, cur)}`,
    `discount_amount: ${yamlMoney(tot.discount, cur)}`,
    `tax_amount: ${yamlMoney(tot.tax, cur)}`,
    `total: ${yamlMoney(tot.total, cur)}`,
    `deposit_applied: ${yamlMoney(tot.deposit, cur)}`,
    `paid: ${yamlMoney(tot.paid, cur)}`,
    `balance: ${yamlMoney(tot.balance, cur)}`,
    `entries: ${yamlList(d.entryIds)}`,
    `checks: ${yamlList(d.checks.map(([id, h]) => `${id} ${h}`))}`,
    `packages: ${yamlList(d.packages)}`,
    ...(d.kind === "deposit" ? ["invoice_kind: deposit"] : []),
    ...(c.billing === "retainer" && d.kind === "invoice"
      ? [
          `retainer_months: ${yamlList(d.retainerMonths.map(([m, n]) => `${m} ${n}`))}`,
          `retainer_minutes: ${yamlList(d.retainerMinutes.map(([m, n]) => `${m} ${n}`))}`,
          `retainer_overage: ${yamlList(d.retainerOverage.map(([m, n]) => `${m} ${n}`))}`,
        ]
      : []),
    "payments: []",
    `seal: ${yamlText(invoiceSeal({ number: d.number, client: `[[${c.key}]]`, currency: cur, subtotal: tot.subtotal, discount: tot.discount, tax: tot.tax, total: tot.total, deposit: tot.deposit, entries: d.entryIds }))}`,
    `cssclasses: [${INVOICE_CSS_CLASS}]`,
    "---",
  ];

  const body: string[] = ["", `# ${inlineText(t("inv.title", { number: d.number }))}`, ""];
  body.push(`| | |`, `| --- | --- |`);
  body.push(`| ${t("inv.number")} | ${tableCell(d.number)} |`);
  body.push(`| ${t("inv.issued")} | ${formatDate(d.issued, lang)} |`);
  body.push(`| ${t("inv.due")} | ${formatDate(d.due, lang)} |`);
  // A deposit is billed before the work: it covers no period.
  if (d.kind !== "deposit") body.push(`| ${t("inv.period")} | ${t("inv.period-value", { from: formatDate(d.periodFrom, lang), to: formatDate(d.periodTo, lang) })} |`);
  body.push("");

  const lines = (text: string) => text.split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== "");
  // Each a line of its own, ending in two spaces (a line break inside one paragraph).
  const block = (texts: string[]) => texts.map(textLine).filter((s) => s !== "").map((s) => `${s}  `);
  body.push(`## ${t("inv.from")}`, "", ...block([business.name, ...lines(business.details)]), "");
  body.push(`## ${t("inv.to")}`, "", ...block([c.name, c.contact ?? "", ...d.fields.address, c.email ?? ""]), "");

  body.push(`## ${t("inv.lines")}`, "");
  body.push(`| ${t("inv.col.description")} | ${t("inv.col.quantity")} | ${t("inv.col.rate")} | ${t("inv.col.amount")} |`, "| --- | ---: | ---: | ---: |");
  for (const l of d.lines) {
    const qty = l.minutes !== null ? t("inv.hours", { hours: formatHours(l.minutes, lang) }) : String(l.quantity);
    const rate =
      l.unitPrice === null ? "" : l.kind === "time" || l.kind === "overage" ? t("inv.per-hour", { amount: money(l.unitPrice) }) : money(l.unitPrice);
    const amount = l.kind === "time" && l.unitPrice === null ? t("inv.included") : money(l.amount);
    body.push(`| ${tableCell(lineText(l, t, lang, c))} | ${qty} | ${rate} | ${amount} |`);
  }
  body.push("");
  body.push(...deliverablesBlock(d.lines, t));
  body.push("| | |", "| --- | ---: |", `| ${t("inv.subtotal")} | ${money(tot.subtotal)} |`);
  if (tot.discount > 0) body.push(`| ${t("inv.discount", { percent: formatPercent(d.fields.discountMilli, lang) })} | −${money(tot.discount)} |`);
  for (const tx of tot.taxes) body.push(`| ${tableCell(t("inv.tax", { name: tx.name, percent: formatPercent(tx.milliPercent, lang) }))} | ${money(tx.amount)} |`);
  body.push(`| **${t("inv.total")}** | **${money(tot.total)}** |`);
  if (tot.deposit > 0) body.push(`| ${t("inv.deposit")} | −${money(tot.deposit)} |`);
  body.push(`| **${t("inv.balance")}** | **${money(tot.balance)}** |`, "");
  if (d.carryOutMinutes > 0) body.push(t("inv.carry-out", { hours: formatHours(d.carryOutMinutes, lang) }), "");

  body.push(`## ${t("inv.payment")}`, "");
  const pay = lines(business.payment);
  body.push(...(pay.length > 0 ? block(pay) : [t("inv.payment-none")]), "");
  body.push(`## ${t("inv.terms")}`, "");
  const termsParams = { days: c.paymentTermsDays, due: formatDate(d.due, lang), number: d.number };
  body.push(c.paymentTermsDays > 0 ? t("inv.terms-text", termsParams) : t("inv.terms-now", termsParams));
  if (d.fields.lateFeeMilli > 0) body.push("", t("inv.late-fee", { percent: formatPercent(d.fields.lateFeeMilli, lang) }));
  body.push("", t("inv.thanks"), "");
  return [...fm, ...body].join("\n");
}
