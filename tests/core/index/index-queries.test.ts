// The index's range queries against a plain filter of everything it holds: log stores are filed
// under time buckets (store-buckets.ts) and plan notes under their weeks (plan-shelf.ts), and a
// query must find every line that overlaps, once, whatever the notes, edits and range.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { VaultIndex } from "../../../src/core/index/vault-index";

const OPTIONS = { clientsRoot: "Clients", plannerFolder: "Planner", timezone: "Asia/Ho_Chi_Minh", currency: "USD" };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const Y2026 = Date.parse("2026-01-01T00:00:00Z");
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16) + "Z";
const month = (m: number) => `2026-${String(m + 1).padStart(2, "0")}`;
const monthStart = (m: number) => Date.parse(`${month(m)}-01T00:00:00Z`);

// A line: start hours into its month, length in hours (up to four days), or running.
const line = fc.record({ at: fc.integer({ min: 0, max: 27 * 24 }), hours: fc.option(fc.integer({ min: 1, max: 96 }), { freq: 8 }) });
const logNote = fc.record({ client: fc.constantFrom("Acme", "Beta", "Cobalt"), month: fc.integer({ min: 0, max: 11 }), lines: fc.array(line, { maxLength: 6 }) });
const range = fc.oneof(
  fc.tuple(fc.integer({ min: -40, max: 400 }), fc.integer({ min: 1, max: 60 })).map(([d, len]) => [Y2026 + d * DAY, Y2026 + (d + len) * DAY]),
  // Ranges of decades, past what the buckets are searched one by one for.
  fc.constant([Y2026 - 20 * 365 * DAY, Y2026 + 20 * 365 * DAY]),
);

let seq = 0;
function logText(n: { month: number; lines: { at: number; hours: number | null }[] }): string {
  const out = ["---", "type: client-log", "---"];
  for (const l of n.lines) {
    const start = monthStart(n.month) + l.at * HOUR;
    const end = l.hours === null ? "" : ` [end:: ${iso(start + l.hours * HOUR)}]`;
    out.push(`- [start:: ${iso(start)}]${end} work ^cd-${(++seq).toString(36).padStart(8, "0")}`);
  }
  return out.join("\n") + "\n";
}

describe("range queries", () => {
  it("entriesBetween finds each overlapping entry once, after any adds, edits and removals", () => {
    fc.assert(
      fc.property(fc.array(logNote, { maxLength: 12 }), fc.array(fc.nat(), { maxLength: 4 }), fc.array(range, { minLength: 1, maxLength: 5 }), (notes, drops, ranges) => {
        const index = new VaultIndex(OPTIONS);
        const paths: string[] = [];
        for (const n of notes) {
          const path = `Clients/${n.client}/Log/${month(n.month)}.md`;
          index.setFile(path, logText(n));
          paths.push(path);
        }
        for (const d of drops) if (paths.length > 0) index.removeFile(paths[d % paths.length]);
        const all = index.entriesBetween(-Infinity, Infinity);
        for (const [from, to] of ranges) {
          const found = index.entriesBetween(from, to).map((e) => e.id);
          const expected = all.filter((e) => e.start < to && (e.end ?? Infinity) > from).map((e) => e.id);
          expect(new Set(found).size).toBe(found.length);
          expect([...found].sort()).toEqual([...expected].sort());
        }
      }),
      { numRuns: 300 },
    );
  });

  it("blocksBetween finds each overlapping block once, from the plan notes of any weeks", () => {
    const weeks = fc.array(fc.record({ week: fc.integer({ min: 1, max: 52 }), hours: fc.array(fc.integer({ min: -24, max: 8 * 24 }), { maxLength: 4 }) }), { maxLength: 10 });
    fc.assert(
      fc.property(weeks, fc.array(range, { minLength: 1, maxLength: 5 }), (plans, ranges) => {
        const index = new VaultIndex(OPTIONS);
        for (const p of plans) {
          const name = `2026-W${String(p.week).padStart(2, "0")}`;
          // Monday of ISO week p.week of 2026 (week 1 starts on 2025-12-29).
          const monday = Date.parse("2025-12-29T00:00:00Z") + (p.week - 1) * 7 * DAY;
          const lines = p.hours.map((hr) => `- [start:: ${iso(monday + hr * HOUR)}] [end:: ${iso(monday + (hr + 2) * HOUR)}] [client:: Acme] Work ^cd-${(++seq).toString(36).padStart(8, "0")}`);
          index.setFile(`Planner/${name}.md`, lines.join("\n") + "\n");
        }
        const all = index.blocksBetween(-Infinity, Infinity);
        for (const [from, to] of ranges) {
          const found = index.blocksBetween(from, to).map((b) => b.id);
          const expected = all.filter((b) => b.start < to && b.end > from).map((b) => b.id);
          expect(new Set(found).size).toBe(found.length);
          expect([...found].sort()).toEqual([...expected].sort());
        }
      }),
      { numRuns: 300 },
    );
  });
});
