// The weekly review's figures: dated conversion into the home currency, the largest client's
// share, utilisation against capacity, missing rates named, invoices listed; and the rate setting.
import { describe, expect, it } from "vitest";
import type { VaultIndex } from "../../../src/core/index/vault-index";
import { buildReview } from "../../../src/core/reports/review";
import { reviewMarkdown } from "../../../src/core/reports/review-markdown";
import { convertMinor, parseConversionRates, rateOn } from "../../../src/core/billing/conversion-rates";
import { reviewInvoices } from "../../../src/core/reports/review-invoices";
import { translator } from "../../../src/core/i18n";
import { CLIENTS, clientNotePath, logNotePath, note, testIndex, ZONES } from "../../support/vault";

const VA = ZONES.hcm;

const client = (key: string, fields: readonly string[]): [string, string] => [clientNotePath(key), note(fields)];
const log = (key: string, lines: string[]): [string, string] => [logNotePath(key, "2026-11"), lines.join("\n") + "\n"];

const files = new Map<string, string>([
  // 3 h billed at A$45 = A$135.00 → at 16 500 VND = 2 227 500 VND (the October rate; the
  // December line is after the week and must not be used).
  client("Harbour", CLIENTS.harbour),
  log("Harbour", ["- [start:: 2026-11-23T08:00+07:00] [end:: 2026-11-23T11:00+07:00] ^cd-aaaaaaa1"]),
  // 2 h at £32.50 = £65.00 with no GBP rate: named, left out of totals.
  client("Clara", ["timezone: Europe/London", "currency: GBP", "rate: 32.50"]),
  log("Clara", ["- [start:: 2026-11-24T15:00+07:00] [end:: 2026-11-24T17:00+07:00] ^cd-aaaaaaa2"]),
  // Retainer $1200 for 20 h → $60/h effective; 1.5 h = $90.00 → at 26 000.5 VND = 2 340 045 VND.
  client("Bright", ["timezone: America/New_York", "currency: USD", "billing: retainer", "retainer_fee: 1200", "retainer_hours: 20"]),
  log("Bright", ["- [start:: 2026-11-25T20:00+07:00] [end:: 2026-11-25T21:30+07:00] ^cd-aaaaaaa3", "- [start:: 2026-11-25T21:30+07:00] [end:: 2026-11-25T22:00+07:00] #non-billable ^cd-aaaaaaa4"]),
  // 1 h at 200 000 VND in the home currency as is.
  client("Tra Sen", CLIENTS.traSen),
  log("Tra Sen", ["- [start:: 2026-11-26T09:00+07:00] [end:: 2026-11-26T10:00+07:00] ^cd-aaaaaaa5"]),
]);

const index = (): VaultIndex => testIndex(files, { homeCurrency: "VND" });

const { rates } = parseConversionRates(["AUD=16500 VND since 2026-10-01", "AUD=99999 VND since 2026-12-01", "USD=26000.5 VND since 2026-11-01"], "VND");

describe("the weekly review", () => {
  const ix = index();
  const m = buildReview(ix, {
    week: "2026-W48",
    zone: VA,
    weekStart: "mon",
    home: "VND",
    capacityHours: 30,
    rates,
    invoices: [{ number: "INV-2026-0007", clientKey: "Harbour", currency: "AUD", balanceMinor: 12345, due: "2026-11-20", overdue: true, unreadable: false, duplicates: [] }],
    now: Date.parse("2026-11-27T12:00+07:00"),
  });

  it("converts each client's revenue with the rate in force on the week's last day", () => {
    expect(m.clients.map((r) => [r.key, r.billedMs / 60_000, r.revenueMinor, r.homeMinor])).toEqual([
      ["Bright", 90, 9000, 2340045],
      ["Harbour", 180, 13500, 2227500],
      ["Tra Sen", 60, 200000, 200000],
      ["Clara", 120, 6500, null],
    ]);
    expect(m.homeMinor).toBe(2340045 + 2227500 + 200000);
    expect(m.missingRates).toEqual(["GBP"]);
  });

  it("gives the largest client's share of converted revenue and utilisation of billable hours", () => {
    expect(m.largest).toEqual({ key: "Bright", name: "Bright", percent: 49 }); // 2 340 045 / 4 767 545 = 49.08 %
    expect(m.billableMs).toBe(7.5 * 3_600_000);
    expect(m.trackedMs).toBe(8 * 3_600_000);
    expect(m.utilisationPercent).toBe(25); // 7.5 of 30 h
  });

  it("writes the note with the figures, the missing rate and the invoices", () => {
    const text = reviewMarkdown(m, "en");
    expect(text).toContain("revenue: 4767545\n");
    expect(text).toContain("| [[Clara]] | 2.00 | 2.00 | £65.00 | no rate |");
    expect(text).toContain("Largest client: Bright, 49% of this week's revenue in VND.");
    expect(text).toContain("Utilisation: 7.50 billable hours of a capacity of 30.00 hours (25%); 8.00 hours tracked in all.");
    expect(text).toContain("No conversion rate to VND for: GBP.");
    expect(text).toContain("- INV-2026-0007, Harbour: A$123.45, due 2026-11-20 (overdue)\n");
    const marked = { ...m.invoices[0], unreadable: true, duplicates: ["Clients/Harbour/Invoices/INV-2026-0007 copy.md"] };
    expect(reviewMarkdown({ ...m, invoices: [marked] }, "en")).toContain(
      "- INV-2026-0007, Harbour: A$123.45, due 2026-11-20 (overdue) (money fields do not read: see the problems of this note; number also on Clients/Harbour/Invoices/INV-2026-0007 copy.md)\n",
    );
    const vi = reviewMarkdown(m, "vi");
    expect(vi).toContain("Mức sử dụng: 7,50 giờ tính phí trên công suất 30,00 giờ (25%)");
  });

  it("lists no invoices when the vault has none", () => {
    expect(reviewInvoices(ix, 0)).toEqual([]);
  });
});

