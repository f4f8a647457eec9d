import { describe, expect, it } from "vitest";
import { invoiceClients, invoiceRows, type InvoiceStatusFilter } from "../../../src/core/billing/invoice-list";
import type { InvoiceRecord } from "../../../src/core/billing/invoice-note";
import { readInvoice } from "../support/invoice-fixtures";

const NOW = Date.parse("2026-12-20T00:00:00Z");
const zone = () => "Australia/Sydney";

function note(file: string, fields: Record<string, string>, client = "Harbour Goods"): InvoiceRecord {
  const base: Record<string, string> = { type: "invoice", status: "sent", currency: "AUD", issued: '"2026-12-01"', due: '"2026-12-15"', total: "100", paid: "0", balance: "100", payments: "[]", ...fields };
  const text = `---\n${Object.entries(base).map(([k, v]) => `${k}: ${v}`).join("\n")}\n---\n`;
  return readInvoice(`Clients/${client}/Invoices/${file}.md`, text, client);
}

const RECORDS = [
  note("A", { number: "A", due: '"2026-12-25"', issued: '"2026-12-05"' }),
  note("B", { number: "B", issued: '"2026-12-02"' }),
  note("C", { number: "C", status: "draft", issued: '"2026-12-10"' }, "Brightloop"),
  note("D", { number: "D", status: "paid", paid: "100", balance: "0", payments: '["2026-12-03 100 Wise"]', issued: '"2026-11-01"' }),
  note("E", { number: "E", status: "void", issued: '"2026-11-15"' }, "Brightloop"),
  note("B2", { number: "b", issued: '"2026-12-03"', status: "paid", paid: "100", balance: "0", payments: '["2026-12-03 100 Wise"]' }),
];

const files = (status: InvoiceStatusFilter, client: string | null = null) => invoiceRows(RECORDS, NOW, zone, { status, client }).map((r) => r.invoice.file.split("/").pop()!.replace(".md", ""));

describe("the list of every invoice", () => {
  it("lists every note newest first, and each status filter keeps its own", () => {
    expect(files("all")).toEqual(["C", "A", "B2", "B", "E", "D"]);
    expect(files("outstanding")).toEqual(["A", "B"]);
    expect(files("overdue")).toEqual(["B"]);
    expect(files("draft")).toEqual(["C"]);
    expect(files("paid")).toEqual(["B2", "D"]);
    expect(files("void")).toEqual(["E"]);
    expect(files("all", "Brightloop")).toEqual(["C", "E"]);
    expect(invoiceClients(RECORDS)).toEqual(["Brightloop", "Harbour Goods"]);
  });

  it("marks outstanding and overdue rows and the notes that share a number", () => {
    const rows = invoiceRows(RECORDS, NOW, zone, { status: "all", client: null });
    const b = rows.find((r) => r.invoice.number === "B")!;
    expect([b.outstanding, b.overdue, b.daysOverdue]).toEqual([true, true, 5]);
    expect(b.duplicates).toEqual(["Clients/Harbour Goods/Invoices/B2.md"]);
    const d = rows.find((r) => r.invoice.number === "D")!;
    expect([d.outstanding, d.overdue]).toEqual([false, false]);
  });
});
