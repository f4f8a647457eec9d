// @vitest-environment node
// Export: Toggl's detailed-report columns, local times in the user's zone, exact durations, and
// the importer reads it back to the same instants.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Entry } from "../../../src/core/shared/types";
import { parseCsv } from "../../../src/core/time/csv";
import { dayRange, durationText, entriesStartingIn, exportCsv, TOGGL_COLUMNS } from "../../../src/core/time/export-csv";
import { detectTool, previewImport, targetFromIndex } from "../../../src/core/time/import";
import { CLIENT_FILES, indexOf } from "../support/import-vault";
import { RUNS } from "../support/arbitraries";

const entry = (over: Partial<Entry>): Entry => ({
  id: "cd-aaaaaaa1",
  clientKey: "Harbour Goods",
  file: "Clients/Harbour Goods/Log/2026-10.md",
  line: 7,
  start: Date.parse("2026-10-03T15:30:00Z"),
  startOffset: 600,
  end: Date.parse("2026-10-03T16:30:00Z"),
  endOffset: 660,
  task: "[[Night shift|shift]]",
  note: 'Before, "and" after',
  billable: true,
  device: null,
  ...over,
});

describe("exportCsv", () => {
  const index = indexOf({ ...CLIENT_FILES });
  const client = (key: string) => index.client(key);

  it("writes Toggl's columns, local dates and times, and HH:MM:SS durations", () => {
    const csv = exportCsv(
      [
        entry({}),
        entry({ id: "cd-aaaaaaa2", start: Date.parse("2026-10-03T13:00:00Z"), end: Date.parse("2026-10-03T17:00:07.900Z"), task: null, note: "", billable: false }),
        entry({ id: "cd-aaaaaaa3", end: null }),
      ],
      { zone: "Australia/Sydney", client },
    );
    expect(csv).toBe(
      [
        TOGGL_COLUMNS.join(","),
        ",,Harbour Goods,,,,No,2026-10-03,23:00:00,2026-10-04,04:00:07,04:00:07,^cd-aaaaaaa2,",
        ',,Harbour Goods,Night shift,,"Before, ""and"" after",Yes,2026-10-04,01:30:00,2026-10-04,03:30:00,01:00:00,^cd-aaaaaaa1,',
        "",
      ].join("\r\n"),
    );
    expect(detectTool(parseCsv(csv).rows[0])).toBe("toggl");
  });

  it("round-trips through the importer to the same instants and flags", () => {
    const startArb = fc.integer({ min: Date.parse("2026-01-01T00:00:00Z"), max: Date.parse("2026-12-31T00:00:00Z") }).map((ms) => ms - (ms % 1000));
    const zoneArb = fc.constantFrom("Australia/Sydney", "Europe/London", "America/New_York", "Asia/Ho_Chi_Minh");
    fc.assert(
      fc.property(startArb, fc.integer({ min: 1, max: 12 * 3600 }), fc.boolean(), zoneArb, (start, seconds, billable, zone) => {
        const e = entry({ start, end: start + seconds * 1000, billable, note: "x" });
        const csv = exportCsv([e], { zone, client });
        const p = previewImport(csv, targetFromIndex(index), { tool: "toggl", zone });
        expect(p.problems).toEqual([]);
        expect(p.entries.map((x) => [x.start, x.end, x.billable, x.task, x.clientKey])).toEqual([[e.start, e.end, billable, "Night shift", "Harbour Goods"]]);
      }),
      { numRuns: 300 },
    );
  });

  it("durations are exact to the second, hours past 24 kept", () => {
    expect(durationText(0)).toBe("00:00:00");
    expect(durationText(90_061_999)).toBe("25:01:01");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 * 3600 }), (s) => {
        const [h, m, sec] = durationText(s * 1000).split(":").map(Number);
        expect(h * 3600 + m * 60 + sec).toBe(s);
      }),
      RUNS,
    );
  });
});

describe("ranges", () => {
  it("takes whole local days, both ends included, 23 or 25 hours long on switch days", () => {
    const r = dayRange("2026-10-04", "2026-10-04", "Australia/Sydney")!;
    expect(new Date(r.from).toISOString()).toBe("2026-10-03T14:00:00.000Z");
    expect(r.to - r.from).toBe(23 * 3_600_000);
    const ny = dayRange("2026-11-01", "2026-11-01", "America/New_York")!;
    expect(ny.to - ny.from).toBe(25 * 3_600_000);
    expect(dayRange("2026-11-02", "2026-11-01", "UTC")).toBeNull();
    expect(dayRange("2026-02-30", "2026-03-01", "UTC")).toBeNull();
    expect(dayRange("01/11/2026", "2026-11-02", "UTC")).toBeNull();
  });

  it("selects finished entries starting in the range, of one client or all", () => {
    const a = entry({ id: "a", start: Date.parse("2026-10-31T23:00:00Z"), end: Date.parse("2026-11-01T01:00:00Z") });
    const b = entry({ id: "b", start: Date.parse("2026-11-01T02:00:00Z"), end: Date.parse("2026-11-01T03:00:00Z"), clientKey: "Brightloop" });
    const c = entry({ id: "c", start: Date.parse("2026-11-01T04:00:00Z"), end: null });
    const from = Date.parse("2026-11-01T00:00:00Z");
    const to = Date.parse("2026-11-02T00:00:00Z");
    expect(entriesStartingIn([a, b, c], from, to).map((e) => e.id)).toEqual(["b"]);
    expect(entriesStartingIn([a, b, c], from, to, "Harbour Goods")).toEqual([]);
  });
});