describe("conversion rates from the settings", () => {
  it("picks the latest rate on or before the date and converts exactly, half up", () => {
    expect(rateOn(rates, "AUD", "2026-11-29")?.since).toBe("2026-10-01");
    expect(rateOn(rates, "AUD", "2026-12-01")?.since).toBe("2026-12-01");
    expect(rateOn(rates, "AUD", "2026-09-30")).toBeNull();
    const [usd] = parseConversionRates(["JPY=0.0065 USD since 2026-01-01"], "USD").rates;
    expect(convertMinor(1000, usd)).toBe(650); // ¥1000 → $6.50
    expect(convertMinor(77, usd)).toBe(50); // ¥77 → $0.5005 → 50 cents
    const [kwd] = parseConversionRates(["USD=0.307 KWD since 2026-01-01"], "KWD").rates;
    expect(convertMinor(100, kwd)).toBe(307); // $1.00 → 0.307 KWD (three digits)
  });

  it("names the line and the reason of each bad rate", () => {
    const r = parseConversionRates(
      ["AUD 16500 VND", "XYZ=2 VND since 2026-01-01", "AUD=abc VND since 2026-01-01", "AUD=0 VND since 2026-01-01", "AUD=2 VND since 2026-13-01", "AUD=2 USD since 2026-01-01", "VND=1 VND since 2026-01-01", "", "GBP=33000 VND since 2026-10-01", "GBP=34000 VND since 2026-10-01"],
      "VND",
    );
    expect(r.rates.map((x) => x.text)).toEqual(["GBP=33000 VND since 2026-10-01"]);
    expect(r.problems.map((p) => [p.n, p.key])).toEqual([
      [1, "rate.error.form"],
      [2, "rate.error.currency"],
      [3, "rate.error.number"],
      [4, "rate.error.number"],
      [5, "rate.error.date"],
      [6, "rate.error.home"],
      [7, "rate.error.same"],
      [10, "rate.error.duplicate"],
    ]);
    const t = translator("vi");
    expect(t(r.problems[5].key, r.problems[5].params)).toBe("Tỷ giá thứ 6 “AUD=2 USD since 2026-01-01” quy đổi sang USD, không phải tiền tệ chính VND của bạn.");
  });
});

