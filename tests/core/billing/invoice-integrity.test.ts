import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { invoiceIntegrity, invoiceSeal } from "../../../src/core/billing/invoice-integrity";
import { readInvoiceNote } from "../../../src/core/billing/invoice-note";
import { applyPayment, applySent, applyVoid } from "../../../src/core/billing/invoice-payment";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { setFrontmatterFields } from "../../../src/core/notes/frontmatter-edit";
import { GOLDEN_DIR } from "../../support/golden";

const PATH = "Clients/Harbour Goods/Invoices/INV-2026-0001.md";
/** A real invoice note as the writer makes it: subtotal 225.00, discount 11.25, tax 21.38, total 235.13, deposit 47.03, balance 188.10. */
const WRITTEN = readFileSync(join(GOLDEN_DIR, "invoice-en.md"), "utf8");

function read(text: string) {
  const fm = readFrontmatter(text);
  const input = { path: PATH, clientKey: "Harbour Goods", data: fm.data, fieldLines: fm.fieldLines, yamlError: fm.error };
  const r = readInvoiceNote(input);
  return { invoice: r.invoice, fieldProblems: r.diagnostics, problems: invoiceIntegrity(input, r.invoice) };
}

/** The note with its frontmatter lines `field: …` replaced. */
function edit(text: string, lines: Record<string, string>): string {
  let out = text;
  for (const [field, value] of Object.entries(lines)) {
    const re = new RegExp(`^${field}: .*$`, "m");
    expect(out).toMatch(re);
    out = out.replace(re, `${field}: ${value}`);
  }
  return out;
}

const codes = (text: string) => read(text).problems.map((d) => [d.code, d.severity, d.field, d.line]);

/** The note after the CLI-style change `apply` (the same changes the plugin makes through processFrontMatter). */
function changed(text: string, apply: (fm: Record<string, unknown>) => { ok: boolean }): string {
  const fm = readFrontmatter(text).data!;
  const copy = JSON.parse(JSON.stringify(fm)) as Record<string, unknown>;
  expect(apply(copy).ok).toBe(true);
  const changes = Object.fromEntries(Object.entries(copy).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(fm[k])));
  const r = setFrontmatterFields(text, changes as never);
  if (!r.ok) throw new Error(r.reason);
  return r.text;
}

