import { describe, expect, it } from "vitest";
import { buildLedger as ledgerOfHeads, entryDiscrepancies as discrepanciesOfHeads, groupByCurrency, headOfRecord, openInvoices, overdueState } from "../../../src/core/billing/invoice-ledger";
import { draftInvoice, type DraftRequest } from "../../../src/core/billing/invoice-draft";
import { renderInvoiceNote } from "../../../src/core/billing/invoice-write";
import { nextInvoiceNumber, isValidPattern } from "../../../src/core/billing/invoice-number";
import type { InvoiceRecord } from "../../../src/core/billing/invoice-note";
import { BUSINESS, entry, makeClient, readInvoice } from "../support/invoice-fixtures";

const buildLedger = (records: InvoiceRecord[]) => ledgerOfHeads(records.map(headOfRecord));
type Lookups = Parameters<typeof discrepanciesOfHeads>;
const entryDiscrepancies = (records: InvoiceRecord[], entryById: Lookups[1], present?: Lookups[2]) => discrepanciesOfHeads(records.map(headOfRecord), entryById, present);

function rec(over: Partial<InvoiceRecord>): InvoiceRecord {
  return {
    file: `Clients/Harbour Goods/Invoices/${over.number ?? "INV-2026-0001"}.md`,
    clientKey: "Harbour Goods",
    number: "INV-2026-0001",
    client: "[[Harbour Goods]]",
    status: "sent",
    issued: "2026-12-01",
    due: "2026-12-15",
    periodFrom: "2026-11-01",
    periodTo: "2026-11-30",
    currency: "AUD",
    subtotal: 10000,
    discount: 0,
    tax: 0,
    total: 10000,
    deposit: 0,
    paid: 0,
    balance: 10000,
    entries: [],
    checks: new Map(),
    packages: [],
    carryMinutes: 0,
    kind: "invoice",
    retainerMonths: null,
    retainerAllowance: new Map(),
    retainerMinutes: new Map(),
    retainerOverage: new Map(),
    legacyRetainer: false,
    payments: [],
    moneyOk: true,
    seal: null,
    ...over,
  };
}

describe("billed status from invoice notes", () => {
  it("an entry claimed by two invoices is billed by the first and reported on the second", () => {
    const a = rec({ number: "INV-2026-0001", entries: ["cd-1", "cd-2"] });
    const b = rec({ number: "INV-2026-0002", issued: "2026-12-02", entries: ["cd-2", "cd-3"] });
    const l = buildLedger([b, a]);
    expect(l.billedBy.get("cd-2")?.file).toBe(a.file);
    expect(l.billedBy.get("cd-3")?.file).toBe(b.file);
    expect(l.diagnostics).toMatchObject([{ code: "invoice-entry-claimed-twice", file: b.file, field: "entries", params: { value: "cd-2", first: "INV-2026-0001" } }]);
  });

  it("a void invoice bills nothing, so its entries can be billed again", () => {
    const l = buildLedger([rec({ status: "void", entries: ["cd-1"] })]);
    expect(l.billedBy.size).toBe(0);
  });

  it("a hand-typed number used twice is reported, naming both files", () => {
    const a = rec({ number: "INV-2026-0003" });
    const b = rec({ number: "inv-2026-0003", file: "Clients/Other/Invoices/inv-2026-0003.md", issued: "2026-12-05" });
    expect(buildLedger([a, b]).diagnostics).toMatchObject([{ code: "invoice-number-duplicate", file: b.file, params: { value: "inv-2026-0003", first: a.file } }]);
  });

  it("an entry edited after it was invoiced, or deleted, is reported with the invoice", () => {
    const e = entry("2026-11-03T00:00Z", 60, { id: "cd-edit0001" });
    const req = baseRequest([e]);
    const r = draftInvoice(req);
    if (!r.ok) throw new Error("refused");
    const inv = readInvoice("Clients/Harbour Goods/Invoices/INV-2026-0001.md", renderInvoiceNote(r.draft, BUSINESS));
    expect(entryDiscrepancies([inv], () => e)).toEqual([]);
    const edited = { ...e, end: (e.end ?? 0) + 15 * 60_000 };
    expect(entryDiscrepancies([inv], () => edited)).toMatchObject([{ code: "invoice-entry-changed", file: e.file, line: e.line, params: { value: "cd-edit0001", number: "INV-2026-0001" } }]);
    expect(entryDiscrepancies([inv], () => ({ ...e, billable: false }))).toHaveLength(1);
    expect(entryDiscrepancies([inv], () => undefined)).toMatchObject([{ code: "invoice-entry-missing", file: inv.file }]);
  });

  it("told whether an entry is there, makes an Entry only for a recorded fingerprint, with the same answers", () => {
    const e = entry("2026-11-03T00:00Z", 60, { id: "cd-edit0001" });
    const r = draftInvoice(baseRequest([e]));
    if (!r.ok) throw new Error("refused");
    const inv = readInvoice("Clients/Harbour Goods/Invoices/INV-2026-0001.md", renderInvoiceNote(r.draft, BUSINESS));
    const unrecorded = { ...inv, checks: new Map<string, string>() };
    const edited = { ...e, end: (e.end ?? 0) + 15 * 60_000 };
    for (const invoice of [inv, unrecorded]) {
      for (const found of [e, edited, undefined]) {
        let made = 0;
        const byId = () => {
          made++;
          return found;
        };
        const present = { has: () => found !== undefined, hasKey: () => found !== undefined };
        expect(entryDiscrepancies([invoice], byId, present)).toEqual(entryDiscrepancies([invoice], () => found));
        if (invoice === unrecorded) expect(made).toBe(0);
      }
    }
  });
});

