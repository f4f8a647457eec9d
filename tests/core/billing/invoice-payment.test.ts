import { describe, expect, it } from "vitest";
import { applyPayment, applySent, applyVoid } from "../../../src/core/billing/invoice-payment";
import { readInvoiceNote } from "../../../src/core/billing/invoice-note";

const PATH = "Clients/Harbour Goods/Invoices/INV-2026-0001.md";
const fm = () => ({ type: "invoice", number: "INV-2026-0001", status: "sent", currency: "AUD", issued: "2026-12-01", due: "2026-12-15", total: 235.13, deposit: 47.03, paid: 0, balance: 188.1, payments: [] as unknown[], custom: "kept" });
const read = (data: Record<string, unknown>) => readInvoiceNote({ path: PATH, clientKey: "Harbour Goods", data, fieldLines: new Map(), yamlError: null }).invoice;

describe("payments", () => {
  it("partial payments are appended; paid, balance and finally status follow; other fields stay", () => {
    const data = fm();
    expect(applyPayment(data, PATH, "Harbour Goods", "100", "2026-12-03", "Wise")).toMatchObject({ ok: true, amount: 10000, text: "2026-12-03 100.00 Wise" });
    expect(data).toMatchObject({ paid: 100, balance: 88.1, status: "sent", custom: "kept" });
    expect(applyPayment(data, PATH, "Harbour Goods", "88.10", "2026-12-09", "PayPal, business")).toMatchObject({ ok: true, text: "2026-12-09 88.10 PayPal business" });
    expect(data).toMatchObject({ paid: 188.1, balance: 0, status: "paid", payments: ["2026-12-03 100.00 Wise", "2026-12-09 88.10 PayPal business"] });
    expect(read(data)).toMatchObject({ paid: 18810, balance: 0, status: "paid", moneyOk: true });
  });

  it("keeps the latest payment's day in the flat date paid_on, a payment dated earlier included", () => {
    const data: Record<string, unknown> = fm();
    applyPayment(data, PATH, "Harbour Goods", "100", "2026-12-09", "Wise");
    expect(data.paid_on).toBe("2026-12-09");
    applyPayment(data, PATH, "Harbour Goods", "10", "2026-12-03", "Wise");
    expect(data.paid_on).toBe("2026-12-09");
    // The record stays `payments`; paid_on changes nothing the invoice reads.
    expect(read(data)).toMatchObject({ paid: 11000, status: "sent", moneyOk: true });
  });

  it("refuses a payment larger than the balance, saying both amounts, and changes nothing", () => {
    const data = fm();
    const before = JSON.stringify(data);
    expect(applyPayment(data, PATH, "Harbour Goods", "188.11", "2026-12-03", "Wise")).toEqual({
      ok: false,
      key: "invoice.notice.payment-too-large",
      params: { amount: "188.11", number: "INV-2026-0001", balance: "188.10" },
    });
    expect(JSON.stringify(data)).toBe(before);
  });

  it.each([
    ["0", "2026-12-03", "invoice.notice.payment-invalid"],
    ["12.345", "2026-12-03", "invoice.notice.payment-invalid"],
    ["-5", "2026-12-03", "invoice.notice.payment-invalid"],
    ["10", "3 Dec", "invoice.notice.payment-date-invalid"],
  ])("refuses amount %j on %j", (amount, date, key) => {
    const data = fm();
    expect(applyPayment(data, PATH, "Harbour Goods", amount, date, "")).toMatchObject({ ok: false, key });
    expect(data.payments).toEqual([]);
  });

  it("no payment on a void or paid invoice", () => {
    expect(applyPayment({ ...fm(), status: "void" }, PATH, "H", "1", "2026-12-03", "")).toMatchObject({ ok: false, key: "invoice.notice.payment-closed" });
  });
});

describe("sent and void", () => {
  it("only a draft becomes sent", () => {
    const d = { ...fm(), status: "draft" };
    expect(applySent(d, PATH, "H").ok).toBe(true);
    expect(d.status).toBe("sent");
    expect(applySent(d, PATH, "H")).toMatchObject({ ok: false, key: "invoice.notice.status-not-draft" });
  });
  it("void keeps the note and its number; an invoice with payments cannot be voided", () => {
    const d = fm();
    expect(applyVoid(d, PATH, "H").ok).toBe(true);
    expect(d).toMatchObject({ status: "void", number: "INV-2026-0001", total: 235.13 });
    expect(applyVoid(d, PATH, "H")).toMatchObject({ ok: false, key: "invoice.notice.already-void" });
    const paid = { ...fm(), payments: ["2026-12-03 10 Wise"] };
    expect(applyVoid(paid, PATH, "H")).toMatchObject({ ok: false, key: "invoice.notice.void-paid" });
  });
});
