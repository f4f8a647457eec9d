import { describe, expect, it } from "vitest";
import { bill, type BillingInput } from "../../../src/core/billing/billing";
import { NO_RETAINER_HISTORY } from "../../../src/core/billing/retainer";
import { periodOf } from "../../../src/core/billing/invoice-period";
import type { PackageInfo } from "../../../src/core/billing/package-note";
import { entry, makeClient } from "../support/invoice-fixtures";

const SYD = "Australia/Sydney";
const NOV = periodOf("2026-11-01", "2026-11-30", SYD)!;

const NO_HISTORY = NO_RETAINER_HISTORY;

function input(data: Record<string, unknown>, entries: BillingInput["entries"], over: Partial<BillingInput> = {}): BillingInput {
  const { client, fields } = makeClient({ timezone: SYD, currency: "AUD", ...data });
  return {
    client,
    fields,
    entries,
    ...NOV,
    billed: new Set(),
    packages: new Map(),
    packagesBilled: new Set(),
    retainer: NO_HISTORY,
    depositCredit: fields.depositMinor ?? 0,
    ...over,
  };
}

describe("bill: hourly", () => {
  it("groups by task, rounds per the client, prices at the rate, taxes the discounted subtotal", () => {
    const es = [
      entry("2026-11-03T00:00Z", 50, { task: "[[Newsletter]]" }), // 15 up → 60 min
      entry("2026-11-04T00:00Z", 20, { task: "newsletter" }), // same task, → 30 min
      entry("2026-11-05T00:00Z", 7, {}), // no task → 15 min
      entry("2026-11-05T02:00Z", 60, { billable: false }),
      entry("2026-11-06T02:00Z", 60, { end: null }),
    ];
    const r = bill(input({ rate: 45, rounding: "15 up", tax: ["GST 10%"], discount: "5%" }, es));
    expect(r.problems).toEqual([]);
    expect(r.lines.map((l) => [l.text, l.minutes, l.amount])).toEqual([
      ["[[Newsletter]]", 90, 6750],
      ["", 15, 1125],
    ]);
    expect(r.totals).toMatchObject({ subtotal: 7875, discount: 394, tax: 748, total: 8229, deposit: 0, balance: 8229 });
    expect(r.entries.map((e) => e.id)).toEqual(es.slice(0, 3).map((e) => e.id));
    expect(r.checks.map(([id]) => id)).toEqual(es.slice(0, 3).map((e) => e.id));
  });

  it("one line per entry with invoice_lines: entry, each rounded on its own", () => {
    const es = [entry("2026-11-03T00:00Z", 50, { note: "Drafted issue" }), entry("2026-11-04T00:00Z", 20, { note: "Sent issue" })];
    const r = bill(input({ rate: 40, rounding: "30 up", invoice_lines: "entry" }, es));
    expect(r.lines.map((l) => [l.text, l.minutes, l.amount])).toEqual([
      ["Drafted issue", 60, 4000],
      ["Sent issue", 30, 2000],
    ]);
  });

  it("one line per entry with task rounding: the task's rounded total, shared over its entries", () => {
    // 50 + 20 = 70 min of one task → 90 min rounded as a task; 7 min of another → 30.
    const es = [
      entry("2026-11-03T00:00Z", 50, { note: "Drafted issue", task: "Newsletter" }),
      entry("2026-11-04T00:00Z", 20, { note: "Sent issue", task: "newsletter" }),
      entry("2026-11-05T00:00Z", 7, { note: "Call" }),
    ];
    const r = bill(input({ rate: 40, rounding: "30 up task", invoice_lines: "entry" }, es));
    expect(r.lines.map((l) => [l.text, l.minutes])).toEqual([
      ["Drafted issue", 64],
      ["Sent issue", 26],
      ["Call", 30],
    ]);
    expect(r.totals.subtotal).toBe(bill(input({ rate: 40, rounding: "30 up task" }, es)).totals.subtotal);
  });

  it("bills only entries starting inside the period in the client's zone, and none already billed", () => {
    const before = entry("2026-10-31T12:59Z", 30); // 23:59 on 31 Oct in Sydney
    const first = entry("2026-10-31T13:00Z", 30); // 00:00 on 1 Nov in Sydney
    const billed = entry("2026-11-10T00:00Z", 30);
    const last = entry("2026-11-30T12:59Z", 30); // 23:59 on 30 Nov
    const after = entry("2026-11-30T13:00Z", 30);
    const r = bill(input({ rate: 10 }, [before, first, billed, last, after], { billed: new Set([billed.id]) }));
    expect(r.entries.map((e) => e.id)).toEqual([first.id, last.id]);
  });

  it("refuses a client with no rate, and a period with nothing to bill", () => {
    const r = bill(input({}, [entry("2026-11-03T00:00Z", 60)]));
    expect(r.problems).toEqual([{ code: "rate-missing", severity: "error", field: "rate", params: { billing: "hourly" } }]);
    expect(bill(input({ rate: 10 }, [])).problems.map((p) => p.code)).toEqual(["invoice-nothing"]);
  });

  it("credits the deposit money left, never more than the invoice's total; a deposit percent takes nothing off", () => {
    const es = [entry("2026-11-03T00:00Z", 60)];
    expect(bill(input({ rate: 100, deposit: 50 }, es)).totals).toMatchObject({ total: 10000, deposit: 0, balance: 10000 });
    expect(bill(input({ rate: 100 }, es, { depositCredit: 3000 })).totals).toMatchObject({ total: 10000, deposit: 3000, balance: 7000 });
    // A deposit larger than the invoice stops at its total.
    expect(bill(input({ rate: 100 }, es, { depositCredit: 30000 })).totals).toMatchObject({ deposit: 10000, balance: 0 });
  });
});