function baseRequest(entries: DraftRequest["entries"], invoices: InvoiceRecord[] = [], now = Date.parse("2026-12-01T02:00:00Z")): DraftRequest {
  const { client, fields } = makeClient({ timezone: "Australia/Sydney", currency: "AUD", rate: 50, rounding: "15 up" });
  return { client, fields, invoices, entries, packages: new Map(), now, period: null, pattern: "INV-{YYYY}-{seq:4}" };
}

describe("regeneration", () => {
  it("creating the invoice again for the same period bills nothing twice", () => {
    const es = [entry("2026-11-03T00:00Z", 60), entry("2026-11-10T00:00Z", 30)];
    const first = draftInvoice(baseRequest(es));
    if (!first.ok) throw new Error("refused");
    const inv = readInvoice("Clients/Harbour Goods/Invoices/INV-2026-0001.md", renderInvoiceNote(first.draft, BUSINESS));
    const nov = first.period;
    const again = draftInvoice({ ...baseRequest(es, [inv]), period: nov });
    expect(again.ok).toBe(false);
    expect(!again.ok && again.problems.map((p) => p.code)).toEqual(["invoice-nothing"]);
    // A late entry of November is billed on its own next time; the others are not.
    const late = entry("2026-11-20T00:00Z", 45);
    const next = draftInvoice({ ...baseRequest([...es, late], [inv]), period: nov });
    expect(next.ok && next.draft.entryIds).toEqual([late.id]);
    expect(next.ok && next.draft.number).toBe("INV-2026-0002");
    // Voiding the first invoice frees its entries again.
    const freed = draftInvoice({ ...baseRequest(es, [{ ...inv, status: "void" }]), period: nov });
    expect(freed.ok && freed.draft.entryIds).toEqual(es.map((e) => e.id));
    expect(freed.ok && freed.draft.number).toBe("INV-2026-0002");
  });

  it("a retainer month is charged once, however often the invoice is made", () => {
    const { client, fields } = makeClient({ timezone: "Australia/Sydney", currency: "AUD", billing: "retainer", retainer_fee: 1200, retainer_hours: 20, overage_rate: 70 });
    const req = { ...baseRequest([entry("2026-11-03T00:00Z", 60)]), client, fields };
    const first = draftInvoice(req);
    if (!first.ok) throw new Error("refused");
    expect(first.draft.totals.total).toBe(120000);
    const inv = readInvoice("Clients/Harbour Goods/Invoices/INV-2026-0001.md", renderInvoiceNote(first.draft, BUSINESS));
    const again = draftInvoice({ ...req, invoices: [inv], period: first.period });
    expect(again.ok).toBe(false);
  });

  it("the default period is the oldest ended month with something left: a month invoiced in part gets a supplementary invoice", () => {
    const billed = entry("2026-11-03T00:00Z", 60, { id: "cd-billed01" });
    const inv = rec({ periodFrom: "2026-11-01", periodTo: "2026-11-15", entries: [billed.id] });
    const late = entry("2026-11-20T00:00Z", 60);
    const r = draftInvoice(baseRequest([billed, late, entry("2026-12-01T00:00Z", 60)], [inv], Date.parse("2026-12-10T02:00:00Z")));
    expect(r.ok && [r.draft.periodFrom, r.draft.periodTo, r.draft.entryIds]).toEqual(["2026-11-01", "2026-11-30", [late.id]]);
    // Nothing left in ended months: nothing is drafted (December has not ended).
    const none = draftInvoice(baseRequest([billed, entry("2026-12-01T00:00Z", 60)], [inv], Date.parse("2026-12-10T02:00:00Z")));
    expect(none).toMatchObject({ ok: false, period: null, problems: [{ code: "invoice-nothing" }] });
  });
});

