// Deposits as money received once: billed by a deposit invoice (or recorded in the client note),
// then credited on the invoices that follow until used up, never more than was received.
import { describe, expect, it } from "vitest";
import { draftDeposit, draftInvoice } from "../../../src/core/billing/invoice-draft";
import { monthPeriod } from "../../../src/core/billing/invoice-period";
import { renderInvoiceNote } from "../../../src/core/billing/invoice-write";
import type { InvoiceRecord } from "../../../src/core/billing/invoice-note";
import { BUSINESS, entry, makeClient, readInvoice } from "../support/invoice-fixtures";

const SYD = "Australia/Sydney";
const DEC_1 = Date.parse("2026-12-01T02:00:00Z");
const path = (n: string) => `Clients/Harbour Goods/Invoices/${n}.md`;

describe("deposit invoices", () => {
  const { client, fields } = makeClient({ timezone: SYD, currency: "AUD", rate: 50, deposit: 30, payment_terms: 7 });

  it("bill the client's deposit percent of a quote, or an amount, with nothing off and no tax", () => {
    const r = draftDeposit({ client, fields, numbersInUse: [], now: DEC_1, pattern: "INV-{YYYY}-{seq:4}", amount: 150000, ofTotal: true, forText: "Website refresh" });
    if (!r.ok) throw new Error(r.problem);
    expect(r.draft).toMatchObject({ kind: "deposit", number: "INV-2026-0001", totals: { subtotal: 45000, total: 45000, balance: 45000 }, entryIds: [] });
    const note = renderInvoiceNote(r.draft, BUSINESS);
    expect(note).toMatch(/^invoice_kind: deposit$/m);
    expect(note).not.toContain("| Period |");
    expect(note).toContain("| Deposit: Website refresh | 1 |  | A$450.00 |");
    expect(readInvoice(path("INV-2026-0001"), note)).toMatchObject({ kind: "deposit", total: 45000 });
    const none = makeClient({ timezone: SYD, currency: "AUD", rate: 50 });
    expect(draftDeposit({ ...none, numbersInUse: [], now: DEC_1, pattern: "X-{seq}", amount: 1000, ofTotal: true, forText: "" })).toEqual({ ok: false, problem: "deposit-percent-missing" });
    expect(draftDeposit({ client, fields, numbersInUse: [], now: DEC_1, pattern: "X-{seq}", amount: 0, ofTotal: false, forText: "" })).toEqual({ ok: false, problem: "deposit-amount" });
  });

  it("what is paid on it is credited on the next invoices until used up, never more", () => {
    const dep = draftDeposit({ client, fields, numbersInUse: [], now: DEC_1, pattern: "INV-{YYYY}-{seq:4}", amount: 10000, ofTotal: false, forText: "" });
    if (!dep.ok) throw new Error(dep.problem);
    const deposit: InvoiceRecord = { ...readInvoice(path("INV-2026-0001"), renderInvoiceNote(dep.draft, BUSINESS)), status: "sent" };
    const invoices: InvoiceRecord[] = [deposit];
    const request = (now: number, month: string, es: ReturnType<typeof entry>[]) => ({
      client,
      fields,
      invoices,
      entries: es,
      packages: new Map(),
      now,
      period: monthPeriod(month, SYD),
      pattern: "INV-{YYYY}-{seq:4}",
    });
    const dec = [entry("2026-12-03T00:00Z", 60)];
    // Not paid yet: nothing to credit.
    const unpaid = draftInvoice(request(Date.parse("2027-01-02T00:00:00Z"), "2026-12", dec));
    expect(unpaid.ok && unpaid.draft.totals.deposit).toBe(0);
    // Paid A$100: the December invoice (A$50) takes A$50 of it, January's the other A$50, February's nothing.
    invoices[0] = { ...deposit, paid: 10000, balance: 0, status: "paid" };
    const r1 = draftInvoice(request(Date.parse("2027-01-02T00:00:00Z"), "2026-12", dec));
    if (!r1.ok) throw new Error("refused");
    expect(r1.draft.totals).toMatchObject({ total: 5000, deposit: 5000, balance: 0 });
    invoices.push(readInvoice(path(r1.draft.number), renderInvoiceNote(r1.draft, BUSINESS)));
    const jan = [...dec, entry("2027-01-05T00:00Z", 120)];
    const r2 = draftInvoice(request(Date.parse("2027-02-02T00:00:00Z"), "2027-01", jan));
    if (!r2.ok) throw new Error("refused");
    expect(r2.draft.totals).toMatchObject({ total: 10000, deposit: 5000, balance: 5000 });
    invoices.push(readInvoice(path(r2.draft.number), renderInvoiceNote(r2.draft, BUSINESS)));
    const r3 = draftInvoice(request(Date.parse("2027-03-02T00:00:00Z"), "2027-02", [...jan, entry("2027-02-05T00:00Z", 60)]));
    expect(r3.ok && r3.draft.totals.deposit).toBe(0);
    // Voiding the January invoice gives its A$50 back.
    invoices[2] = { ...invoices[2], status: "void" };
    const again = draftInvoice(request(Date.parse("2027-03-02T00:00:00Z"), "2027-01", jan));
    expect(again.ok && again.draft.totals.deposit).toBe(5000);
  });
});

describe("a billing model changed inside a month already invoiced", () => {
  it("is refused both ways, naming the month and the invoice, and nothing is charged twice", () => {
    const hourly = makeClient({ timezone: SYD, currency: "AUD", rate: 50 });
    const retainer = makeClient({ timezone: SYD, currency: "AUD", billing: "retainer", retainer_fee: 1000, retainer_hours: 10, overage_rate: 60 });
    const nov = [entry("2026-11-03T00:00Z", 60)];
    const late = entry("2026-11-20T00:00Z", 60);
    const base = { entries: [...nov, late], packages: new Map(), now: DEC_1, period: monthPeriod("2026-11", SYD), pattern: "INV-{YYYY}-{seq:4}" };
    const first = draftInvoice({ ...hourly, ...base, entries: nov, invoices: [] });
    if (!first.ok) throw new Error("refused");
    const asHourly = readInvoice(path(first.draft.number), renderInvoiceNote(first.draft, BUSINESS));
    expect(draftInvoice({ ...retainer, ...base, invoices: [asHourly] })).toMatchObject({ ok: false, problems: [{ code: "billing-changed", params: { month: "2026-11", number: "INV-2026-0001" } }] });
    const asRetainerDraft = draftInvoice({ ...retainer, ...base, entries: nov, invoices: [] });
    if (!asRetainerDraft.ok) throw new Error("refused");
    const asRetainer = readInvoice(path("INV-2026-0001"), renderInvoiceNote(asRetainerDraft.draft, BUSINESS));
    expect(draftInvoice({ ...hourly, ...base, invoices: [asRetainer] })).toMatchObject({ ok: false, problems: [{ code: "billing-changed" }] });
    // December is billed the new way.
    expect(draftInvoice({ ...hourly, ...base, entries: [entry("2026-12-02T00:00Z", 60)], invoices: [asRetainer], now: Date.parse("2027-01-02T00:00:00Z"), period: monthPeriod("2026-12", SYD) }).ok).toBe(true);
  });
});
