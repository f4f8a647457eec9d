// The Bases views Client Desk offers (`.base` files, Obsidian's Bases core plugin): clients by
// status, open tasks by due date and client, invoices outstanding by currency with their balance
// summed, and this month's weekly reports. Pure: the texts only; the plugin and the CLI write them
// where no file is yet (never over one). Every property named here is a frontmatter field of the
// notes Client Desk writes (docs/vault-format.md), so the views fill in without any setup.

import type { MessageKey, Translate } from "../i18n";
import type { Layout } from "../shared/paths";

/** Where the views go, beside the templates and workflows of the default settings. */
export const BASES_FOLDER = "Client Desk/Bases";

export interface BaseFile {
  /** Vault-relative path of the `.base` file. */
  path: string;
  text: string;
}

type Filter = string | { and: Filter[] } | { or: Filter[] } | { not: Filter[] };

interface View {
  name: MessageKey;
  groupBy?: { property: string; direction: "ASC" | "DESC" };
  order: string[];
  sort?: { property: string; direction: "ASC" | "DESC" }[];
  filters?: Filter;
  summaries?: Record<string, string>;
}

interface BaseSpec {
  file: MessageKey;
  /** What the note's own name is in this view's table. */
  nameColumn: MessageKey;
  filters: Filter;
  formulas?: Record<string, string>;
  columns: Record<string, MessageKey>;
  views: View[];
}

const q = (s: string) => JSON.stringify(s);

function specs(layout: Layout): BaseSpec[] {
  const root = layout.clientsRoot.replace(/^\/+|\/+$/g, "");
  const inClients = `file.inFolder(${q(root)})`;
  // A client note is the note named for its folder, directly under the clients root.
  const clientNote = `file.folder == ${q(`${root}/`)} + file.basename`;
  // The client of a note inside a client folder: the first folder under the root.
  const clientOfPath = `file.folder.slice(${root.length + 1}).split("/")[0]`;
  return [
    {
      file: "bases.file.clients",
      nameColumn: "bases.col.client",
      filters: { and: [inClients, clientNote, 'file.ext == "md"'] },
      // A client note without `status` is active (docs/vault-format.md).
      formulas: { status: 'if(status, status, "active")' },
      columns: {
        "formula.status": "bases.col.status",
        timezone: "bases.col.timezone",
        currency: "bases.col.currency",
        billing: "bases.col.billing",
        rate: "bases.col.rate",
        report_day: "bases.col.report-day",
      },
      views: [
        {
          name: "bases.view.clients-by-status",
          groupBy: { property: "formula.status", direction: "ASC" },
          order: ["file.name", "timezone", "currency", "billing", "rate", "report_day"],
          sort: [{ property: "file.name", direction: "ASC" }],
        },
      ],
    },
    {
      file: "bases.file.tasks",
      nameColumn: "bases.col.title",
      filters: { and: [inClients, 'file.folder.endsWith("/Tasks")', 'status != "done"'] },
      formulas: { client: clientOfPath },
      columns: {
        "formula.client": "bases.col.client",
        status: "bases.col.status",
        due: "bases.col.due",
        urgent: "bases.col.urgent",
        important: "bases.col.important",
        estimate: "bases.col.estimate",
        assignee: "bases.col.assignee",
      },
      views: [
        {
          name: "bases.view.tasks-by-due",
          order: ["file.name", "formula.client", "due", "status", "urgent", "important", "estimate", "assignee"],
          sort: [
            { property: "due", direction: "ASC" },
            { property: "formula.client", direction: "ASC" },
          ],
        },
        {
          name: "bases.view.tasks-by-client",
          groupBy: { property: "formula.client", direction: "ASC" },
          order: ["file.name", "due", "status", "urgent", "important", "estimate", "assignee"],
          sort: [{ property: "due", direction: "ASC" }],
        },
      ],
    },
    {
      file: "bases.file.invoices",
      nameColumn: "bases.col.number",
      filters: { and: [inClients, 'type == "invoice"', 'file.folder.endsWith("/Invoices")'] },
      columns: {
        number: "bases.col.number",
        client: "bases.col.client",
        status: "bases.col.status",
        issued: "bases.col.issued",
        due: "bases.col.invoice-due",
        currency: "bases.col.currency",
        total: "bases.col.total",
        paid: "bases.col.paid",
        balance: "bases.col.balance",
        paid_on: "bases.col.paid-on",
      },
      views: [
        {
          // Outstanding: sent and not paid in full (a draft is not owed yet, a void one never).
          name: "bases.view.invoices-by-currency",
          filters: { and: ['status == "sent"', "balance > 0"] },
          groupBy: { property: "currency", direction: "ASC" },
          order: ["number", "client", "issued", "due", "total", "paid", "balance"],
          sort: [{ property: "due", direction: "ASC" }],
          summaries: { total: "Sum", paid: "Sum", balance: "Sum" },
        },
        {
          name: "bases.view.invoices-all",
          groupBy: { property: "status", direction: "ASC" },
          order: ["number", "client", "currency", "issued", "due", "total", "balance", "paid_on"],
          sort: [{ property: "issued", direction: "DESC" }],
        },
      ],
    },
    {
      file: "bases.file.reports",
      nameColumn: "bases.col.report",
      filters: { and: [inClients, 'type == "client-report"'] },
      columns: {
        client: "bases.col.client",
        week: "bases.col.week",
        from: "bases.col.from",
        to: "bases.col.to",
        hours: "bases.col.hours",
        hours_tracked: "bases.col.hours-tracked",
      },
      views: [
        {
          // Weeks that end in this month (a week begun last month included), by the date property `to`.
          name: "bases.view.reports-month",
          filters: 'to >= date(today().format("YYYY-MM-01"))',
          order: ["file.name", "client", "week", "from", "to", "hours", "hours_tracked"],
          sort: [
            { property: "week", direction: "DESC" },
            { property: "client", direction: "ASC" },
          ],
          summaries: { hours: "Sum", hours_tracked: "Sum" },
        },
      ],
    },
  ];
}