describe("overdue in the client's zone", () => {
  // Due 15 Dec in Sydney (UTC+11 in summer): overdue from 00:00 on 16 Dec there = 13:00 UTC on 15 Dec.
  const inv = rec({ due: "2026-12-15" });
  const zone = "Australia/Sydney";
  it("is not overdue up to the last moment of the due date there", () => {
    expect(overdueState(inv, Date.parse("2026-12-15T12:59:59.999Z"), zone)).toEqual({ overdue: false, daysOverdue: 0 });
  });
  it("is overdue from the first moment of the next day there", () => {
    expect(overdueState(inv, Date.parse("2026-12-15T13:00:00Z"), zone)).toEqual({ overdue: true, daysOverdue: 1 });
    expect(overdueState(inv, Date.parse("2026-12-25T13:00:00Z"), zone)).toEqual({ overdue: true, daysOverdue: 11 });
  });
  it("the same instant is not overdue for a client in New York", () => {
    expect(overdueState(inv, Date.parse("2026-12-15T13:00:00Z"), "America/New_York").overdue).toBe(false);
    expect(overdueState(inv, Date.parse("2026-12-16T05:00:00Z"), "America/New_York")).toEqual({ overdue: true, daysOverdue: 1 });
  });
  it("paid, void and zero-balance invoices are never overdue; drafts are not listed", () => {
    const late = Date.parse("2027-01-30T00:00:00Z");
    expect(overdueState({ ...inv, status: "paid" }, late, zone).overdue).toBe(false);
    expect(overdueState({ ...inv, balance: 0 }, late, zone).overdue).toBe(false);
    const open = openInvoices([inv, rec({ number: "D", status: "draft" }), rec({ number: "V", status: "void" }), rec({ number: "U", currency: "USD", balance: 500, due: "2027-02-01" })], late, () => zone);
    expect(open.map((o) => [o.invoice.number, o.overdue, o.daysOverdue])).toEqual([
      ["INV-2026-0001", true, 46],
      ["U", false, 0],
    ]);
    expect(groupByCurrency(open).map((g) => [g.currency, g.outstanding, g.overdue])).toEqual([
      ["AUD", 10000, 10000],
      ["USD", 500, 0],
    ]);
  });
});

describe("invoice numbers", () => {
  it("counts past every number used, void ones included, per year of the pattern", () => {
    expect(nextInvoiceNumber("INV-{YYYY}-{seq:4}", "2026-12-01", [])).toBe("INV-2026-0001");
    expect(nextInvoiceNumber("INV-{YYYY}-{seq:4}", "2026-12-01", ["INV-2026-0007", "INV-2026-0003", "INV-2025-0044"])).toBe("INV-2026-0008");
    expect(nextInvoiceNumber("INV-{YYYY}-{seq:4}", "2027-01-02", ["INV-2026-0007"])).toBe("INV-2027-0001");
    expect(nextInvoiceNumber("{YY}{MM}-{seq:3}", "2026-12-01", ["2612-009", "2611-040"])).toBe("2612-010");
    expect(nextInvoiceNumber("INV-{YYYY}-{seq:4}", "2026-12-01", ["INV-2026-10000"])).toBe("INV-2026-10001");
  });
  it("a bad pattern falls back to the default; valid patterns have one counter and file-safe text", () => {
    expect(isValidPattern("INV-{YYYY}-{seq:4}")).toBe(true);
    expect(isValidPattern("INV/{seq}")).toBe(false);
    expect(isValidPattern("INV-{YYYY}")).toBe(false);
    expect(isValidPattern("{seq}-{seq}")).toBe(false);
    expect(nextInvoiceNumber("INV/{seq}", "2026-12-01", [])).toBe("INV-2026-0001");
  });
});