describe("the weekly review's subcontractors", () => {
  it("shows a subcontractor's cost against what their time bills the client", () => {
    const ix = testIndex({ [clientNotePath("Harbour")]: note(CLIENTS.harbour) }, { homeCurrency: "VND" });
    ix.setFile("Clients/Harbour/Tasks/Product photos.md", '---\nassignee: "[[Minh]]"\n---\n');
    ix.setFile(
      "Clients/Harbour/Log/2026-11.md",
      "- [start:: 2026-11-23T08:00+07:00] [end:: 2026-11-23T10:00+07:00] [task:: [[Product photos]]] ^cd-aaaaaab1\n- [start:: 2026-11-23T10:00+07:00] [end:: 2026-11-23T11:00+07:00] my own work ^cd-aaaaaab2\n",
    );
    const sub = { key: "Minh", file: "Client Desk/Subcontractors/Minh.md", name: "Minh", rate: 150000, currency: "VND" };
    const opts = { week: "2026-W48", zone: VA, weekStart: "mon" as const, home: "VND", capacityHours: 40, rates: [], invoices: [], now: Date.parse("2026-11-27T10:00:00Z") };
    expect(buildReview(ix, opts).subcontractors).toEqual([]);
    const m = buildReview(ix, { ...opts, subcontractors: [sub] });
    // 2 h of Minh's at 150 000 VND an hour; billed to Harbour at A$45 an hour.
    expect(m.subcontractors).toMatchObject([{ key: "Minh", ms: 7_200_000, cost: { minor: 300000, currency: "VND" }, billed: [{ minor: 9000, currency: "AUD" }] }]);
    const text = reviewMarkdown(m, "en");
    expect(text).toContain("## Subcontractors");
    expect(text).toContain("| Minh | 2.00 | ₫300,000 | A$90.00 | ₫300,000 | — | — |");
    // Without an AUD rate the billed side stays out, and the review says why.
    expect(text).toContain("Owed to subcontractors for this week: ₫300,000.");
    expect(m.margins.missingRates).toEqual(["AUD"]);

    // With a rate: billed A$90 is ₫1,485,000, the margin ₫1,185,000; Minh's 2 h are not the VA's utilisation.
    const rated = buildReview(ix, { ...opts, subcontractors: [sub], rates: parseConversionRates(["AUD=16500 VND since 2026-01-01"], "VND").rates });
    expect(rated.margins.clients).toEqual([{ clientKey: "Harbour", name: "Harbour", ms: 7_200_000, billedHome: 1485000, costHome: 300000, marginHome: 1185000 }]);
    expect(rated.subcontractorBillableMs).toBe(7_200_000);
    expect(rated.billableMs).toBe(10_800_000);
    // Of 10 h capacity: 1 h is the VA's own (10 %), not the 3 h billable in all (30 % before).
    expect(buildReview(ix, { ...opts, capacityHours: 10, subcontractors: [sub] }).utilisationPercent).toBe(10);
    expect(buildReview(ix, { ...opts, capacityHours: 10 }).utilisationPercent).toBe(30);
    const ratedText = reviewMarkdown(rated, "en");
    expect(ratedText).toContain("| Minh | 2.00 | ₫300,000 | A$90.00 | ₫300,000 | ₫1,485,000 | ₫1,185,000 |");
    expect(ratedText).toContain("### Margin per client\n\n| Client | Hours | Billed (VND) | Cost (VND) | Margin (VND) |\n| --- | ---: | ---: | ---: | ---: |\n| Harbour | 2.00 | ₫1,485,000 | ₫300,000 | ₫1,185,000 |");
    expect(ratedText).toContain("Subcontractors' billable time (2.00 h) is not counted in your utilisation.");
  });
});

describe("the weekly review's income forecast", () => {
  const opts = { zone: VA, weekStart: "mon" as const, home: "VND", capacityHours: 30, rates, invoices: [], now: Date.parse("2026-11-27T12:00+07:00") };

  it("covers the three months after the month of the week's last day, in the VA's zone", () => {
    const ix = index();
    expect(buildReview(ix, { ...opts, week: "2026-W48" }).forecast.months.map((m) => m.month)).toEqual(["2026-12", "2027-01", "2027-02"]);
    // 30 November – 6 December: the week ends in December.
    expect(buildReview(ix, { ...opts, week: "2026-W49" }).forecast.months.map((m) => m.month)).toEqual(["2027-01", "2027-02", "2027-03"]);
  });

  it("is a section of the note, after the invoices outstanding", () => {
    const m = buildReview(index(), { ...opts, week: "2026-W48" });
    // The retainer's $1 200 a month at 26 000.5 VND.
    expect(m.forecast.clients.map((c) => [c.key, c.months.map((x) => x.homeMinor)])).toEqual([["Bright", [31200600, 31200600, 31200600]]]);
    const text = reviewMarkdown(m, "en");
    expect(text.indexOf("## Income forecast")).toBeGreaterThan(text.indexOf("## Invoices outstanding"));
    expect(text).toContain("| [[Bright]] | ₫31,200,600 | ₫31,200,600 | ₫31,200,600 | ₫93,601,800 |");
    expect(reviewMarkdown(m, "vi")).toContain("## Dự báo thu nhập");
  });
});
