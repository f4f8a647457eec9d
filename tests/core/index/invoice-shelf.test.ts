import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InvoiceShelf } from "../../../src/core/index/invoice-shelf";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { GOLDEN_DIR } from "../../support/golden";

const PATH = "Clients/Harbour Goods/Invoices/INV-2026-0001.md";
const WRITTEN = readFileSync(join(GOLDEN_DIR, "invoice-en.md"), "utf8");

function put(shelf: InvoiceShelf, text: string, path = PATH): void {
  const fm = readFrontmatter(text);
  shelf.setInvoice(path, "Harbour Goods", fm.data, fm.fieldLines, fm.error);
}

describe("the invoice shelf", () => {
  it("keeps each invoice's seal through its compact form", () => {
    const shelf = new InvoiceShelf();
    put(shelf, WRITTEN);
    expect(shelf.byPath(PATH)?.seal).toBe("2018a983");
    put(shelf, WRITTEN.replace(/^seal: .*\n/m, ""), "Clients/Harbour Goods/Invoices/INV-2026-0002.md");
    expect(shelf.records().map((r) => r.seal)).toEqual(["2018a983", null]);
  });

  it("reports an invoice's integrity problems with its other problems, until the note is right again", () => {
    const shelf = new InvoiceShelf();
    put(shelf, WRITTEN.replace("status: draft", "status: sent").replace("total: 235.13", "total: 236.13"));
    // The entries it bills are not in this shelf's vault: leave those problems out.
    const found = shelf.diagnostics(() => ({ has: () => false, entry: () => undefined })).filter((d) => d.file === PATH && d.code !== "invoice-entry-missing");
    expect(found.map((d) => [d.code, d.line, d.field])).toEqual([
      ["invoice-total-mismatch", 14, "total"],
      ["invoice-balance-mismatch", 17, "balance"],
      ["invoice-edited", 22, "seal"],
    ]);
    put(shelf, WRITTEN.replace("status: draft", "status: sent"));
    expect(shelf.diagnostics(() => ({ has: () => false, entry: () => undefined })).filter((d) => d.file === PATH && d.code !== "invoice-entry-missing")).toEqual([]);
  });
});