describe("bill: retainer by calendar month", () => {
  const retainer = { billing: "retainer", retainer_fee: 1200, retainer_hours: 20, overage_rate: 70, rollover: true };
  const history = (charged: string[], used: [string, number][] = [], overage: [string, number][] = []) => ({
    charged: new Map(charged.map((m): [string, number | null] => [m, null])),
    used: new Map(used),
    overage: new Map(overage),
  });

  it("fee, hours listed as included, overage past the included hours at the overage rate", () => {
    const es = [entry("2026-11-03T00:00Z", 12 * 60, { task: "Inbox" }), entry("2026-11-04T00:00Z", 9 * 60 + 30, { task: "Orders" })];
    const r = bill(input(retainer, es));
    expect(r.lines.map((l) => [l.kind, l.month, l.minutes, l.amount])).toEqual([
      ["retainer", "2026-11", 1200, 120000],
      ["time", null, 720, 0],
      ["time", null, 570, 0],
      ["overage", "2026-11", 90, 10500],
    ]);
    expect(r.totals.total).toBe(130500);
    expect(r.retainerMonths).toEqual([["2026-11", 1200]]);
    expect(r.retainerMinutes).toEqual([["2026-11", 1290]]);
    expect(r.carryOutMinutes).toBe(0);
  });

  it("rolls unused hours into the next month, at most one month's hours, and uses them first", () => {
    const light = bill(input(retainer, [entry("2026-11-03T00:00Z", 15 * 60)]));
    expect(light.carryOutMinutes).toBe(5 * 60);
    expect(light.lines.find((l) => l.kind === "overage")).toBeUndefined();
    // December: 20 h + 5 h carried; 24 h used → no overage, 1 h carried on.
    const DEC = periodOf("2026-12-01", "2026-12-31", SYD)!;
    const dec = bill(input(retainer, [entry("2026-12-03T00:00Z", 24 * 60)], { ...DEC, retainer: history(["2026-11"], [["2026-11", 15 * 60]]) }));
    expect(dec.lines[0]).toMatchObject({ kind: "retainer", month: "2026-12", minutes: 25 * 60, amount: 120000 });
    expect(dec.lines.some((l) => l.kind === "overage")).toBe(false);
    expect(dec.carryOutMinutes).toBe(60);
    // An idle month carries at most 20 h, however much came in.
    const idle = bill(input(retainer, [], { ...DEC, retainer: history(["2026-10", "2026-11"], [["2026-10", 0], ["2026-11", 0]]) }));
    expect(idle.lines).toMatchObject([{ kind: "retainer", minutes: 40 * 60 }]);
    expect(idle.problems).toEqual([]);
  });

  it("a month whose fee is charged is never charged again: its late hours use what is left of its allowance", () => {
    // 1,170 of 1,200 minutes were invoiced; one more hour is 30 minutes of overage, not 60.
    const late = bill(input(retainer, [entry("2026-11-28T00:00Z", 60)], { retainer: history(["2026-11"], [["2026-11", 1170]]) }));
    expect(late.lines.map((l) => [l.kind, l.minutes, l.amount])).toEqual([
      ["time", 60, 0],
      ["overage", 30, 3500],
    ]);
    expect(late.retainerMonths).toEqual([]);
    expect(late.retainerMinutes).toEqual([["2026-11", 60]]);
    expect(bill(input(retainer, [], { retainer: history(["2026-11"]) })).problems.map((p) => p.code)).toEqual(["invoice-nothing"]);
  });

  it("a period of several months charges each month's fee, and measures each month's hours against its own allowance", () => {
    const OCT_NOV = periodOf("2026-10-01", "2026-11-30", SYD)!;
    const es = [entry("2026-10-05T00:00Z", 22 * 60, { task: "Inbox" }), entry("2026-11-05T00:00Z", 10 * 60, { task: "Inbox" })];
    const r = bill(input({ ...retainer, rollover: false }, es, OCT_NOV));
    expect(r.lines.map((l) => [l.kind, l.month, l.minutes, l.amount])).toEqual([
      ["retainer", "2026-10", 1200, 120000],
      ["retainer", "2026-11", 1200, 120000],
      ["time", "2026-10", 1320, 0],
      ["time", "2026-11", 600, 0],
      ["overage", "2026-10", 120, 14000],
    ]);
    expect(r.retainerMonths).toEqual([
      ["2026-10", 1200],
      ["2026-11", 1200],
    ]);
    // A whole year charges twelve fees.
    const YEAR = periodOf("2026-01-01", "2026-12-31", SYD)!;
    expect(bill(input(retainer, [], YEAR)).retainerMonths).toHaveLength(12);
  });

  it("in advance: the current month's fee, with the hours of the months before", () => {
    const advance = { ...retainer, retainer_billing: "advance" };
    const DEC = periodOf("2026-12-01", "2026-12-31", SYD)!;
    const es = [entry("2026-11-20T00:00Z", 21 * 60), entry("2026-12-02T00:00Z", 60)];
    const r = bill(input(advance, es, { ...DEC, retainer: history(["2026-11"]) }));
    expect(r.lines.map((l) => [l.kind, l.month, l.minutes, l.amount])).toEqual([
      ["retainer", "2026-12", 1200, 120000],
      ["time", "2026-11", 1260, 0],
      ["overage", "2026-11", 60, 7000],
    ]);
    expect(r.entries).toHaveLength(1);
  });

  it("without rollover nothing carries", () => {
    const r = bill(input({ ...retainer, rollover: false }, [entry("2026-11-03T00:00Z", 60)]));
    expect(r.carryOutMinutes).toBe(0);
  });
});