function filterLines(f: Filter, indent: string): string[] {
  if (typeof f === "string") return [`${indent}- ${q(f)}`];
  const [key, items] = Object.entries(f)[0];
  return [`${indent}- ${key}:`, ...items.flatMap((i) => filterLines(i, `${indent}    `))];
}

function filterBlock(f: Filter, indent: string): string[] {
  if (typeof f === "string") return [`${indent}filters: ${q(f)}`];
  const [key, items] = Object.entries(f)[0];
  return [`${indent}filters:`, `${indent}  ${key}:`, ...items.flatMap((i) => filterLines(i, `${indent}    `))];
}

function render(spec: BaseSpec, t: Translate): string {
  const lines = [...filterBlock(spec.filters, "")];
  if (spec.formulas) {
    lines.push("formulas:");
    for (const [name, expr] of Object.entries(spec.formulas)) lines.push(`  ${name}: ${q(expr)}`);
  }
  lines.push("properties:");
  lines.push("  file.name:", `    displayName: ${q(t(spec.nameColumn))}`);
  for (const [prop, key] of Object.entries(spec.columns)) lines.push(`  ${prop}:`, `    displayName: ${q(t(key))}`);
  lines.push("views:");
  for (const v of spec.views) {
    lines.push("  - type: table", `    name: ${q(t(v.name))}`);
    if (v.filters) lines.push(...filterBlock(v.filters, "    "));
    if (v.groupBy) lines.push("    groupBy:", `      property: ${v.groupBy.property}`, `      direction: ${v.groupBy.direction}`);
    lines.push("    order:", ...v.order.map((o) => `      - ${o}`));
    if (v.sort) {
      lines.push("    sort:");
      for (const s of v.sort) lines.push(`      - property: ${s.property}`, `        direction: ${s.direction}`);
    }
    if (v.summaries) {
      lines.push("    summaries:");
      for (const [prop, how] of Object.entries(v.summaries)) lines.push(`      ${prop}: ${how}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The `.base` files, in the language `t` speaks, under BASES_FOLDER. */
export function baseFiles(layout: Layout, t: Translate): BaseFile[] {
  return specs(layout).map((spec) => ({ path: `${BASES_FOLDER}/${t(spec.file)}.base`, text: render(spec, t) }));
}
