import { describe, expect, it } from "vitest";
import { draftInvoice, type DraftRequest } from "../../../src/core/billing/invoice-draft";
import { renderInvoiceNote } from "../../../src/core/billing/invoice-write";
import { readInvoiceNote } from "../../../src/core/billing/invoice-note";
import { entryFingerprint } from "../../../src/core/billing/invoice-check";
import { BUSINESS, entry, makeClient, readInvoice } from "../support/invoice-fixtures";
import { expectGolden, GOLDEN_DIR } from "../../support/golden";
import { join } from "node:path";

const NOW = Date.parse("2026-12-01T02:00:00Z"); // 1 Dec, 13:00 in Sydney
const PATH = "Clients/Harbour Goods/Invoices/INV-2026-0001.md";

function request(language: "en" | "vi", over: Partial<DraftRequest> = {}): DraftRequest {
  const { client, fields } = makeClient({
    name: "Harbour Goods",
    timezone: "Australia/Sydney",
    currency: language === "vi" ? "VND" : "AUD",
    language,
    rate: language === "vi" ? 250000 : 45,
    rounding: "15 up",
    tax: ["GST 10%"],
    payment_terms: 14,
    contact: "Mia Tran",
    email: "mia@harbourgoods.example",
    address: ["12 Wharf St", "Sydney NSW 2000"],
    discount: "5%",
    deposit_amount: language === "vi" ? 470000 : 47.03,
    late_fee: "2%",
  });
  const entries = [
    entry("2026-11-03T00:00Z", 95, { id: "cd-aaaa0001", task: "[[Newsletter]]", note: "Drafted the issue" }),
    entry("2026-11-04T00:00Z", 40, { id: "cd-aaaa0002", task: "[[Newsletter]]", note: "Sent" }),
    entry("2026-11-12T03:00Z", 130, { id: "cd-aaaa0003", task: "[[Product uploads | uploads]]", note: "" }),
    entry("2026-11-20T03:00Z", 10, { id: "cd-aaaa0004", task: null, note: "Call with Mia" }),
  ];
  return { client, fields, invoices: [], entries, packages: new Map(), now: NOW, period: null, pattern: "INV-{YYYY}-{seq:4}", ...over };
}

