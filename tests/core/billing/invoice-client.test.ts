// The client note's invoice fields (src/core/billing/invoice-client.ts), read through the one field
// reader: each bad field one problem on its line, the rest still read.
import { describe, expect, it } from "vitest";
import { DEFAULT_INVOICE_FIELDS, readClientInvoiceFields } from "../../../src/core/billing/invoice-client";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";

const PATH = "Clients/Harbour Goods/Harbour Goods.md";
const read = (currency: string, ...lines: string[]) => {
  const fm = readFrontmatter(["---", ...lines, "---", ""].join("\n"));
  return readClientInvoiceFields(PATH, fm.data, fm.fieldLines, currency);
};

describe("the client note's invoice fields", () => {
  it("read lines, discount, deposit amount, late fee and address", () => {
    const r = read("AUD", "invoice_lines: entry", 'discount: "5%"', "deposit_amount: 120.50", "late_fee: 2", "address: [12 Wharf St, Sydney NSW 2000]");
    expect(r.diagnostics).toEqual([]);
    expect(r.fields).toEqual({ lines: "entry", discountMilli: 5000, depositMinor: 12050, lateFeeMilli: 2000, address: ["12 Wharf St", "Sydney NSW 2000"], package: null });
  });

  it("default when not set, and for a note with no frontmatter", () => {
    expect(read("AUD", "name: Harbour Goods").fields).toEqual(DEFAULT_INVOICE_FIELDS);
    expect(readClientInvoiceFields(PATH, null, new Map(), "AUD")).toEqual({ fields: DEFAULT_INVOICE_FIELDS, diagnostics: [] });
  });

  it("report each bad field on its line and keep its default", () => {
    const r = read("USD", "invoice_lines: client", 'discount: "150%"', "deposit_amount: 10.005", 'late_fee: "lots"', "address: [12 Wharf St, [a]]");
    expect(r.diagnostics.map((d) => [d.field, d.line, d.code, d.params.value])).toEqual([
      ["invoice_lines", 2, "field-value", "client"],
      ["discount", 3, "field-value", "150%"],
      ["late_fee", 5, "field-value", "lots"],
      ["deposit_amount", 4, "money-precision", "10.005"],
      ["address", 6, "field-type", '["a"]'],
    ]);
    expect(r.fields).toEqual({ ...DEFAULT_INVOICE_FIELDS, address: ["12 Wharf St"] });
  });

  it("an address line written with line breaks gives one line each", () => {
    expect(read("AUD", 'address: "12 Wharf St\\nSydney NSW 2000"').fields.address).toEqual(["12 Wharf St", "Sydney NSW 2000"]);
  });
});
