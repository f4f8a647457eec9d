// Billing rounding: per entry and per task, billed figures only, exact integer milliseconds.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Rounding } from "../../../src/core/shared/types";
import {
  billableRawMs,
  billedByTask,
  billedEntryMs,
  billedMs,
  billedPerEntryMs,
  billedPerTaskMs,
  roundMs,
  taskKey,
  type BillableSpan,
} from "../../../src/core/billing/rounding";
import { RUNS } from "../support/arbitraries";

const MIN = 60_000;
const rule = (stepMinutes: number, mode: Rounding["mode"], scope: Rounding["scope"] = "entry"): Rounding => ({ stepMinutes, mode, scope });
const span = (minutes: number, extra: Partial<BillableSpan> = {}): BillableSpan => ({
  start: Date.UTC(2026, 10, 23, 2),
  end: Date.UTC(2026, 10, 23, 2) + Math.round(minutes * MIN),
  billable: true,
  task: null,
  ...extra,
});

const modeArb = fc.constantFrom<Rounding["mode"]>("up", "nearest", "down");
const ruleArb = fc.record({
  stepMinutes: fc.integer({ min: 1, max: 60 }),
  mode: modeArb,
  scope: fc.constantFrom<Rounding["scope"]>("entry", "task"),
});
/** Durations up to ~3 days, in ms, often whole minutes or seconds. */
const durationArb = fc.oneof(
  fc.integer({ min: 0, max: 3 * 24 * 60 }).map((m) => m * MIN),
  fc.integer({ min: 0, max: 3 * 24 * 3600 }).map((s) => s * 1000),
  fc.integer({ min: 0, max: 3 * 24 * 3600 * 1000 }),
);
const entryArb = fc.record({
  start: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
  length: fc.integer({ min: 1, max: 10 * 3600 * 1000 }),
  billable: fc.boolean(),
  running: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  task: fc.constantFrom(null, "[[Newsletter]]", "Newsletter", "[[newsletter|News]]", "Inbox", "[[Uploads]]"),
}).map((r): BillableSpan => ({ start: r.start, end: r.running ? null : r.start + r.length, billable: r.billable, task: r.task }));

