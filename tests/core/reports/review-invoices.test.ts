// The weekly review lists the invoices still owed, read from the invoice notes in the index.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { VaultIndex } from "../../../src/core/index/vault-index";
import { reviewInvoices } from "../../../src/core/reports/review-invoices";
import { CLIENTS, clientNotePath, note, testIndex } from "../../support/vault";

const golden = readFileSync("tests/golden/invoice-en.md", "utf8");
const PATH = "Clients/Harbour Goods/Invoices/INV-2026-0001.md";

function indexWith(status: string): VaultIndex {
  const index = testIndex({ [clientNotePath("Harbour Goods")]: note(["name: Harbour Goods", ...CLIENTS.harbour]) });
  index.setFile(PATH, golden.replace("status: draft", `status: ${status}`));
  return index;
}

describe("invoices outstanding in the weekly review", () => {
  it("a sent invoice with a balance is owed; overdue from the day after its due date in the client's zone", () => {
    const index = indexWith("sent");
    // 15 Dec 2026 ends in Sydney at 13:00 UTC.
    expect(reviewInvoices(index, Date.parse("2026-12-15T12:59:00Z"))).toEqual([
      { number: "INV-2026-0001", clientKey: "Harbour Goods", currency: "AUD", balanceMinor: 18810, due: "2026-12-15", overdue: false, unreadable: false, duplicates: [] },
    ]);
    expect(reviewInvoices(index, Date.parse("2026-12-15T13:00:00Z"))[0].overdue).toBe(true);
  });

  it("drafts, void and paid invoices are not owed", () => {
    for (const status of ["draft", "void", "paid"]) expect(reviewInvoices(indexWith(status), Date.parse("2026-12-20T00:00:00Z"))).toEqual([]);
  });

  it("an invoice whose money does not read, or whose number is on two notes, is listed and marked, never hidden", () => {
    const index = indexWith("sent");
    index.setFile(PATH, golden.replace("status: draft", "status: sent").replace(/^paid: .*$/m, "paid: twelve"));
    const copy = "Clients/Harbour Goods/Invoices/INV-2026-0001 copy.md";
    index.setFile(copy, golden.replace("status: draft", "status: void"));
    const now = Date.parse("2026-12-20T00:00:00Z");
    const rows = reviewInvoices(index, now);
    expect(rows.map(({ balanceMinor: _, ...row }) => row)).toEqual([
      { number: "INV-2026-0001", clientKey: "Harbour Goods", currency: "AUD", due: "2026-12-15", overdue: true, unreadable: true, duplicates: [copy] },
    ]);
  });
});
