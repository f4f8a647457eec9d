// The billing ledger against a small reference model: random sequences of logged entries across
// months, invoice runs on random dates (the default period, a month, a range of months, a
// supplementary run), voids, payments and deposits, in currencies of 0, 2 and 3 decimals. Each
// invoice is written as a note and read back, as the index reads it. After every step and once
// everything is billed:
// - each entry is billed by at most one live invoice, and in the end by exactly one;
// - each retainer month's fee is charged at most once across live invoices, and in the end
//   exactly once for every month from the first one worked to the last one that ended;
// - each month's overage is exactly the time past the allowance it was given (10 h, with rollover
//   at most 10 h more), arrears and advance;
// - the deposit credited never exceeds the deposit received;
// - every invoice's figures add up exactly: lines, discount, taxes, total, deposit, balance.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftInvoice } from "../../../src/core/billing/invoice-draft";
import { monthPeriod, periodOf } from "../../../src/core/billing/invoice-period";
import { renderInvoiceNote } from "../../../src/core/billing/invoice-write";
import type { InvoiceRecord } from "../../../src/core/billing/invoice-note";
import { shiftMonth } from "../../../src/core/billing/retainer";
import type { Entry } from "../../../src/core/shared/types";
import { BUSINESS, makeClient, readInvoice } from "../support/invoice-fixtures";

const ZONE = "Australia/Sydney";
const MONTHS = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"];
const CURRENCIES = { VND: { rate: 250000, fee: 20000000, overage: 300000 }, AUD: { rate: 45, fee: 1200, overage: 70 }, KWD: { rate: 12.5, fee: 350.125, overage: 15.75 } } as const;
type Currency = keyof typeof CURRENCIES;

type Action =
  | { kind: "log"; month: number; day: number; hour: number; minutes: number; task: string | null }
  | { kind: "invoice"; at: number; how: "default" | "month" | "range"; month: number; span: number }
  | { kind: "void"; which: number }
  | { kind: "pay"; which: number; share: number }
  | { kind: "deposit"; amount: number };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("log" as const), month: fc.integer({ min: 0, max: 5 }), day: fc.integer({ min: 1, max: 28 }), hour: fc.integer({ min: 0, max: 20 }), minutes: fc.integer({ min: 1, max: 600 }), task: fc.constantFrom(null, "Inbox", "[[Orders]]") }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("invoice" as const), at: fc.integer({ min: 1, max: 6 }), how: fc.constantFrom("default" as const, "default" as const, "month" as const, "range" as const), month: fc.integer({ min: 0, max: 5 }), span: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("void" as const), which: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("pay" as const), which: fc.nat(), share: fc.integer({ min: 1, max: 100 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("deposit" as const), amount: fc.integer({ min: 1, max: 500 }) }) },
);

const caseArb = fc.record({
  currency: fc.constantFrom<Currency>("VND", "AUD", "KWD"),
  billing: fc.constantFrom("hourly", "retainer"),
  retainerBilling: fc.constantFrom("arrears", "advance"),
  rollover: fc.boolean(),
  rounding: fc.constantFrom("1 up", "6 nearest", "15 up", "30 down"),
  tax: fc.constantFrom([], ["GST 10%"], ["VAT 8.875%", "City 0.5%"]),
  discount: fc.constantFrom("0%", "5%", "12.5%"),
  actions: fc.array(actionArb, { minLength: 1, maxLength: 14 }),
});

/** The minutes an entry bills alone (entry-scope rounding), worked out here, not by the code under test. */
function roundMinutes(ms: number, rule: string): number {
  const [stepText, mode] = rule.split(" ");
  const step = Number(stepText) * 60_000;
  const q = ms / step;
  const n = mode === "up" ? Math.ceil(q) : mode === "down" ? Math.floor(q) : Math.floor(q + 0.5);
  return (n * step) / 60_000;
}