describe("the invoice note", () => {
  it.each(["en", "vi"] as const)("matches the golden note in %s", (lang) => {
    const r = draftInvoice(request(lang));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expectGolden(join(GOLDEN_DIR, `invoice-${lang}.md`), renderInvoiceNote(r.draft, BUSINESS));
  });

  it("defaults to last month in the client's zone, due after the payment terms there", () => {
    const r = draftInvoice(request("en"));
    if (!r.ok) throw new Error("refused");
    expect(r.draft).toMatchObject({ number: "INV-2026-0001", issued: "2026-12-01", due: "2026-12-15", periodFrom: "2026-11-01", periodTo: "2026-11-30" });
    // 23:30 on 30 Nov in Ho Chi Minh City is already 1 Dec in Sydney: the issue date is Sydney's.
    const late = draftInvoice(request("en", { now: Date.parse("2026-11-30T16:30:00Z") }));
    expect(late.ok && late.draft.issued).toBe("2026-12-01");
  });

  it("reads back exactly what it wrote: money, entries, fingerprints, status", () => {
    const req = request("en");
    const r = draftInvoice(req);
    if (!r.ok) throw new Error("refused");
    const back = readInvoice(PATH, renderInvoiceNote(r.draft, BUSINESS));
    const t = r.draft.totals;
    expect(back).toMatchObject({
      number: "INV-2026-0001",
      client: "[[Harbour Goods]]",
      status: "draft",
      issued: "2026-12-01",
      due: "2026-12-15",
      currency: "AUD",
      subtotal: t.subtotal,
      discount: t.discount,
      tax: t.tax,
      total: t.total,
      deposit: t.deposit,
      paid: 0,
      balance: t.balance,
      moneyOk: true,
      payments: [],
    });
    expect(back.entries).toEqual(["cd-aaaa0001", "cd-aaaa0002", "cd-aaaa0003", "cd-aaaa0004"]);
    for (const e of req.entries) expect(back.checks.get(e.id)).toBe(entryFingerprint(e));
  });

  it("VND has no decimals in the note or its frontmatter", () => {
    const r = draftInvoice(request("vi"));
    if (!r.ok) throw new Error("refused");
    const text = renderInvoiceNote(r.draft, BUSINESS);
    expect(text).toMatch(/^total: \d+$/m);
    expect(text).not.toMatch(/₫\S*[.,]\d{2}\b(?!\d)/);
  });

  it("reports bad fields by name and line, and counts no money it cannot read", () => {
    const data = { type: "invoice", number: "INV-9", currency: "AUDD", total: "12.345", issued: "2026-13-01", payments: ["yesterday 10 Wise"] };
    const lines = new Map([["currency", 5], ["total", 6], ["issued", 7], ["payments", 8]]);
    const r = readInvoiceNote({ path: PATH, clientKey: "Harbour Goods", data, fieldLines: lines, yamlError: null });
    expect(r.invoice?.moneyOk).toBe(false);
    expect(r.invoice?.total).toBe(0);
    expect(r.diagnostics.map((d) => [d.code, d.field, d.line])).toEqual([
      ["currency-unknown", "currency", 5],
      ["field-value", "issued", 7],
    ]);
    const precision = readInvoiceNote({ path: PATH, clientKey: "Harbour Goods", data: { ...data, currency: "AUD", issued: "2026-12-01" }, fieldLines: lines, yamlError: null });
    expect(precision.invoice?.moneyOk).toBe(false);
    expect(precision.diagnostics.map((d) => [d.code, d.field, d.line])).toEqual([
      ["money-precision", "total", 6],
      ["invoice-payment-invalid", "payments", 8],
    ]);
  });

  it("counts the payments, and says when a hand-typed paid disagrees", () => {
    const data = { type: "invoice", currency: "USD", total: 100, issued: "2026-12-01", paid: 20, payments: ["2026-12-03 30 Wise", "2026-12-05 25.50 PayPal"] };
    const r = readInvoiceNote({ path: PATH, clientKey: "Harbour Goods", data, fieldLines: new Map(), yamlError: null });
    expect(r.invoice).toMatchObject({ number: "INV-2026-0001", paid: 5550, balance: 4450 });
    expect(r.invoice?.payments).toEqual([
      { date: "2026-12-03", amount: 3000, method: "Wise" },
      { date: "2026-12-05", amount: 2550, method: "PayPal" },
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(["invoice-paid-mismatch"]);
  });

  it("a note in an Invoices folder that is not an invoice is not read as one", () => {
    expect(readInvoiceNote({ path: PATH, clientKey: "Harbour Goods", data: { title: "Notes" }, fieldLines: new Map(), yamlError: null }).invoice).toBeNull();
  });
});

describe("typed text in the invoice note", () => {
  it("cannot add headings, HTML, rows or frontmatter to what the client reads", () => {
    const r = draftInvoice(request("en"));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const hostile = {
      ...r.draft,
      client: { ...r.draft.client, name: "Harbour\n---\ntotal: 0", contact: "# PAID IN FULL\n> nothing owed" },
      fields: { ...r.draft.fields, address: ["</td><script>alert(1)</script>", "| forged | row |", "%% hide the rest"] },
    };
    const note = renderInvoiceNote(hostile, { ...BUSINESS, details: "- Bank: 123\n1. first" });
    const body = note.slice(note.indexOf("\n---\n", 4) + 5);
    const headings = (text: string) => text.split("\n").filter((l) => l.startsWith("#"));
    expect(headings(body)).toEqual(headings(renderInvoiceNote(r.draft, BUSINESS)));
    expect(body).not.toMatch(/<script|<\/td>|^---$|^total: 0|^> |^\| forged|%%|^- Bank|^1\. first/m);
    expect(body).toContain("\\# PAID IN FULL &gt; nothing owed  ");
    expect(body).toContain("&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;  ");
    expect(readInvoice(PATH, note).total).toBe(readInvoice(PATH, renderInvoiceNote(r.draft, BUSINESS)).total);
  });
});

describe("invoice fields renamed to one type per property name", () => {
  it("reads notes written before under the old names, and the new names first", () => {
    const golden = renderInvoiceNote((draftInvoice(request("en")) as { draft: Parameters<typeof renderInvoiceNote>[0] }).draft, BUSINESS);
    const now = readInvoice(PATH, golden);
    const old = readInvoice(PATH, golden.replace("discount_amount:", "discount:").replace("tax_amount:", "tax:").replace("deposit_applied:", "deposit:"));
    expect(old).toEqual(now);
    expect(now.discount).toBeGreaterThan(0);
    expect(now.tax).toBeGreaterThan(0);
    expect(now.deposit).toBeGreaterThan(0);
  });
});