describe("bill: fixed-price packages", () => {
  const pkg: PackageInfo = { key: "Social starter", file: "Packages/Social starter.md", name: "Social starter", price: 45000, currency: "AUD", deliverables: [], doneWhen: null, recurring: "once" };
  const packages = new Map([["instagram launch", pkg]]);

  it("bills a task's package once; its later entries are included at no charge", () => {
    const es = [entry("2026-11-03T00:00Z", 120, { task: "[[Instagram launch]]" }), entry("2026-11-04T00:00Z", 60, { task: "Inbox" })];
    const r = bill(input({ billing: "fixed", rate: 40 }, es, { packages }));
    expect(r.lines.map((l) => [l.kind, l.text, l.quantity, l.amount])).toEqual([
      ["time", "Inbox", 1, 4000],
      ["package", "Social starter: [[Instagram launch]]", 1, 45000],
    ]);
    expect(r.packages).toEqual(["instagram launch"]);
    const later = bill(input({ billing: "fixed", rate: 40 }, [entry("2026-11-20T00:00Z", 60, { task: "Instagram launch" })], { packages, packagesBilled: new Set(["instagram launch"]) }));
    expect(later.lines).toMatchObject([{ kind: "package", quantity: 0, amount: 0 }]);
    expect(later.totals.total).toBe(0);
  });

  it("fixed billing without a rate leaves time outside packages unbilled, with a warning", () => {
    const es = [entry("2026-11-03T00:00Z", 120, { task: "Instagram launch" }), entry("2026-11-04T00:00Z", 60, { task: "Inbox" })];
    const r = bill(input({ billing: "fixed" }, es, { packages }));
    expect(r.problems).toMatchObject([{ code: "invoice-entry-unpriced", severity: "warning" }]);
    expect(r.entries.map((e) => e.task)).toEqual(["Instagram launch"]);
  });

  it("refuses a package priced in another currency", () => {
    const r = bill(input({ billing: "fixed" }, [entry("2026-11-03T00:00Z", 60, { task: "Instagram launch" })], { packages: new Map([["instagram launch", { ...pkg, currency: "USD" }]]) }));
    expect(r.problems.map((p) => p.code)).toContain("package-currency");
  });
});
