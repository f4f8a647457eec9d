import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { InvoiceShelf } from "../../../src/core/index/invoice-shelf";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { readInvoiceNote, type InvoiceRecord } from "../../../src/core/billing/invoice-note";
import { buildLedger, entryDiscrepancies, headOfRecord, type InvoiceHead } from "../../../src/core/billing/invoice-ledger";
import { idKeyOf, idOfKey } from "../../../src/core/shared/id-keys";
import type { Entry } from "../../../src/core/shared/types";
import { GOLDEN_DIR } from "../../support/golden";

const PATH = "Clients/Harbour Goods/Invoices/INV-2026-0001.md";
const WRITTEN = readFileSync(join(GOLDEN_DIR, "invoice-en.md"), "utf8");

const ENTRY: Entry = {
  id: "",
  file: "Clients/Harbour Goods/Log/2026-01.md",
  line: 3,
  clientKey: "Harbour Goods",
  start: Date.parse("2026-01-05T01:00:00Z"),
  startOffset: 420,
  end: Date.parse("2026-01-05T02:00:00Z"),
  endOffset: 420,
  task: "Inbox",
  note: "",
  billable: true,
  device: null,
};

/** The ledger as the rule says it: invoices by issue date, number and file; each id billed by the first live one listing it. */
function modelLedger(records: readonly InvoiceRecord[]): { billedBy: Map<string, string>; diagnostics: unknown[] } {
  const key = (r: InvoiceRecord) => [r.issued ?? "", r.number, r.file];
  const sorted = [...records].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
  });
  const billedBy = new Map<string, string>();
  const owner = new Map<string, InvoiceRecord>();
  const numbers = new Map<string, string>();
  const diagnostics: unknown[] = [];
  for (const r of sorted) {
    const first = numbers.get(r.number.toLowerCase());
    if (first !== undefined) diagnostics.push({ severity: "error", code: "invoice-number-duplicate", file: r.file, line: 1, field: "number", params: { value: r.number, first } });
    else numbers.set(r.number.toLowerCase(), r.file);
    if (r.status === "void") continue;
    for (const id of r.entries) {
      const other = owner.get(id);
      if (other !== undefined && other !== r) diagnostics.push({ severity: "error", code: "invoice-entry-claimed-twice", file: r.file, line: 1, field: "entries", params: { value: id, first: other.number, firstFile: other.file } });
      else if (other === undefined) {
        owner.set(id, r);
        billedBy.set(id, r.file);
      }
    }
  }
  return { billedBy, diagnostics };
}

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
    const found = shelf.diagnostics(() => ({ has: () => false, hasKey: () => false, entry: () => undefined })).filter((d) => d.file === PATH && d.code !== "invoice-entry-missing");
    expect(found.map((d) => [d.code, d.line, d.field])).toEqual([
      ["invoice-total-mismatch", 14, "total"],
      ["invoice-balance-mismatch", 17, "balance"],
      ["invoice-edited", 22, "seal"],
    ]);
    put(shelf, WRITTEN.replace("status: draft", "status: sent"));
    expect(shelf.diagnostics(() => ({ has: () => false, hasKey: () => false, entry: () => undefined })).filter((d) => d.file === PATH && d.code !== "invoice-entry-missing")).toEqual([]);
  });

  // The shelf keeps each invoice as one string (the client link and `cd-` ids shortened): what it
  // gives back must be what the note reads as, and the ids it claims those a live invoice lists.
  it("gives back every invoice as the note reads, and claims the ids of live ones", () => {
    const id = fc.constantFrom("cd-aaaa0001", "cd-bbbb0002", "cd-", "x-1", "", "a b", "\u0003cd", "\u0004x", "cd-\u0000");
    const client = fc.constantFrom("[[Harbour Goods]]", "[[Other]]", "Harbour Goods", "\u0002", "\u0004[[Harbour Goods]]", "");
    const month = fc.constantFrom("2026-01", "2026-02", "2026-12");
    const note = fc.record({
      number: fc.constantFrom("INV-1", "inv-2", "X"),
      client,
      status: fc.constantFrom("draft", "sent", "paid", "void"),
      entries: fc.array(id, { maxLength: 5 }),
      // The fields kept as "k v" pairs, lines and lists in the compact form.
      checks: fc.array(fc.tuple(fc.constantFrom("cd-aaaa0001", "x-1", "^cd-b"), fc.constantFrom("0badf00d", "12345678")).map(([i, h]) => `${i} ${h}`), { maxLength: 3 }),
      payments: fc.array(fc.tuple(fc.constantFrom("2026-02-01", "2026-03-15"), fc.constantFrom("10", "2.50"), fc.constantFrom("Wise", "Bank transfer", "Pay Pal", "")).map(([d, a, m]) => `${d} ${a} ${m}`.trim()), { maxLength: 3 }),
      packages: fc.array(fc.constantFrom("Logo", "Site build", "Q1 plan"), { maxLength: 2 }),
      months: fc.option(fc.array(fc.tuple(month, fc.option(fc.integer({ min: 0, max: 6000 }), { nil: null })).map(([m, n]) => (n === null ? m : `${m} ${n}`)), { maxLength: 3 }), { nil: null }),
      minutes: fc.array(fc.tuple(month, fc.integer({ min: -600, max: 6000 })).map(([m, n]) => `${m} ${n}`), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(note, { minLength: 1, maxLength: 6 }), (notes) => {
        const shelf = new InvoiceShelf();
        const paths = notes.map((_, k) => `Clients/Harbour Goods/Invoices/N${k}.md`);
        const expected = notes.map((n, k) => {
          const data: Record<string, unknown> = { type: "invoice", number: n.number, status: n.status, currency: "AUD", total: 10, entries: n.entries, checks: n.checks, payments: n.payments, packages: n.packages, retainer_minutes: n.minutes, retainer_overage: n.minutes };
          if (n.client !== "") data.client = n.client;
          if (n.months !== null) data.retainer_months = n.months;
          shelf.setInvoice(paths[k], "Harbour Goods", data, new Map(), null);
          return readInvoiceNote({ path: paths[k], clientKey: "Harbour Goods", data, fieldLines: new Map(), yamlError: null }).invoice;
        });
        expected.forEach((r, k) => expect(shelf.byPath(paths[k])).toEqual(r));
        const live = new Set(expected.flatMap((r) => (r && r.status !== "void" ? r.entries : [])));
        for (const i of ["cd-aaaa0001", "cd-bbbb0002", "cd-", "x-1", "", "a b", "\u0003cd", "\u0004x", "cd-\u0000"]) expect(shelf.isBilled(i)).toBe(live.has(i));
        // Removed one by one, each takes its claims with it.
        for (const path of paths) shelf.removeInvoice(path);
        expect(shelf.records()).toEqual([]);
        expect(shelf.isBilled("cd-aaaa0001")).toBe(false);
        expect([...shelf.numbersInUse()]).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  // `check` reads the invoices as kept (heads), never spelling them out: every field and id it
  // reads, the ledger and the discrepancies must be what the full records give.
  it("reads each kept invoice's head, ledger and discrepancies as the full records give them", () => {
    const ids = ["cd-aaaa0001", "cd-bbbb0002", "cd-zz9zz9zz", "cd-AAAA0001", "cd-", "cd-abc", "x-1", "", "a b", "\u0003cd", "\u0004x", "cd-\u0000"];
    const note = fc.record({
      file: fc.constantFrom("A", "B", "C", "D", "E"),
      client: fc.constantFrom("Harbour Goods", "Other"),
      number: fc.constantFrom("INV-1", "inv-1", "INV-2", "X"),
      status: fc.constantFrom("draft", "sent", "paid", "void"),
      kind: fc.constantFrom("invoice", "deposit"),
      issued: fc.option(fc.constantFrom("2026-01-05", "2026-02-01"), { nil: null }),
      period: fc.option(fc.constantFrom(["2026-01-01", "2026-01-31"], ["2026-02-01", "2026-02-28"]), { nil: null }),
      entries: fc.array(fc.constantFrom(...ids), { maxLength: 5 }),
      checks: fc.array(fc.tuple(fc.constantFrom("cd-aaaa0001", "cd-bbbb0002", "x-1"), fc.constantFrom("0badf00d", "12345678")).map(([i, h]) => `${i} ${h}`), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(note, { minLength: 1, maxLength: 6 }), fc.subarray(ids), (notes, present) => {
        const shelf = new InvoiceShelf();
        for (const n of notes) {
          const data: Record<string, unknown> = { type: "invoice", number: n.number, status: n.status, kind: n.kind, currency: "AUD", total: 10, entries: n.entries, checks: n.checks };
          if (n.issued !== null) data.issued = n.issued;
          if (n.period !== null) [data.period_from, data.period_to] = n.period;
          shelf.setInvoice(`Clients/${n.client}/Invoices/${n.file}.md`, n.client, data, new Map(), null);
        }
        const records = shelf.records();
        const heads = shelf.heads();
        const fields = ["file", "clientKey", "number", "status", "kind", "issued", "periodFrom", "periodTo"] as const;
        const headOf = (h: InvoiceHead) => {
          const read: string[] = [];
          const keys: number[] = [];
          for (const r = h.ids(); r.next(); ) {
            read.push(r.id());
            keys.push(r.key);
          }
          return { ...Object.fromEntries(fields.map((f) => [f, h[f]])), idCount: h.idCount, read, keys, checks: [...h.checks()] };
        };
        const fromRecords = records.map(headOfRecord);
        expect(heads.map(headOf)).toEqual(fromRecords.map(headOf));
        for (const h of heads) for (const r = h.ids(); r.next(); ) expect(r.key).toBe(idKeyOf(r.id()));
        for (const client of ["Harbour Goods", "Other"]) expect(shelf.headsOf(client).map(headOf)).toEqual(shelf.recordsOf(client).map(headOfRecord).map(headOf));
        // The ledger: the same problems, and each id billed by the same invoice.
        const kept = shelf.ledger();
        const model = modelLedger(records);
        expect(kept.diagnostics).toEqual(model.diagnostics);
        expect(buildLedger(fromRecords).diagnostics).toEqual(model.diagnostics);
        for (const id of ids) expect(kept.billedBy.get(id)?.file).toBe(model.billedBy.get(id));
        // Discrepancies, by key and by id, against a vault holding the `present` ids.
        const there = new Set(present);
        const entry = (id: string) => (there.has(id) ? { ...ENTRY, id } : undefined);
        const byKey = entryDiscrepancies(heads, entry, { has: (id) => there.has(id), hasKey: (key) => there.has(idOfKey(key)) });
        expect(byKey).toEqual(entryDiscrepancies(fromRecords, entry));
      }),
      { numRuns: 300 },
    );
  });

  // Records and heads are kept, whole and per client, until an invoice changes: read before and
  // after each edit, they are what a shelf built afresh gives.
  it("gives each client's records and heads as they are after every edit, whichever was read first", () => {
    const step = fc.record({ client: fc.constantFrom("Harbour Goods", "Other"), file: fc.constantFrom("A", "B", "C"), remove: fc.boolean(), wholeFirst: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 10 }), (steps) => {
        const shelf = new InvoiceShelf();
        const notes = new Map<string, [string, Record<string, unknown>]>();
        const view = (s: InvoiceShelf) => ({
          records: s.records().map((r) => r.file),
          heads: s.heads().map((h) => h.file),
          byClient: ["Harbour Goods", "Other"].map((c) => [s.recordsOf(c).map((r) => r.file), s.headsOf(c).map((h) => h.file)]),
        });
        steps.forEach((st, k) => {
          const path = `Clients/${st.client}/Invoices/${st.file}.md`;
          if (st.remove) {
            shelf.removeInvoice(path);
            notes.delete(path);
          } else {
            const data = { type: "invoice", number: `INV-${k}`, status: "draft", currency: "AUD", total: 1 };
            shelf.setInvoice(path, st.client, data, new Map(), null);
            notes.set(path, [st.client, data]);
          }
          if (!st.wholeFirst) ["Harbour Goods", "Other"].forEach((c) => shelf.headsOf(c));
          const fresh = new InvoiceShelf();
          for (const [p, [client, data]] of notes) fresh.setInvoice(p, client, data, new Map(), null);
          expect(view(shelf)).toEqual(view(fresh));
        });
      }),
      { numRuns: 200 },
    );
  });

  // The numbers in use are counted on first need, then kept up to date note by note: asked for
  // before or after any edits, they are the numbers of a shelf built afresh from the notes left.
  it("counts the numbers in use the same whether first asked for before or after edits", () => {
    const step = fc.record({
      file: fc.constantFrom("INV-1", "inv-1", "INV-2", "Draft", "X"),
      number: fc.option(fc.constantFrom("INV-1", "INV-2", "inv-3", "X"), { nil: null }),
      remove: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), fc.nat(12), (steps, askAt) => {
        const shelf = new InvoiceShelf();
        const notes = new Map<string, Record<string, unknown>>();
        steps.forEach((s, k) => {
          if (k === askAt) shelf.numbersInUse(); // the counts are taken here
          const path = `Clients/Harbour Goods/Invoices/${s.file}.md`;
          if (s.remove) {
            shelf.removeInvoice(path);
            notes.delete(path);
            return;
          }
          // A note without a number is not an invoice: its file name alone is in use.
          const data: Record<string, unknown> = s.number === null ? { type: "note" } : { type: "invoice", number: s.number, status: "draft", currency: "AUD", total: 1 };
          shelf.setInvoice(path, "Harbour Goods", data, new Map(), null);
          notes.set(path, data);
        });
        const fresh = new InvoiceShelf();
        for (const [path, data] of notes) fresh.setInvoice(path, "Harbour Goods", data, new Map(), null);
        expect([...shelf.numbersInUse()].sort()).toEqual([...fresh.numbersInUse()].sort());
        expect(shelf.nextNumber("INV-{seq}", "2026-05-01")).toBe(fresh.nextNumber("INV-{seq}", "2026-05-01"));
      }),
      { numRuns: 300 },
    );
  });
});
