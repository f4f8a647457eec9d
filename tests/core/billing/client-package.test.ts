// A fixed-price client's own package: billed once (or once a month), listed with its deliverables,
// never twice, with no tracked time needed.
import { describe, expect, it } from "vitest";
import { draftInvoice } from "../../../src/core/billing/invoice-draft";
import { monthPeriod } from "../../../src/core/billing/invoice-period";
import { renderInvoiceNote } from "../../../src/core/billing/invoice-write";
import type { InvoiceRecord } from "../../../src/core/billing/invoice-note";
import { findPackage, readPackageNote, type PackageInfo } from "../../../src/core/billing/package-note";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { BUSINESS, entry, makeClient, readInvoice } from "../support/invoice-fixtures";

const SYD = "Australia/Sydney";
const path = (n: string) => `Clients/Harbour Goods/Invoices/${n}.md`;

function pkgOf(text: string, file = "Client Desk/Packages/Social starter.md"): PackageInfo {
  const fm = readFrontmatter(text);
  const { pkg, diagnostics } = readPackageNote(file, fm.data, fm.fieldLines);
  if (!pkg) throw new Error(JSON.stringify(diagnostics));
  return pkg;
}

const ONCE = pkgOf(`---
type: package
name: Social starter
price: 450
currency: AUD
deliverables:
  - 12 posts a month
  - Monthly analytics
done_when: All 12 posts are scheduled
---
`);
const MONTHLY = { ...ONCE, recurring: "monthly" as const };

describe("a fixed-price client's package", () => {
  const { client, fields } = makeClient({ timezone: SYD, currency: "AUD", billing: "fixed", package: "[[Social starter]]" });

  it("reads the client's package link and the package's terms", () => {
    expect(fields.package).toBe("[[Social starter]]");
    expect(findPackage(fields.package, [ONCE])).toBe(ONCE);
    expect(ONCE).toMatchObject({ recurring: "once", doneWhen: "All 12 posts are scheduled", price: 45000 });
    const bad = readPackageNote("P.md", { currency: "AUD", price: 1, recurring: "weekly" }, new Map([["recurring", 4]]));
    expect(bad.diagnostics).toMatchObject([{ code: "field-value", field: "recurring", line: 4 }]);
  });

  it("bills a once package on the first invoice with no time tracked, and never again", () => {
    const invoices: InvoiceRecord[] = [];
    const now = Date.parse("2026-12-03T02:00:00Z");
    const r = draftInvoice({ client, fields, invoices, entries: [], packages: new Map(), clientPackage: ONCE, now, period: null, pattern: "INV-{seq:4}" });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.draft.lines.map((l) => [l.kind, l.text, l.amount])).toEqual([["package", "Social starter", 45000]]);
    expect(r.draft.packages).toEqual(["package:Social starter"]);
    const note = renderInvoiceNote(r.draft, BUSINESS);
    expect(note).toContain("### What the package includes");
    expect(note).toContain("- 12 posts a month\n- Monthly analytics");
    invoices.push(readInvoice(path(r.draft.number), note));
    // The next month, with time tracked (no rate: left unbilled), the package is not billed again.
    const again = draftInvoice({ client, fields, invoices, entries: [entry("2027-01-05T00:00Z", 60)], packages: new Map(), clientPackage: ONCE, now: Date.parse("2027-02-02T00:00:00Z"), period: monthPeriod("2027-01", SYD), pattern: "INV-{seq:4}" });
    expect(again).toMatchObject({ ok: false, problems: [{ code: "invoice-nothing" }] });
    const none = draftInvoice({ client, fields, invoices, entries: [], packages: new Map(), clientPackage: ONCE, now: Date.parse("2027-02-02T00:00:00Z"), period: null, pattern: "INV-{seq:4}" });
    expect(none.ok).toBe(false);
  });

  it("bills a monthly package once for every month, each month once", () => {
    const invoices: InvoiceRecord[] = [];
    const q = draftInvoice({ client, fields, invoices, entries: [], packages: new Map(), clientPackage: MONTHLY, now: Date.parse("2027-03-01T00:00:00Z"), period: { ...monthPeriod("2027-01", SYD)!, toDate: "2027-02-28", to: monthPeriod("2027-02", SYD)!.to }, pattern: "INV-{seq:4}" });
    if (!q.ok) throw new Error(JSON.stringify(q.problems));
    expect(q.draft.lines.map((l) => [l.text, l.month, l.amount])).toEqual([["Social starter", "2027-01", 45000], ["Social starter", "2027-02", 45000]]);
    expect(renderInvoiceNote(q.draft, BUSINESS)).toContain("| Social starter, January 2027 | 1 | A$450.00 | A$450.00 |");
    invoices.push(readInvoice(path(q.draft.number), renderInvoiceNote(q.draft, BUSINESS)));
    const feb = draftInvoice({ client, fields, invoices, entries: [], packages: new Map(), clientPackage: MONTHLY, now: Date.parse("2027-03-01T00:00:00Z"), period: monthPeriod("2027-02", SYD), pattern: "INV-{seq:4}" });
    expect(feb.ok).toBe(false);
    const mar = draftInvoice({ client, fields, invoices, entries: [], packages: new Map(), clientPackage: MONTHLY, now: Date.parse("2027-03-02T00:00:00Z"), period: null, pattern: "INV-{seq:4}" });
    expect(mar.ok && mar.draft.lines.map((l) => l.month)).toEqual(["2027-03"]);
  });

  it("refuses a package in another currency, and bills an hourly client's time, not its package", () => {
    const usd = { ...ONCE, currency: "USD" };
    expect(draftInvoice({ client, fields, invoices: [], entries: [], packages: new Map(), clientPackage: usd, now: Date.parse("2026-12-03T02:00:00Z"), period: null, pattern: "X-{seq}" })).toMatchObject({ ok: false, problems: [{ code: "package-currency" }] });
    const hourly = makeClient({ timezone: SYD, currency: "AUD", rate: 50, package: "[[Social starter]]" });
    const r = draftInvoice({ ...hourly, invoices: [], entries: [entry("2026-11-03T00:00Z", 60)], packages: new Map(), clientPackage: ONCE, now: Date.parse("2026-12-03T02:00:00Z"), period: null, pattern: "X-{seq}" });
    expect(r.ok && r.draft.lines.map((l) => l.kind)).toEqual(["time"]);
  });
});