describe("invoice integrity", () => {
  it("a note as written, sent, partly and then fully paid has no problem", () => {
    expect(codes(WRITTEN)).toEqual([]);
    const sent = changed(WRITTEN, (fm) => applySent(fm, PATH, "Harbour Goods"));
    expect(codes(sent)).toEqual([]);
    const part = changed(sent, (fm) => applyPayment(fm, PATH, "Harbour Goods", "100", "2026-12-03", "Wise"));
    expect(codes(part)).toEqual([]);
    const paid = changed(part, (fm) => applyPayment(fm, PATH, "Harbour Goods", "88.10", "2026-12-09", "PayPal"));
    expect(read(paid).invoice).toMatchObject({ status: "paid", balance: 0 });
    expect(codes(paid)).toEqual([]);
  });

  it("a total that is not subtotal − discount + tax, and a balance that is not total − deposit − paid", () => {
    // 225.00 − 11.25 + 21.38 = 235.13; the balance follows the total, but the written one does not.
    const text = edit(WRITTEN, { total: "236.13" });
    expect(codes(text)).toEqual([
      ["invoice-total-mismatch", "error", "total", 14],
      ["invoice-balance-mismatch", "error", "balance", 17],
    ]);
    const d = read(text).problems[0];
    expect(d.params).toEqual({ subtotal: "225.00", discount: "11.25", tax: "21.38", expected: "235.13", total: "236.13" });
    expect(read(text).problems[1].params).toEqual({ total: "236.13", deposit: "47.03", paid: "0.00", expected: "189.10", balance: "188.10" });
    expect(codes(edit(WRITTEN, { balance: "oops" }))).toEqual([["invoice-balance-mismatch", "error", "balance", 17]]);
    // Old field names read the same way.
    const old = edit(WRITTEN, { discount_amount: "11.25" }).replace("discount_amount:", "discount:");
    expect(codes(old)).toEqual([]);
    expect(codes(edit(old, { discount: "11.00" }))[0]).toEqual(["invoice-total-mismatch", "error", "total", 14]);
  });

  it("paid written without any payment listed", () => {
    expect(codes(edit(WRITTEN, { paid: "10", balance: "178.10" }))).toEqual([["invoice-paid-unlisted", "warning", "paid", 16]]);
  });

  it("a status that disagrees with the balance", () => {
    expect(codes(edit(WRITTEN, { status: "paid" }))).toEqual([["invoice-status-owing", "error", "status", 5]]);
    // Payments that settle the invoice, but it is still sent.
    const settled = edit(WRITTEN, { status: "sent", paid: "188.10", balance: "0", payments: '["2026-12-03 188.10 Wise"]' });
    expect(codes(settled)).toEqual([["invoice-status-settled", "warning", "status", 5]]);
    // Nothing owing because nothing was ever due (a deposit covering the total) is fine.
    const unsealed = WRITTEN.replace(/^seal: .*\n/m, "");
    expect(codes(edit(unsealed, { status: "sent", deposit_applied: "235.13", balance: "0" }))).toEqual([]);
    // A void invoice that received money.
    expect(codes(edit(WRITTEN, { status: "void", paid: "10.00", balance: "178.10", payments: '["2026-12-03 10 Wise"]' }))).toEqual([["invoice-void-paid", "warning", "status", 5]]);
  });

  it("an overpayment, on the payments line", () => {
    const text = edit(WRITTEN, { status: "paid", paid: "200", balance: "-11.90", payments: '["2026-12-03 150 Wise", "2026-12-04 50 Wise"]' });
    expect(codes(text)).toEqual([["invoice-overpaid", "error", "payments", 21]]);
    expect(read(text).problems[0].params).toEqual({ paid: "200.00", due: "188.10", over: "11.90" });
  });

  it("an issued invoice edited by hand breaks its seal; a draft may be edited, and an old note has no seal", () => {
    const sent = edit(WRITTEN, { status: "sent" });
    expect(codes(sent)).toEqual([]);
    // Consistent edits still change what the client was sent.
    const edits: Record<string, string>[] = [
      { subtotal: "125.00", total: "135.13", balance: "88.10" },
      { number: '"INV-2026-0009"' },
      { client: '"[[Other Client]]"' },
      { entries: "[cd-aaaa0001, cd-aaaa0002]" },
      { currency: "NZD" },
    ];
    for (const lines of edits) {
      const problems = read(edit(sent, lines)).problems;
      expect(problems.map((d) => [d.code, d.field, d.line]), JSON.stringify(lines)).toEqual([["invoice-edited", "seal", 22]]);
      expect(problems[0].params).toMatchObject({ number: read(edit(sent, lines)).invoice?.number, status: "sent", seal: "2018a983" });
    }
    // The link written another way names the same client.
    expect(codes(edit(sent, { client: '"[[Clients/Harbour Goods/harbour goods.md|Harbour]]"' }))).toEqual([]);
    // Payments, status and fields outside the seal may change.
    expect(codes(edit(sent, { due: '"2027-01-15"', cssclasses: "[]" }))).toEqual([]);
    // A draft edited by hand is not reported; it is sealed again when it is sent.
    const draft = edit(WRITTEN, { subtotal: "125.00", total: "135.13", balance: "88.10" });
    expect(codes(draft)).toEqual([]);
    const resent = changed(draft, (fm) => applySent(fm, PATH, "Harbour Goods"));
    expect(read(resent).invoice?.seal).not.toBe("2018a983");
    expect(codes(resent)).toEqual([]);
    // A note written before seals existed.
    expect(codes(edit(sent, { subtotal: "125.00", total: "135.13", balance: "88.10" }).replace(/^seal: .*\n/m, ""))).toEqual([]);
  });

  it("a seal that is not 8 hex digits is a warning and no seal", () => {
    const r = read(edit(WRITTEN, { status: "sent", seal: "hello" }));
    expect(r.invoice?.seal).toBeNull();
    expect(r.fieldProblems.map((d) => [d.code, d.severity, d.field])).toEqual([["field-value", "warning", "seal"]]);
    expect(r.problems).toEqual([]);
  });

  it("voiding or paying a draft seals it; leaving a sent invoice's seal alone", () => {
    const draft = edit(WRITTEN, { total: "235.13" });
    const voided = changed(draft, (fm) => applyVoid(fm, PATH, "Harbour Goods"));
    expect(readFrontmatter(voided).data?.seal).toBe(read(draft).invoice && invoiceSeal(read(draft).invoice!));
    const sent = edit(WRITTEN, { status: "sent", seal: '"0badc0de"' });
    const paid = changed(sent, (fm) => applyPayment(fm, PATH, "Harbour Goods", "1", "2026-12-03", ""));
    expect(readFrontmatter(paid).data?.seal).toBe("0badc0de");
  });

  it("an invoice whose money does not read is left to its field problems", () => {
    const r = read(edit(WRITTEN, { status: "paid", payments: '["3 Dec 100"]' }));
    expect(r.invoice?.moneyOk).toBe(false);
    expect(r.fieldProblems.map((d) => d.code)).toEqual(["invoice-payment-invalid"]);
    expect(r.problems).toEqual([]);
  });
});

describe("invoiceSeal", () => {
  it("changes with each sealed field and not with the way the client is linked", () => {
    const base = { number: "INV-1", client: "[[Acme]]", currency: "USD", subtotal: 100, discount: 0, tax: 10, total: 110, deposit: 0, entries: ["a", "b"] };
    const seal = invoiceSeal(base);
    expect(seal).toMatch(/^[0-9a-f]{8}$/);
    const variants = [{ number: "INV-2" }, { client: "Other" }, { currency: "AUD" }, { subtotal: 101 }, { discount: 1 }, { tax: 11 }, { total: 111 }, { deposit: 1 }, { entries: ["a"] }, { entries: ["b", "a"] }];
    for (const v of variants) expect(invoiceSeal({ ...base, ...v }), JSON.stringify(v)).not.toBe(seal);
    for (const client of ["Acme", "[[acme]]", "[[Clients/Acme/Acme|Acme Ltd]]", "[[Acme.md]]"]) expect(invoiceSeal({ ...base, client })).toBe(seal);
  });
});
