// Clients, entries and invoice records for the invoice tests, built through the real readers.
import { parseClientNote } from "../../../src/core/notes/client-note";
import { readClientInvoiceFields, type ClientInvoiceFields } from "../../../src/core/billing/invoice-client";
import { readInvoiceNote, type InvoiceRecord } from "../../../src/core/billing/invoice-note";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import type { Client, Entry } from "../../../src/core/shared/types";

export function makeClient(data: Record<string, unknown>, key = "Harbour Goods"): { client: Client; fields: ClientInvoiceFields } {
  const path = `Clients/${key}/${key}.md`;
  const { client } = parseClientNote({ path, key, folder: key, data, fieldLines: new Map(), yamlError: null }, { timezone: "Asia/Ho_Chi_Minh", currency: "USD" });
  const { fields } = readClientInvoiceFields(path, data, new Map(), client.currency);
  return { client, fields };
}

let seq = 0;
/** A finished entry from an ISO start and a length in minutes. */
export function entry(startIso: string, minutes: number, extra: Partial<Entry> = {}): Entry {
  const start = Date.parse(startIso);
  seq++;
  return {
    id: extra.id ?? `cd-t${String(seq).padStart(7, "0")}`,
    clientKey: "Harbour Goods",
    file: "Clients/Harbour Goods/Log/2026-11.md",
    line: seq,
    start,
    startOffset: 0,
    end: start + minutes * 60_000,
    endOffset: 0,
    task: null,
    note: "",
    billable: true,
    device: null,
    ...extra,
  };
}

/** An invoice note's text read back as the index reads it. */
export function readInvoice(path: string, text: string, clientKey = "Harbour Goods"): InvoiceRecord {
  const fm = readFrontmatter(text);
  const r = readInvoiceNote({ path, clientKey, data: fm.data, fieldLines: fm.fieldLines, yamlError: fm.error });
  if (!r.invoice) throw new Error(`not an invoice: ${path}`);
  return r.invoice;
}

export const BUSINESS = {
  name: "Linh Nguyen, Virtual Assistant",
  details: "District 3, Ho Chi Minh City, Vietnam\nlinh@example.com",
  payment: "Wise: linh@example.com\nPayPal: paypal.me/linhva",
};