describe("roundMs", () => {
  it.each([
    [7, "up", 15, 15],
    [15, "up", 15, 15],
    [16, "up", 15, 30],
    [7, "down", 15, 0],
    [22, "down", 15, 15],
    [7.5, "nearest", 15, 15],
    [7.49, "nearest", 15, 0],
    [22.5, "nearest", 15, 30],
    [3, "nearest", 6, 6],
    [2.99, "nearest", 6, 0],
    [61, "up", 60, 120],
  ] as const)("%s min, %s to %s min → %s min", (minutes, mode, step, expected) => {
    expect(roundMs(Math.round(minutes * MIN), rule(step, mode))).toBe(expected * MIN);
  });

  it("leaves exact multiples alone, and zero stays zero", () => {
    for (const mode of ["up", "nearest", "down"] as const) {
      expect(roundMs(0, rule(15, mode))).toBe(0);
      expect(roundMs(45 * MIN, rule(15, mode))).toBe(45 * MIN);
    }
  });

  it("rounds to the whole minute with the default rule (1 up)", () => {
    expect(roundMs(30_000, rule(1, "up"))).toBe(MIN);
    expect(roundMs(61_000, rule(1, "up"))).toBe(2 * MIN);
  });

  it("refuses a step outside 1–60 minutes and durations that are not whole ms", () => {
    expect(() => roundMs(MIN, rule(0, "up"))).toThrow(RangeError);
    expect(() => roundMs(MIN, rule(61, "up"))).toThrow(RangeError);
    expect(() => roundMs(1.5, rule(1, "up"))).toThrow(RangeError);
    expect(() => roundMs(-1, rule(1, "up"))).toThrow(RangeError);
  });

  it("up ≥ raw ≥ down, nearest within half a step, all whole multiples of the step", () => {
    fc.assert(
      fc.property(durationArb, fc.integer({ min: 1, max: 60 }), (ms, step) => {
        const up = roundMs(ms, rule(step, "up"));
        const down = roundMs(ms, rule(step, "down"));
        const near = roundMs(ms, rule(step, "nearest"));
        const s = step * MIN;
        expect(up).toBeGreaterThanOrEqual(ms);
        expect(ms).toBeGreaterThanOrEqual(down);
        expect(up - down).toBeLessThanOrEqual(s);
        expect(Math.abs(near - ms)).toBeLessThanOrEqual(s / 2);
        expect(near === up || near === down).toBe(true);
        for (const v of [up, down, near]) {
          expect(Number.isSafeInteger(v)).toBe(true);
          expect(v % s).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it("is idempotent and monotonic", () => {
    fc.assert(
      fc.property(durationArb, durationArb, fc.integer({ min: 1, max: 60 }), modeArb, (a, b, step, mode) => {
        const r = rule(step, mode);
        expect(roundMs(roundMs(a, r), r)).toBe(roundMs(a, r));
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(roundMs(lo, r)).toBeLessThanOrEqual(roundMs(hi, r));
      }),
      RUNS,
    );
  });

  it("nearest rounds exact halves up", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 60 }), (k, step) => {
        const s = step * MIN;
        expect(roundMs(k * s + s / 2, rule(step, "nearest"))).toBe((k + 1) * s);
        expect(roundMs(k * s + s / 2 - 1, rule(step, "nearest"))).toBe(k * s);
      }),
      RUNS,
    );
  });
});

describe("billed figures", () => {
  it("round each entry for scope entry, and each task's total once for scope task", () => {
    const entries = [span(7, { task: "[[Newsletter]]" }), span(7, { task: "Newsletter" }), span(7, { task: "[[newsletter|News]]" }), span(20)];
    expect(billedMs(entries, rule(15, "up"))).toBe((15 + 15 + 15 + 30) * MIN);
    // One task of 21 minutes → 30; the entries without a task, 20 → 30.
    expect(billedMs(entries, rule(15, "up", "task"))).toBe((30 + 30) * MIN);
    expect(billedByTask(entries, rule(15, "up", "task"))).toEqual([
      { key: "newsletter", task: "[[Newsletter]]", count: 3, rawMs: 21 * MIN, billedMs: 30 * MIN },
      { key: null, task: null, count: 1, rawMs: 20 * MIN, billedMs: 30 * MIN },
    ]);
  });

  it("leave out non-billable entries and running timers, and never change the entries", () => {
    const entries = [span(10), span(50, { billable: false }), { ...span(5), end: null }];
    const copy = structuredClone(entries);
    expect(billedMs(entries, rule(15, "up"))).toBe(15 * MIN);
    expect(billedEntryMs(entries[1], rule(15, "up"))).toBe(0);
    expect(billedEntryMs(entries[2], rule(15, "up"))).toBe(0);
    expect(billableRawMs(entries)).toBe(10 * MIN);
    expect(entries).toEqual(copy);
  });

  it("allows a zero billed time for down", () => {
    expect(billedMs([span(4)], rule(6, "down"))).toBe(0);
  });

  it("groups tasks by link target, ignoring case and Unicode normalisation", () => {
    expect(taskKey("[[Trà Sen|x]]")).toBe(taskKey("tra\u0300 sen"));
    expect(taskKey("[[Newsletter#Draft]]")).toBe("newsletter");
    expect(taskKey(null)).toBeNull();
    expect(taskKey("")).toBeNull();
  });

  it("per task never bills more than per entry for up, nor less for down; non-billable entries never count", () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 30 }), ruleArb, (entries, r) => {
        const up = { ...r, mode: "up" as const };
        const down = { ...r, mode: "down" as const };
        expect(billedPerTaskMs(entries, up)).toBeLessThanOrEqual(billedPerEntryMs(entries, up));
        expect(billedPerTaskMs(entries, down)).toBeGreaterThanOrEqual(billedPerEntryMs(entries, down));
        const raw = billableRawMs(entries);
        expect(billedPerTaskMs(entries, up)).toBeGreaterThanOrEqual(raw);
        expect(billedPerEntryMs(entries, down)).toBeLessThanOrEqual(raw);
        // Non-billable entries add nothing, whatever their length.
        const billableOnly = entries.filter((e) => e.billable);
        expect(billedMs(entries, r)).toBe(billedMs(billableOnly, r));
        // Per task: the totals add up to the raw billable time.
        const groups = billedByTask(entries, r);
        expect(groups.reduce((n, g) => n + g.rawMs, 0)).toBe(raw);
        expect(billedMs(entries, r)).toBe(r.scope === "task" ? groups.reduce((n, g) => n + g.billedMs, 0) : billedPerEntryMs(entries, r));
        // The order of the entries does not matter.
        expect(billedMs(entries.slice().reverse(), r)).toBe(billedMs(entries, r));
      }),
      RUNS,
    );
  });

  it("per entry is within one step per entry of the raw time", () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 30 }), ruleArb, (entries, r) => {
        const n = entries.filter((e) => e.billable && e.end !== null).length;
        const diff = billedPerEntryMs(entries, r) - billableRawMs(entries);
        expect(Math.abs(diff)).toBeLessThanOrEqual(n * r.stepMinutes * MIN);
      }),
      RUNS,
    );
  });
});
