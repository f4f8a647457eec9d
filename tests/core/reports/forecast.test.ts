// The income forecast: the next three calendar months of the VA's zone (Ho Chi Minh City), retainer
// fees and planned hours × rate per client (Sydney, London, New York, Ho Chi Minh City), converted
// with the rate in force on each month's first day, exact in VND (0 decimals) and AUD/GBP/USD (2).
import { describe, expect, it } from "vitest";
import { buildForecast } from "../../../src/core/reports/forecast";
import { forecastSection } from "../../../src/core/reports/review-markdown";
import { parseConversionRates } from "../../../src/core/billing/conversion-rates";
import { CLIENTS, clientNotePath, note, testIndex, ZONES } from "../../support/vault";

const VA = ZONES.hcm;
const at = (iso: string) => Date.parse(iso);

let n = 0;
const block = (start: string, end: string, client: string, extra = "") => `- [start:: ${start}] [end:: ${end}] [client:: [[${client}]]] Work${extra} ^cd-plan${String(++n).padStart(4, "0")}`;

const files: Record<string, string> = {
  [clientNotePath("Harbour")]: note(CLIENTS.harbour), // Sydney, AUD 45/h
  [clientNotePath("Clara")]: note(["timezone: Europe/London", "currency: GBP", "rate: 32.50"]),
  [clientNotePath("Brightloop")]: note(CLIENTS.brightloop), // New York, USD 1200 a month for 20 h
  [clientNotePath("Tra Sen")]: note(CLIENTS.traSen), // Ho Chi Minh City, VND 200 000/h
  [clientNotePath("Studio")]: note(["timezone: Europe/London", "currency: GBP", "billing: fixed"]),
  [clientNotePath("Old Co")]: note(["timezone: America/New_York", "currency: USD", "billing: retainer", "retainer_fee: 900", "retainer_hours: 10", "status: paused"]),
  [clientNotePath("Prospect")]: note(["timezone: Australia/Sydney", "currency: AUD", "rate: 50", "status: lead"]),
  [clientNotePath("No Rate")]: note(["timezone: Asia/Ho_Chi_Minh", "currency: VND"]),
  "Planner/2026-W49.md": [
    // 03:00–05:00 Sydney on 1 December is 23:00–01:00 in Ho Chi Minh City: one hour is November's.
    block("2026-12-01T03:00+11:00", "2026-12-01T05:00+11:00", "Harbour"),
    block("2026-12-02T09:00+11:00", "2026-12-02T12:00+11:00", "Harbour"),
    // 1 h 20 min at 200 000 VND = 266 666.67 → 266 667 VND.
    block("2026-12-03T09:00+07:00", "2026-12-03T10:20+07:00", "Tra Sen"),
    block("2026-12-03T11:00+07:00", "2026-12-03T12:00+07:00", "Tra Sen", " #non-billable"),
    // A retainer's planned hours are its included hours: no money of their own.
    block("2026-12-02T09:00-05:00", "2026-12-02T11:00-05:00", "Brightloop"),
    block("2026-12-04T09:00+07:00", "2026-12-04T10:00+07:00", "Prospect"),
    block("2026-12-04T10:00+07:00", "2026-12-04T11:00+07:00", "No Rate"),
    block("2026-12-04T11:00+07:00", "2026-12-04T12:00+07:00", "Nobody"),
  ].join("\n"),
  "Planner/2026-W50.md": block("2026-12-08T14:00+00:00", "2026-12-08T16:00+00:00", "Clara"),
  "Planner/2027-W01.md": block("2027-01-05T09:00+11:00", "2027-01-05T10:30+11:00", "Harbour"),
  // 18:00 in London on 31 January is 01:00 on 1 February in Ho Chi Minh City: February's.
  "Planner/2027-W04.md": block("2027-01-31T18:00+00:00", "2027-01-31T19:00+00:00", "Clara"),
  // 23:30 in London on 28 February is already March in Ho Chi Minh City: after the forecast.
  "Planner/2027-W08.md": block("2027-02-28T23:30+00:00", "2027-03-01T00:30+00:00", "Clara"),
};

const { rates } = parseConversionRates(
  ["AUD=16500 VND since 2026-10-01", "AUD=17000 VND since 2027-01-01", "USD=26000.5 VND since 2026-11-01", "GBP=33000 VND since 2027-02-01"],
  "VND",
);

