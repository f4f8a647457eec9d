// keptInvoice (src/core/index/invoice-fast.ts) reads an invoice note as the plugin writes it
// straight into the index's kept string. Whatever it accepts must be exactly what the full way
// (readFrontmatter, readInvoiceNote, invoiceIntegrity, compact) gives, with no problem found; what
// it declines is read the full way. And it must accept the notes the plugin writes, or it saves
// nothing.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { keptInvoice } from "../../../src/core/index/invoice-fast";
import { compact, oddIds } from "../../../src/core/index/invoice-compact";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { readInvoiceNote } from "../../../src/core/billing/invoice-note";
import { invoiceIntegrity, invoiceSeal } from "../../../src/core/billing/invoice-integrity";
import { toMajorString } from "../../../src/core/shared/money";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { GOLDEN_DIR } from "../../support/golden";

const KEY = "Harbour Goods";
const PATH = `Clients/${KEY}/Invoices/INV-2026-0007.md`;

/** What the full way makes of a note: the kept string (null: not an invoice) and its problems. */
function fullWay(text: string, path = PATH, key = KEY): { kept: string | null; problems: number } {
  const fm = readFrontmatter(text);
  const input = { path, clientKey: key, data: fm.data, fieldLines: fm.fieldLines, yamlError: fm.error };
  const read = readInvoiceNote(input);
  const problems = read.diagnostics.length + invoiceIntegrity(input, read.invoice).length;
  return { kept: read.invoice && !oddIds(read.invoice) ? compact(read.invoice, false) : null, problems };
}

/** Block ids: the plugin's own, and others a log line may carry (imported, typed by hand). */
const plainIds = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[0-9a-z]{8}$/).map((s) => `cd-${s}`) },
  { weight: 1, arbitrary: fc.constantFrom("toggl-123", "Block_7", "x", "cd-", "abc-def") },
);
/** Also words a YAML list reads as null or true/false, which the full way leaves out or refuses. */
const anyIds = fc.oneof({ weight: 8, arbitrary: plainIds }, { weight: 1, arbitrary: fc.constantFrom("null", "True", "NULL", "false") });

/** A consistent invoice as the plugin writes it, in a currency with 0, 2 or 3 minor digits. */
const writtenWith = (idArb: fc.Arbitrary<string>) =>
  fc
  .record({
    number: fc.constantFrom("INV-2026-0007", "2026/7", "Hoá đơn 7", "  INV-8 ", "42"),
    client: fc.constantFrom(`[[${KEY}]]`, "[[Other]]", KEY, "[[Clients/Harbour Goods/Harbour Goods.md|HG]]"),
    currency: fc.constantFrom("AUD", "USD", "VND", "JPY", "KWD"),
    subtotal: fc.integer({ min: 0, max: 5_000_000 }),
    discount: fc.integer({ min: 0, max: 50_000 }),
    tax: fc.integer({ min: 0, max: 90_000 }),
    deposit: fc.integer({ min: 0, max: 40_000 }),
    payments: fc.array(fc.integer({ min: 1, max: 900_000 }), { maxLength: 2 }),
    status: fc.constantFrom("draft", "sent", "paid", "void"),
    kind: fc.constantFrom(null, "invoice", "deposit"),
    ids: fc.array(idArb, { maxLength: 6 }),
    checks: fc.boolean(),
    packages: fc.constantFrom([], ["Website launch"], ["a", "b c"]),
    sealed: fc.constantFrom("right", "right", "wrong", "none"),
    optional: fc.boolean(),
  })
  .map((r) => {
    const total = r.subtotal - Math.min(r.discount, r.subtotal) + r.tax;
    const discount = Math.min(r.discount, r.subtotal);
    const deposit = Math.min(r.deposit, total);
    const m = (minor: number) => (minor === 0 ? "0" : toMajorString(minor, r.currency));
    const paid = r.payments.reduce((a, b) => a + b, 0);
    const seal = invoiceSeal({ number: r.number.trim(), client: r.client, currency: r.currency, subtotal: r.subtotal, discount, tax: r.tax, total, deposit, entries: r.ids });
    const list = (items: readonly string[]) => `[${items.map((s) => (/^[\w-]+$/.test(s) && !/^[\d.+-]/.test(s) ? s : JSON.stringify(s))).join(", ")}]`;
    const lines = [
      "type: invoice",
      `number: ${JSON.stringify(r.number)}`,
      `client: ${JSON.stringify(r.client)}`,
      `status: ${r.status}`,
      `issued: "2026-12-01"`,
      ...(r.optional ? [`due: "2026-12-15"`, `period_from: "2026-11-01"`, `period_to: "2026-11-30"`] : []),
      `currency: ${r.currency}`,
      `subtotal: ${m(r.subtotal)}`,
      `discount_amount: ${m(discount)}`,
      `tax_amount: ${m(r.tax)}`,
      `total: ${m(total)}`,
      `deposit_applied: ${m(deposit)}`,
      `paid: ${m(paid)}`,
      `balance: ${m(total - deposit - paid)}`,
      `entries: ${list(r.ids)}`,
      `checks: ${list(r.checks ? r.ids.map((id, i) => `${id} ${(0x1a2b3c4d + i).toString(16)}`) : [])}`,
      `packages: ${list(r.packages)}`,
      ...(r.kind === null ? [] : [`invoice_kind: ${r.kind}`]),
      `payments: ${list(r.payments.map((p) => `2026-12-0${(p % 9) + 1} ${m(p)} Wise`))}`,
      ...(r.sealed === "none" ? [] : [`seal: "${r.sealed === "right" ? seal : "0badc0de"}"`]),
      "cssclasses: [client-desk-invoice]",
    ];
    return lines;
  });
