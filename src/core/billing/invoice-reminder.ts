// A polite payment reminder for an overdue invoice, as a note in the client's language. The VA
// reads and sends it; nothing is sent from here.

import type { Client } from "../shared/types";
import type { InvoiceRecord } from "./invoice-note";
import type { ClientInvoiceFields } from "./invoice-client";
import type { BusinessDetails } from "./invoice-write";
import { formatDate, formatPercent } from "./invoice-write";
import { translator } from "../i18n";
import { formatMoney, percentOf } from "../shared/money";
import { inlineText, textLine } from "../shared/markdown-text";

export function reminderPath(invoiceFile: string, number: string, today: string): string {
  const folder = invoiceFile.slice(0, invoiceFile.lastIndexOf("/"));
  return `${folder}/Reminders/${number} ${today}.md`;
}

export function renderReminder(inv: InvoiceRecord, client: Client, fields: ClientInvoiceFields, business: BusinessDetails, daysOverdue: number): string {
  const lang = client.language;
  const t = translator(lang);
  const money = (m: number) => formatMoney(m, inv.currency, lang);
  const out = [
    "---",
    "type: invoice-reminder",
    `invoice: ${JSON.stringify(`[[${inv.number}]]`)}`,
    `client: ${JSON.stringify(`[[${client.key}]]`)}`,
    "---",
    "",
    `# ${t("rem.title", { number: inv.number })}`,
    "",
    t("rem.greeting", { name: inlineText(client.contact ?? client.name) }),
    "",
    t("rem.body", {
      number: inv.number,
      issued: inv.issued === null ? "—" : formatDate(inv.issued, lang),
      balance: money(inv.balance),
      due: inv.due === null ? "—" : formatDate(inv.due, lang),
      days: daysOverdue,
    }),
    "",
  ];
  if (fields.lateFeeMilli > 0) {
    out.push(t("rem.late-fee", { fee: money(percentOf(inv.balance, fields.lateFeeMilli)), percent: formatPercent(fields.lateFeeMilli, lang) }), "");
  }
  const pay = business.payment.split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== "");
  if (pay.length > 0) out.push(t("rem.how"), "", ...pay.map((s) => `${textLine(s)}  `), "");
  out.push(t("rem.already"), "", t("rem.questions"), "", t("rem.closing"), "", textLine(business.name), "");
  return out.join("\n");
}