describe("the income forecast in VND for Linh in Ho Chi Minh City", () => {
  const index = testIndex(files, { homeCurrency: "VND" });
  const f = buildForecast(index, { from: at("2026-11-25T10:00+07:00"), zone: VA, home: "VND", rates });

  it("covers the three calendar months after now, in the VA's zone", () => {
    expect(f.months.map((m) => [m.month, m.from, m.to])).toEqual([
      ["2026-12", at("2026-12-01T00:00+07:00"), at("2027-01-01T00:00+07:00")],
      ["2027-01", at("2027-01-01T00:00+07:00"), at("2027-02-01T00:00+07:00")],
      ["2027-02", at("2027-02-01T00:00+07:00"), at("2027-03-01T00:00+07:00")],
    ]);
  });

  it("prices retainers by their fee and hourly clients by planned hours inside each month, exactly", () => {
    const rows = Object.fromEntries(f.clients.map((c) => [c.key, c.months.map((m) => [m.plannedMs / 60_000, m.feeMinor, m.hoursMinor, m.minor, m.homeMinor])]));
    expect(rows).toEqual({
      // $1 200.00 at 26 000.5 = 31 200 600 VND a month; its 2 planned hours are inside the retainer.
      Brightloop: [
        [120, 120000, 0, 120000, 31200600],
        [0, 120000, 0, 120000, 31200600],
        [0, 120000, 0, 120000, 31200600],
      ],
      // 1 h (of the block across midnight) + 3 h = A$180.00 at 16 500; January 1.5 h = A$67.50 at 17 000.
      Harbour: [
        [240, 0, 18000, 18000, 2970000],
        [90, 0, 6750, 6750, 1147500],
        [0, 0, 0, 0, 0],
      ],
      // £65.00 with no GBP rate yet in December; February's hour at 33 000 = 1 072 500 VND.
      Clara: [
        [120, 0, 6500, 6500, null],
        [0, 0, 0, 0, 0],
        [60, 0, 3250, 3250, 1072500],
      ],
      "Tra Sen": [
        [80, 0, 266667, 266667, 266667],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
      ],
    });
    expect(f.clients.map((c) => c.key)).toEqual(["Brightloop", "Harbour", "Clara", "Tra Sen"]);
    expect(f.clients[0].months[0].rateText).toBe("USD=26000.5 VND since 2026-11-01");
    expect(f.clients[1].months[1].rateText).toBe("AUD=17000 VND since 2027-01-01");
  });

  it("totals each month and names its largest client and the missing rates", () => {
    expect(f.months.map((m) => [m.homeMinor, m.largest, m.missingRates])).toEqual([
      [34437267, { key: "Brightloop", name: "Brightloop", percent: 91 }, ["GBP"]],
      [32348100, { key: "Brightloop", name: "Brightloop", percent: 96 }, []],
      [32273100, { key: "Brightloop", name: "Brightloop", percent: 97 }, []],
    ]);
    expect(f.homeMinor).toBe(34437267 + 32348100 + 32273100);
    expect(f.largest).toEqual({ key: "Brightloop", name: "Brightloop", percent: 94 }); // 93 601 800 of 99 058 467
    expect(f.missingRates).toEqual(["GBP"]);
  });

  it("names fixed-price clients and clients it cannot price; leaves out leads, paused clients and unknown ones", () => {
    expect(f.fixed).toEqual([{ key: "Studio", name: "Studio" }]);
    expect(f.unpriced).toEqual([{ key: "No Rate", name: "No Rate" }]);
    for (const key of ["Old Co", "Prospect", "Studio", "No Rate", "Nobody"]) expect(f.clients.map((c) => c.key)).not.toContain(key);
  });

  it("names a client whose note has an error in a field it reads, instead of guessing", () => {
    const ix = testIndex(
      {
        // `aud` is no currency code: the client would fall back to the home currency at ₫45 an hour.
        [clientNotePath("Typo")]: note(["timezone: Australia/Sydney", "currency: aud", "rate: 45"]),
        // An error in a field the forecast does not read does not stop it.
        [clientNotePath("Hours Typo")]: note(["timezone: Australia/Sydney", "currency: AUD", "billing: retainer", "retainer_fee: 100", "retainer_hours: 5", "working_hours: 9-5"]),
        "Planner/2026-W49.md": block("2026-12-04T13:00+07:00", "2026-12-04T14:00+07:00", "Typo"),
      },
      { homeCurrency: "VND" },
    );
    expect(ix.diagnostics().filter((d) => d.severity === "error").map((d) => [d.file, d.field])).toEqual([
      [clientNotePath("Hours Typo"), "working_hours"],
      [clientNotePath("Typo"), "currency"],
    ]);
    const g = buildForecast(ix, { from: at("2026-11-25T10:00+07:00"), zone: VA, home: "VND", rates });
    expect(g.unreadable).toEqual([{ key: "Typo", name: "Typo" }]);
    expect(g.clients.map((c) => [c.key, c.months[0].homeMinor])).toEqual([["Hours Typo", 1650000]]);
    expect(forecastSection(g, "en")).toContain("Not forecast until their client notes are fixed (Check client data lists the problems): [[Typo]].");
  });

  it("follows the VA's calendar: late on 30 November in London is already December in Ho Chi Minh City", () => {
    const later = buildForecast(index, { from: at("2026-11-30T20:00+00:00"), zone: VA, home: "VND", rates });
    expect(later.months.map((m) => m.month)).toEqual(["2027-01", "2027-02", "2027-03"]);
    const inLondon = buildForecast(index, { from: at("2026-11-30T20:00+00:00"), zone: ZONES.london, home: "VND", rates });
    expect(inLondon.months.map((m) => m.month)).toEqual(["2026-12", "2027-01", "2027-02"]);
    // In London, Clara's hour on 31 January is January's, and half of her 23:30 block on 28 February is February's.
    expect(inLondon.clients.find((c) => c.key === "Clara")?.months.map((m) => m.plannedMs / 60_000)).toEqual([120, 60, 30]);
  });
});