const written = writtenWith(anyIds);

/** Values a hand-edited note may hold instead of what the plugin wrote. */
const ODD = [
  "",
  " ",
  "~",
  "null",
  "true",
  "1e3",
  "-5",
  "12.345",
  "0012",
  "+3",
  "abc",
  '"x"',
  "'y'",
  '"  spaced "',
  "2026-02-30",
  '"2026-02-29"',
  "2024-02-29",
  "[]",
  "[ ]",
  "[ , ]",
  "[cd-aaaa0001,cd-aaaa0002]",
  "[cd-aaaa0001 ,  cd-aaaa0002]",
  "[ cd-aaaa0001, cd-aaaa0002 ]",
  "[^cd-aaaa0001]",
  '["cd-aaaa0001"]',
  "[null, cd-aaaa0001]",
  "[true]",
  "[1, 2]",
  "{a: 1}",
  "x #y",
  "[cd-aaaa0001,\u00a0cd-aaaa0002]",
  "usd",
  "EUR",
  "paid",
  "deposit",
  "\u0000",
  '"2026-12-01 10 Wise"',
  '["2026-12-01 10 Wise"]',
  '["cd-aaaa0001 1a2b3c4d"]',
  '["cd-aaaa0001 XYZ"]',
  "5",
  "10.00",
  "250",
  '"a\u2028b"',
  '"a\rb"',
  '["", "a"]',
  '[" ", x]',
];
const odd = fc.constantFrom(...ODD);
const KEYS_EDITED = [
  "type",
  "number",
  "client",
  "status",
  "issued",
  "due",
  "currency",
  "subtotal",
  "total",
  "paid",
  "balance",
  "entries",
  "checks",
  "packages",
  "payments",
  "seal",
  "invoice_kind",
  "discount",
  "retainer_carry",
  "retainer_months",
  "tags",
  "__proto__",
  "period_from",
  "period_to",
  "discount_amount",
  "tax_amount",
  "deposit_applied",
  "cssclasses",
];
const keys = fc.constantFrom(...KEYS_EDITED);
const PLAIN = { bom: "", eol: "\n", close: "---", blank: false };

type Edit = { kind: "set" | "add"; key: string; value: string } | { kind: "drop" | "twice" | "swap"; at: number };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom("set" as const, "add" as const), key: keys, value: odd }),
  fc.record({ kind: fc.constantFrom("drop" as const, "twice" as const, "swap" as const), at: fc.nat(30) }),
);

function applyEdit(lines: string[], e: Edit): string[] {
  const out = [...lines];
  if (e.kind === "add" || e.kind === "set") {
    const line = e.value === "" ? `${e.key}:` : `${e.key}: ${e.value}`;
    const at = out.findIndex((l) => l.startsWith(`${e.key}:`));
    if (e.kind === "add") out.splice(out.length - 1, 0, line);
    else if (at >= 0) out[at] = line;
    else out.push(line);
  } else if (out.length > 0 && "at" in e) {
    const at = e.at % out.length;
    if (e.kind === "drop") out.splice(at, 1);
    else if (e.kind === "twice") out.splice(at, 0, out[at]);
    else if (at + 1 < out.length) [out[at], out[at + 1]] = [out[at + 1], out[at]];
  }
  return out;
}

const frame = fc.record({
  bom: fc.constantFrom("", "", "", "\ufeff"),
  eol: fc.constantFrom("\n", "\n", "\n", "\r\n"),
  close: fc.constantFrom("---", "---", "---", "...", "--- ", ""),
  blank: fc.boolean(),
});

function noteOf(lines: readonly string[], f: { bom: string; eol: string; close: string; blank: boolean }): string {
  const body = f.blank ? ["", ...lines] : [...lines];
  return `${f.bom}---${f.eol}${body.join(f.eol)}${f.eol}${f.close}${f.eol}${f.eol}# Invoice${f.eol}`;
}