/** |rounded − base × milli / 100000| ≤ ½, in integers. */
function withinHalf(rounded: number, base: number, milli: number): boolean {
  const diff = BigInt(rounded) * 100000n - BigInt(base) * BigInt(milli);
  return (diff < 0n ? -diff : diff) * 2n <= 100000n;
}

describe("the billing ledger against a reference model", () => {
  it("charges each fee once, bills each entry once, overage exactly, deposits never over, figures that add up", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const money = CURRENCIES[c.currency];
        let depositReceived = 0;
        const base = {
          timezone: ZONE,
          currency: c.currency,
          billing: c.billing,
          rate: money.rate,
          retainer_fee: money.fee,
          retainer_hours: 10,
          overage_rate: money.overage,
          retainer_billing: c.retainerBilling,
          rollover: c.rollover,
          rounding: c.rounding,
          tax: c.tax,
          discount: c.discount,
        };
        const clientNow = () => makeClient({ ...base, ...(depositReceived > 0 ? { deposit_amount: depositReceived } : {}) });
        const entries: Entry[] = [];
        const invoices: InvoiceRecord[] = [];
        /** Draft totals of each invoice by number, to check the arithmetic. */
        const drafted = new Map<string, { lines: number[]; discountMilli: number; taxMilli: number[] }>();
        let seq = 0;
        let now = Date.parse("2026-01-15T00:00:00Z");

        const run = (period: ReturnType<typeof monthPeriod>, at: number) => {
          const { client, fields } = clientNow();
          const r = draftInvoice({ client, fields, invoices, entries, packages: new Map(), now: at, period, pattern: "INV-{YYYY}-{seq:4}" });
          if (!r.ok) return false;
          const path = `Clients/Harbour Goods/Invoices/${r.draft.number}.md`;
          const inv = readInvoice(path, renderInvoiceNote(r.draft, BUSINESS));
          invoices.push(inv);
          drafted.set(inv.number, { lines: r.draft.lines.map((l) => l.amount), discountMilli: fields.discountMilli, taxMilli: client.tax.map((t) => t.milliPercent) });
          return true;
        };

        const check = (final: boolean) => {
          const live = invoices.filter((i) => i.status !== "void");
          // Each entry at most once; in the end every finished, billable entry exactly once.
          const claims = new Map<string, number>();
          for (const inv of live) for (const id of inv.entries) claims.set(id, (claims.get(id) ?? 0) + 1);
          for (const n of claims.values()) expect(n).toBe(1);
          if (final) for (const e of entries) expect(claims.get(e.id)).toBe(1);
          // Figures add up, exactly, in minor units.
          for (const inv of live) {
            const d = drafted.get(inv.number)!;
            const subtotal = d.lines.reduce((a, b) => a + b, 0);
            expect(inv.subtotal).toBe(subtotal);
            expect(withinHalf(inv.discount, subtotal, d.discountMilli)).toBe(true);
            const taxBase = subtotal - inv.discount;
            const taxes = d.taxMilli.map((m) => Number((BigInt(taxBase) * BigInt(m) * 2n + 100000n) / 200000n));
            expect(inv.tax).toBe(taxes.reduce((a, b) => a + b, 0));
            expect(inv.total).toBe(subtotal - inv.discount + inv.tax);
            expect(inv.deposit).toBeGreaterThanOrEqual(0);
            expect(inv.deposit).toBeLessThanOrEqual(inv.total);
            expect(inv.balance).toBe(inv.total - inv.deposit - inv.paid);
          }
          // The deposit credited never exceeds the deposit received.
          const credited = live.reduce((a, i) => a + i.deposit, 0);
          const received = Math.round(depositReceived * 10 ** (c.currency === "VND" ? 0 : c.currency === "AUD" ? 2 : 3));
          expect(credited).toBeLessThanOrEqual(received);
          if (c.billing !== "retainer") return;
          // Each fee at most once.
          const fees = new Map<string, number>();
          for (const inv of live) for (const m of inv.retainerMonths ?? []) fees.set(m, (fees.get(m) ?? 0) + 1);
          for (const n of fees.values()) expect(n).toBe(1);
          // Overage per month: exactly the minutes past the allowance the month was given (10 h, and
          // with rollover up to 10 h more carried from the month before), across live invoices.
          for (const m of fees.keys()) {
            const allowance = live.find((i) => i.retainerAllowance.has(m))?.retainerAllowance.get(m) ?? 600;
            expect(allowance).toBeGreaterThanOrEqual(600);
            expect(allowance).toBeLessThanOrEqual(c.rollover ? 1200 : 600);
            const used = entries.filter((e) => claims.has(e.id) && monthOf(e.start) === m).reduce((a, e) => a + roundMinutes((e.end ?? e.start) - e.start, c.rounding), 0);
            const billedOver = live.reduce((a, i) => a + (i.retainerOverage.get(m) ?? 0), 0);
            if (final) expect(billedOver).toBe(Math.max(0, used - allowance));
            else expect(billedOver).toBeGreaterThanOrEqual(0);
          }
          if (final) {
            // Every month from the first worked (or charged) to the last ended (in advance: to the
            // current one) is charged, once.
            const worked = [...entries.map((e) => monthOf(e.start)), ...fees.keys()].sort();
            const last = c.retainerBilling === "advance" ? "2026-07" : "2026-06";
            if (worked.length > 0) for (let m = worked[0]; m <= last; m = shiftMonth(m, 1)) expect(fees.get(m)).toBe(1);
          }
        };
        const monthOf = (ms: number) => new Date(ms + 11 * 3_600_000).toISOString().slice(0, 7);

        for (const a of c.actions) {
          if (a.kind === "log") {
            const month = MONTHS[a.month];
            const start = Date.parse(`${month}-${String(a.day).padStart(2, "0")}T${String(a.hour).padStart(2, "0")}:00:00+10:00`);
            if (start > now) now = start + 3_600_000 * 24;
            seq++;
            entries.push({
              id: `cd-m${String(seq).padStart(7, "0")}`,
              clientKey: "Harbour Goods",
              file: `Clients/Harbour Goods/Log/${month}.md`,
              line: seq,
              start,
              startOffset: 600,
              end: start + a.minutes * 60_000,
              endOffset: 600,
              task: a.task,
              note: "",
              billable: true,
              device: null,
            });
          } else if (a.kind === "invoice") {
            const at = Date.parse(`2026-${String(a.at + 1).padStart(2, "0")}-02T00:00:00Z`);
            now = Math.max(now, at);
            const first = MONTHS[a.month];
            const last = shiftMonth(first, a.span - 1);
            const period = a.how === "default" ? null : a.how === "month" ? monthPeriod(first, ZONE) : periodOf(`${first}-01`, monthPeriod(last, ZONE)!.toDate, ZONE);
            run(period, now);
          } else if (a.kind === "void") {
            const live = invoices.filter((i) => i.status !== "void");
            if (live.length > 0) live[a.which % live.length].status = "void";
          } else if (a.kind === "pay") {
            const open = invoices.filter((i) => i.status !== "void" && i.balance > 0);
            if (open.length > 0) {
              const inv = open[a.which % open.length];
              const amount = Math.max(1, Math.floor((inv.balance * a.share) / 100));
              inv.paid += amount;
              inv.balance -= amount;
              inv.status = inv.balance === 0 ? "paid" : "sent";
            }
          } else depositReceived += a.amount;
          check(false);
        }
        // Settle: bill everything left with the default period, as a VA would month after month.
        const end = Date.parse("2026-07-02T00:00:00Z");
        for (let i = 0; i < 24 && run(null, Math.max(now, end)); i++);
        check(true);
      }),
      { numRuns: Number(process.env.MODEL_RUNS ?? 1000) },
    );
  }, 600_000);
});
