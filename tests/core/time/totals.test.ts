// Time per client inside a range (src/core/time/totals.ts): entries clipped to the range, running
// ones up to now.
import { describe, expect, it } from "vitest";
import { overlapMs, totalsByClient } from "../../../src/core/time/totals";
import { dayRange } from "../../../src/core/shared/week";
import type { Entry } from "../../../src/core/shared/types";

const HCM = "Asia/Ho_Chi_Minh";
const at = (iso: string) => Date.parse(iso);

function entry(p: Partial<Entry> & { start: number }): Entry {
  return { id: "x", clientKey: "Acme", file: "f", line: 1, startOffset: 420, end: null, endOffset: null, task: null, note: "", billable: true, device: null, ...p };
}

describe("totals per client", () => {
  it("counts entries clipped to the day, running ones up to now, per client", () => {
    const day = dayRange(at("2026-11-23T12:00+07:00"), HCM);
    const now = at("2026-11-23T12:00+07:00");
    const totals = totalsByClient(
      [
        entry({ clientKey: "Acme", start: at("2026-11-22T23:00+07:00"), end: at("2026-11-23T01:00+07:00") }),
        entry({ clientKey: "Acme", start: at("2026-11-23T09:00+07:00"), end: at("2026-11-23T09:30+07:00"), billable: false }),
        entry({ clientKey: "Bright", start: at("2026-11-23T11:00+07:00") }),
      ],
      day,
      now,
    );
    expect(totals).toEqual([
      { key: "Acme", ms: 90 * 60_000, billableMs: 60 * 60_000 },
      { key: "Bright", ms: 60 * 60_000, billableMs: 60 * 60_000 },
    ]);
  });

  it("a running entry started after now counts nothing; one outside the range neither", () => {
    expect(overlapMs({ start: 100, end: null }, 0, 1000, 50)).toBe(0);
    expect(overlapMs({ start: 100, end: 200 }, 300, 400, 500)).toBe(0);
    expect(overlapMs({ start: 100, end: null }, 0, 1000, 400)).toBe(300);
  });
});