describe("keptInvoice", () => {
  it("gives what the full way keeps, and only for notes it finds no problem in", () => {
    fc.assert(
      fc.property(written, fc.array(edit, { maxLength: 3 }), frame, (lines, edits, f) => {
        const text = noteOf(edits.reduce(applyEdit, lines), f);
        const kept = keptInvoice(text, PATH, KEY);
        if (kept === null) return;
        const full = fullWay(text);
        expect(full.problems).toBe(0);
        expect(kept).toBe(full.kept);
      }),
      { numRuns: 3000 },
    );
  });

  it("gives what the full way keeps after any one edit of any field of a note without problems", () => {
    // Every single edit, on notes with and without payments, checks and packages: a rule the reader
    // skipped shows on one field and one value, which random edits meet too rarely.
    const clean = fc.sample(writtenWith(plainIds), { numRuns: 400, seed: 14 }).filter((lines) => fullWay(noteOf(lines, PLAIN)).problems === 0);
    const has = (prefix: string) => (lines: string[]) => lines.some((l) => l.startsWith(prefix));
    const bases = [...clean.slice(0, 3), clean.find(has('payments: ["')), clean.find(has('checks: ["')), clean.find(has('packages: ["'))];
    expect(bases.every((b) => b !== undefined)).toBe(true);
    let accepted = 0;
    for (const lines of bases as string[][]) {
      for (const key of KEYS_EDITED)
        for (const value of ODD) {
          const text = noteOf(applyEdit(lines, { kind: "set", key, value }), PLAIN);
          const kept = keptInvoice(text, PATH, KEY);
          if (kept === null) continue;
          accepted++;
          const full = fullWay(text);
          expect({ key, value, problems: full.problems }).toEqual({ key, value, problems: 0 });
          expect(kept).toBe(full.kept);
        }
    }
    expect(accepted).toBeGreaterThan(100);
  });

  it("reads every note the plugin writes that the full way finds no problem in", () => {
    let accepted = 0;
    fc.assert(
      fc.property(writtenWith(plainIds), (lines) => {
        const text = noteOf(lines, PLAIN);
        const full = fullWay(text);
        if (full.problems > 0) return;
        accepted++;
        expect(keptInvoice(text, PATH, KEY)).toBe(full.kept);
      }),
      { numRuns: 1000 },
    );
    // The generator's wrong seals and overpayments are problems; most notes are not.
    expect(accepted).toBeGreaterThan(300);
  });

  it("reads the golden invoice notes (English and Vietnamese) as the full way does", () => {
    for (const lang of ["en", "vi"]) {
      const text = readFileSync(join(GOLDEN_DIR, `invoice-${lang}.md`), "utf8");
      const kept = keptInvoice(text, PATH, KEY);
      expect(kept).not.toBeNull();
      expect(kept).toBe(fullWay(text).kept);
    }
  });

  it("leaves a problem to the full way, which reports it", () => {
    const text = readFileSync(join(GOLDEN_DIR, "invoice-en.md"), "utf8").replace("status: draft", "status: sent").replace(/seal: "[0-9a-f]{8}"/, 'seal: "0badc0de"');
    expect(keptInvoice(text, PATH, KEY)).toBeNull();
    const index = new VaultIndex({ clientsRoot: "Clients", plannerFolder: "Planner", timezone: "Asia/Ho_Chi_Minh", currency: "USD" });
    index.invoiceFromText = keptInvoice;
    index.setFile(PATH, text);
    expect(index.diagnostics().map((d) => d.code)).toContain("invoice-edited");
  });

  it("is what an index given it keeps, the same as an index without it; never used on frontmatter handed in", () => {
    const options = { clientsRoot: "Clients", plannerFolder: "Planner", timezone: "Asia/Ho_Chi_Minh", currency: "USD" };
    const notes = ["en", "vi"].map((lang, i) => [`Clients/${KEY}/Invoices/INV-${i}.md`, readFileSync(join(GOLDEN_DIR, `invoice-${lang}.md`), "utf8").replace("INV-2026-0001", `INV-2026-000${i + 1}`)]);
    const calls: string[] = [];
    const fast = new VaultIndex(options);
    fast.invoiceFromText = (text, path, key) => {
      calls.push(path);
      return keptInvoice(text, path, key);
    };
    const full = new VaultIndex(options);
    for (const [path, text] of notes) {
      fast.setFile(path, text);
      full.setFile(path, text);
    }
    expect(calls).toEqual(notes.map(([path]) => path));
    expect(fast.invoices.recordsOf(KEY)).toEqual(full.invoices.recordsOf(KEY));
    expect(fast.invoices.recordsOf(KEY)).toHaveLength(2);
    expect(fast.diagnostics()).toEqual(full.diagnostics());
    fast.setFile(notes[0][0], notes[0][1], readFrontmatter(notes[0][1]).data);
    expect(calls).toHaveLength(2);
  });
});