describe("the income forecast in a home currency with cents", () => {
  it("converts VND and USD into AUD exactly, half up once", () => {
    const index = testIndex(files, { homeCurrency: "AUD" });
    const aud = parseConversionRates(["USD=1.53 AUD since 2026-01-01", "VND=0.000061 AUD since 2026-01-01", "GBP=2 AUD since 2026-01-01"], "AUD").rates;
    const f = buildForecast(index, { from: at("2026-11-25T10:00+07:00"), zone: VA, home: "AUD", rates: aud });
    const dec = Object.fromEntries(f.clients.map((c) => [c.key, c.months[0].homeMinor]));
    // $1 200.00 × 1.53 = A$1 836.00; 266 667 VND × 0.000061 = A$16.266687 → A$16.27; A$180.00 as is;
    // £65.00 × 2 = A$130.00.
    expect(dec).toEqual({ Brightloop: 183600, "Tra Sen": 1627, Harbour: 18000, Clara: 13000 });
    expect(f.months[0].homeMinor).toBe(183600 + 1627 + 18000 + 13000);
    expect(f.months[0].missingRates).toEqual([]);
    expect(f.clients.find((c) => c.key === "Harbour")?.months[0].rateText).toBeNull();
  });

  it("is empty, with no largest client, when nothing is expected", () => {
    const f = buildForecast(testIndex({ [clientNotePath("Harbour")]: note(CLIENTS.harbour) }), { from: at("2026-11-25T10:00+07:00"), zone: VA, home: "USD", rates: [] });
    expect(f.clients).toEqual([]);
    expect(f.homeMinor).toBe(0);
    expect(f.largest).toBeNull();
    expect(f.months.map((m) => m.largest)).toEqual([null, null, null]);
  });
});

describe("the forecast in the weekly review note", () => {
  const index = testIndex(files, { homeCurrency: "VND" });
  const f = buildForecast(index, { from: at("2026-11-25T10:00+07:00"), zone: VA, home: "VND", rates });

  it("is a table of the months with totals and the largest client, then what it leaves out", () => {
    const en = forecastSection(f, "en");
    expect(en[0]).toBe("## Income forecast");
    expect(en).toContain("| Client | 2026-12 | 2027-01 | 2027-02 | 3 months |");
    expect(en).toContain("| [[Brightloop]] | ₫31,200,600 | ₫31,200,600 | ₫31,200,600 | ₫93,601,800 |");
    expect(en).toContain("| [[Clara]] | £65.00, no rate | — | ₫1,072,500 | ₫1,072,500 |");
    expect(en).toContain("| [[Tra Sen]] | ₫266,667 | — | — | ₫266,667 |");
    expect(en).toContain("| **Total** | **₫34,437,267** | **₫32,348,100** | **₫32,273,100** | **₫99,058,467** |");
    expect(en).toContain("| Largest client | Brightloop, 91% | Brightloop, 96% | Brightloop, 97% | Brightloop, 94% |");
    expect(en).toContain("Largest client over the three months: Brightloop, 94% of the income expected in VND.");
    expect(en).toContain("No conversion rate to VND for: GBP. Add one in the settings; those amounts are left out of the totals.");
    expect(en).toContain("No rate or retainer fee to forecast with: [[No Rate]].");
    expect(en).toContain("Fixed-price clients, not forecast (packages are invoiced when delivered): [[Studio]].");
    expect(en.at(-1)).not.toBe("");
    // Intl puts a no-break space between a Vietnamese amount and its symbol.
    const vi = forecastSection(f, "vi").map((l) => l.replace(/\u00a0/g, " "));
    expect(vi[0]).toBe("## Dự báo thu nhập");
    expect(vi).toContain("| [[Clara]] | 65,00 £, chưa có tỷ giá | — | 1.072.500 ₫ | 1.072.500 ₫ |");
    expect(vi).toContain("| Khách hàng lớn nhất | Brightloop, 91% | Brightloop, 96% | Brightloop, 97% | Brightloop, 94% |");
  });

  it("says so when nothing is expected", () => {
    const none = buildForecast(testIndex({}), { from: at("2026-11-25T10:00+07:00"), zone: VA, home: "USD", rates: [] });
    expect(forecastSection(none, "en").join("\n")).toContain("Nothing expected yet: no retainer, and no hours planned for hourly clients in these months.");
    expect(forecastSection(none, "en")).not.toContain("| **Total** |");
  });
});
