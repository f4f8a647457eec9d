import { describe, expect, it } from "vitest";
import { outstandingInvoices, outstandingMoney } from "../../../src/core/billing/invoice-outstanding";
import type { InvoiceRecord } from "../../../src/core/billing/invoice-note";
import { readInvoice } from "../support/invoice-fixtures";

const NOW = Date.parse("2026-12-20T00:00:00Z");
const zone = () => "Australia/Sydney";

function note(file: string, fields: Record<string, string>): InvoiceRecord {
  const base: Record<string, string> = { type: "invoice", status: "sent", currency: "AUD", issued: '"2026-12-01"', due: '"2026-12-15"', total: "100", paid: "0", balance: "100", payments: "[]", ...fields };
  const text = `---\n${Object.entries(base).map(([k, v]) => `${k}: ${v}`).join("\n")}\n---\n`;
  return readInvoice(`Clients/Harbour Goods/Invoices/${file}.md`, text);
}

const listed = (records: InvoiceRecord[], overdueOnly = false) =>
  outstandingInvoices(records, NOW, zone, overdueOnly).map((g) => ({ currency: g.currency, outstanding: g.outstanding, overdue: g.overdue, rows: g.invoices.map((o) => [o.invoice.file.split("/").pop(), o.unreadable, o.duplicates.map((f) => f.split("/").pop())]) }));

describe("outstanding invoices", () => {
  it("lists sent invoices with a balance by currency, overdue first; not drafts, paid, void or settled ones", () => {
    const records = [
      note("A", { number: "A", due: '"2026-12-25"' }),
      note("B", { number: "B", total: "50", balance: "50" }),
      note("C", { number: "C", status: "draft" }),
      note("D", { number: "D", status: "paid", paid: "100", balance: "0", payments: '["2026-12-03 100 Wise"]' }),
      note("E", { number: "E", status: "void" }),
      note("F", { number: "F", currency: "USD" }),
      note("G", { number: "G", paid: "100", balance: "0", payments: '["2026-12-03 100 Wise"]' }),
    ];
    expect(listed(records)).toEqual([
      { currency: "AUD", outstanding: 15000, overdue: 5000, rows: [["B.md", false, []], ["A.md", false, []]] },
      { currency: "USD", outstanding: 10000, overdue: 10000, rows: [["F.md", false, []]] },
    ]);
    expect(listed(records, true).map((g) => [g.currency, g.outstanding, g.rows.length])).toEqual([
      ["AUD", 5000, 1],
      ["USD", 10000, 1],
    ]);
  });

  it("keeps an invoice whose payment line does not read, marked and out of the sums", () => {
    const bad = note("A", { number: "A", payments: '["3 Dec 100 Wise"]' });
    expect(bad.moneyOk).toBe(false);
    expect(listed([bad, note("B", { number: "B" })])).toEqual([{ currency: "AUD", outstanding: 10000, overdue: 10000, rows: [["A.md", true, []], ["B.md", false, []]] }]);
  });

  it("lists a number on several notes once: the first outstanding by issue order, with the others' files", () => {
    const first = note("INV-1", { number: "INV-1", issued: '"2026-12-01"' });
    const copy = note("INV-1 copy", { number: "inv-1", issued: '"2026-12-02"' });
    expect(listed([copy, first])).toEqual([{ currency: "AUD", outstanding: 10000, overdue: 10000, rows: [["INV-1.md", false, ["INV-1 copy.md"]]] }]);
    // The first is paid: the other one is what may still be owed, listed once with the mark.
    const paid = note("INV-1", { number: "INV-1", status: "paid", paid: "100", balance: "0", payments: '["2026-12-03 100 Wise"]' });
    expect(listed([copy, paid])[0].rows).toEqual([["INV-1 copy.md", false, ["INV-1.md"]]]);
  });

  it("shows an amount in a currency that does not read as a dash", () => {
    expect(outstandingMoney(1234, "AUD", "en")).toBe("A$12.34");
    expect(outstandingMoney(0, "aud!", "en")).toBe("—");
  });
});
