// Weekly reports in the core: the week in the client's zone across a DST switch, the schedule
// and its catch-up, idempotency, notes kept on regeneration, renamed reports, the chart format.
import { describe, expect, it } from "vitest";
import type { VaultIndex } from "../../../src/core/index/vault-index";
import { buildReport } from "../../../src/core/reports/report";
import { reportMarkdown } from "../../../src/core/reports/report-markdown";
import { latestDueWeek, reportMoment, shiftWeek, weeksToWrite } from "../../../src/core/reports/report-schedule";
import { NOTES_MARKER, ReportRegistry, keepNotes, reportRefOf } from "../../../src/core/reports/report-notes";
import { dueReports, reportNotePath, type RunInput } from "../../../src/core/reports/report-run";
import { chartSource, parseChart } from "../../../src/core/reports/chart-spec";
import { hoursNumber } from "../../../src/core/reports/report-format";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import type { Client } from "../../../src/core/shared/types";
import { clientNotePath, note, testIndex, ZONES } from "../../support/vault";

const VA = ZONES.hcm;

const client = (fields: string[], key = "Harbour Goods"): Record<string, string> => ({ [clientNotePath(key)]: note(fields) });
const vault = (files: Record<string, string>): VaultIndex => testIndex(files, { homeCurrency: "VND" });

const SYDNEY = ["timezone: Australia/Sydney", "currency: AUD", "rate: 45", "rounding: 15 up", "report_day: fri", 'report_time: "16:00"', "language: en"];

function only(index: VaultIndex): Client {
  const [c] = index.clients();
  return c;
}

function input(index: VaultIndex, now: number, registry = new ReportRegistry(), paths = new Set<string>()): RunInput {
  return { index, registry, pathExists: (p) => paths.has(p), now, userZone: VA };
}

describe("the report's week across Sydney's DST start (VA in Ho Chi Minh City)", () => {
  // Sydney moves from +10:00 to +11:00 at 02:00 on Sunday 4 October 2026: week 2026-W40 is 167 hours.
  const index = vault({
    ...client(SYDNEY),
    "Clients/Harbour Goods/Log/2026-09.md": [
      // Monday 28 Sep 00:15 in Sydney is still Sunday evening for the VA: it is the client's W40.
      "- [start:: 2026-09-27T21:15+07:00] [end:: 2026-09-27T21:45+07:00] [task:: [[Product uploads]]] ^cd-aaaaaaa1",
    ].join("\n"),
    "Clients/Harbour Goods/Log/2026-10.md": [
      // 01:30 → 03:30 on the switch night is one real hour.
      "- [start:: 2026-10-03T22:30+07:00] [end:: 2026-10-03T23:30+07:00] [task:: [[Refunds]]] ^cd-aaaaaaa2",
      // Monday 5 Oct 00:30 in Sydney (+11:00) is the next week, though Sunday for the VA.
      "- [start:: 2026-10-04T20:30+07:00] [end:: 2026-10-04T21:30+07:00] [task:: [[Refunds]]] ^cd-aaaaaaa3",
    ].join("\n"),
    "Planner/2026-W41.md": "- [start:: 2026-10-05T06:00+07:00] [end:: 2026-10-05T07:30+07:00] [client:: [[Harbour Goods]]] Product uploads ^cd-bbbbbbb1\n",
  });
  const c = only(index);
  const model = buildReport(index, c, "2026-W40", { now: Date.parse("2026-10-02T06:00:00Z"), userZone: VA });

  it("spans Monday 00:00 +10:00 to the next Monday 00:00 +11:00", () => {
    expect(model.from).toBe(Date.parse("2026-09-28T00:00+10:00"));
    expect(model.to).toBe(Date.parse("2026-10-05T00:00+11:00"));
    expect(model.to - model.from).toBe(167 * 3_600_000);
    expect(model.dates).toEqual(["2026-09-28", "2026-09-29", "2026-09-30", "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04"]);
  });

  it("counts entries by the client's week and day, with the hour the clocks skip left out", () => {
    expect(model.tasks.map((r) => [r.label, r.rawMs / 60_000, r.billedMs / 60_000])).toEqual([
      ["Refunds", 60, 60],
      ["Product uploads", 30, 30],
    ]);
    expect(model.perDayMs.map((ms) => ms / 60_000)).toEqual([30, 0, 0, 0, 0, 0, 60]);
  });

  it("is due on Friday 16:00 Sydney time and shows next week's blocks in Sydney time after the switch", () => {
    expect(reportMoment(c, "2026-W40")).toBe(Date.parse("2026-10-02T16:00+10:00"));
    expect(reportMoment(c, "2026-W41")).toBe(Date.parse("2026-10-09T16:00+11:00"));
    const text = reportMarkdown(model);
    expect(text).toContain("- Mon 5 Oct 2026, 10:00–11:30: Product uploads");
    expect(text).toContain("labels: Mon 28 | Tue 29 | Wed 30 | Thu 01 | Fri 02 | Sat 03 | Sun 04");
    expect(text).toContain("series: Hours | 0.5 | 0 | 0 | 0 | 0 | 0 | 1");
    expect(text).toContain("generated: 2026-10-02T16:00+10:00");
  });
});

describe("when reports are due, and catch-up", () => {
  const index = vault(client(SYDNEY));
  const c = only(index);
  const friday = Date.parse("2026-11-27T16:00+11:00");

  it("the week's report is due at the report moment, not a second before", () => {
    expect(latestDueWeek(c, friday - 1)).toBe("2026-W47");
    expect(latestDueWeek(c, friday)).toBe("2026-W48");
  });

  it("a client with no report yet gets only the latest due week", () => {
    expect(weeksToWrite(c, friday, null, () => false)).toEqual(["2026-W48"]);
  });

  it("after three missed weeks, writes each week since the last report, oldest first", () => {
    expect(weeksToWrite(c, friday, "2026-W45", (w) => w <= "2026-W45")).toEqual(["2026-W46", "2026-W47", "2026-W48"]);
  });

  it("writes at most four weeks however long Obsidian was closed", () => {
    expect(weeksToWrite(c, friday, "2026-W30", () => false)).toEqual(["2026-W45", "2026-W46", "2026-W47", "2026-W48"]);
  });

  it("writes nothing for report_day none, and nothing twice", () => {
    const none = only(vault(client([...SYDNEY.filter((l) => !l.startsWith("report_day")), "report_day: none"])));
    expect(weeksToWrite(none, friday, null, () => false)).toEqual([]);
    expect(weeksToWrite(c, friday, "2026-W48", () => true)).toEqual([]);
  });

  it("a second run with the first run's reports in place plans nothing", () => {
    const first = dueReports(input(index, friday));
    expect(first.map((p) => p.path)).toEqual(["Clients/Harbour Goods/Reports/2026-W48.md"]);
    const registry = new ReportRegistry();
    for (const p of first) registry.add(p.path, readFrontmatter(p.text).data, (ref) => index.findClient(ref)?.key ?? null);
    expect(dueReports(input(index, friday, registry))).toEqual([]);
    expect(dueReports(input(index, friday + 86_400_000, registry))).toEqual([]);
  });

  it("a report the VA renamed and moved is found by its frontmatter and not written again", () => {
    const [p] = dueReports(input(index, friday));
    const registry = new ReportRegistry();
    registry.add("Archive/Harbour weekly 48.md", readFrontmatter(p.text).data, (ref) => index.findClient(ref)?.key ?? null);
    expect(registry.pathOf("Harbour Goods", "2026-W48")).toBe("Archive/Harbour weekly 48.md");
    expect(dueReports(input(index, friday, registry))).toEqual([]);
  });

  it("a note at the report's path that is not a report still blocks the write", () => {
    const path = reportNotePath(index.layout, "Harbour Goods", "2026-W48");
    expect(dueReports(input(index, friday, new ReportRegistry(), new Set([path])))).toEqual([]);
  });

  it("shiftWeek crosses years", () => {
    expect(shiftWeek("2026-W53", 1)).toBe("2027-W01");
    expect(shiftWeek("2027-W01", -1)).toBe("2026-W53");
  });
});

describe("regeneration keeps the VA's notes byte for byte", () => {
  const index = vault(client(SYDNEY));
  const c = only(index);
  const first = reportMarkdown(buildReport(index, c, "2026-W48", { now: 1, userZone: VA }));
  const notes = "## Notes\n\nMia asked about the **Black Friday** banner.\r\n- [ ] call back\n\n%% not a marker %%\ntrailing without newline";
  const edited = first.slice(0, first.indexOf(NOTES_MARKER) + NOTES_MARKER.length + 1) + notes;

  it("replaces the generated part and keeps everything after the marker", () => {
    const fresh = reportMarkdown(buildReport(index, c, "2026-W48", { now: 2, userZone: VA }));
    const merged = keepNotes(edited, fresh);
    expect(merged).not.toBeNull();
    expect(merged!.endsWith(`${NOTES_MARKER}\n${notes}`)).toBe(true);
    expect(merged).toContain("generated: 1970-01-01T10:00:00.002+10:00");
  });

  it("refuses when the marker was deleted: nothing tells the notes apart", () => {
    expect(keepNotes(edited.replace(NOTES_MARKER, ""), first)).toBeNull();
  });

  it("reads its own frontmatter back as a report of that client and week", () => {
    expect(reportRefOf(readFrontmatter(first).data)).toEqual({ clientRef: "Harbour Goods", week: "2026-W48" });
    expect(reportRefOf({ type: "client-report", client: "[[X]]", week: "2026-W99" })).toBeNull();
    expect(reportRefOf({ type: "note", client: "[[X]]", week: "2026-W48" })).toBeNull();
  });
});

describe("retainer burn and rounding scope", () => {
  it("bills a retainer's month by task totals when the rounding scope is task", () => {
    const index = vault({
      ...client(["timezone: America/New_York", "currency: USD", "billing: retainer", "retainer_fee: 1200", "retainer_hours: 20", "rounding: 30 up task", "report_day: fri", 'report_time: "09:30"'], "Brightloop"),
      "Clients/Brightloop/Log/2026-11.md": [
        "- [start:: 2026-11-16T20:00+07:00] [end:: 2026-11-16T20:10+07:00] [task:: Support] ^cd-ccccccc1",
        "- [start:: 2026-11-17T20:00+07:00] [end:: 2026-11-17T20:10+07:00] [task:: [[support]]] ^cd-ccccccc2",
        "- [start:: 2026-11-17T21:00+07:00] [end:: 2026-11-17T21:05+07:00] #non-billable ^cd-ccccccc3",
      ].join("\n"),
    });
    const m = buildReport(index, only(index), "2026-W47", { now: 0, userZone: VA });
    expect(m.tasks.map((r) => [r.label, r.rawMs / 60_000, r.billedMs / 60_000, r.billable])).toEqual([
      ["Support", 20, 30, true],
      [null, 5, 0, false],
    ]);
    expect(m.retainer).toEqual({ month: "2026-11", usedMs: 30 * 60_000, includedHours: 20 });
    expect(reportMarkdown(m)).toContain("Retainer: 0.50 of 20.00 hours used in November 2026 (3%).");
  });
});

describe("the chart block format", () => {
  it("reads what the report writes", () => {
    const spec = { type: "bar" as const, title: "Hours per day", unit: "h", labels: ["Mon 23", "Tue 24"], series: [{ name: "Hours", values: [1.5, 0] }] };
    expect(parseChart(chartSource(spec))).toEqual({ ok: true, chart: spec });
  });

  it("names the line and the reason of every problem", () => {
    const r = parseChart("type: pie\nlabels: A | B\nseries: Hours | 1 | x\nseries: Other | 1\ncolour: red\nnonsense");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.line, p.key, p.params])).toEqual([
      [1, "chart.error.type", { value: "pie" }],
      [3, "chart.error.number", { value: "x" }],
      [4, "chart.error.count", { name: "Other", count: 1, labels: 2 }],
      [5, "chart.error.unknown", { key: "colour" }],
      [6, "chart.error.form", {}],
    ]);
    expect(parseChart("")).toMatchObject({ ok: false, problems: [{ key: "chart.error.no-labels" }, { key: "chart.error.no-series" }] });
  });

  it("hours to two decimals round half up on hundredths", () => {
    expect(hoursNumber(15 * 60_000)).toBe("0.25");
    expect(hoursNumber(18_000)).toBe("0.01");
    expect(hoursNumber(17_999)).toBe("0.00");
    expect(hoursNumber(20 * 3_600_000)).toBe("20.00");
  });
});

describe("typed text in the report", () => {
  it("a task or block title with line breaks and markup stays one line of text", () => {
    const index = vault({
      ...client(SYDNEY),
      "Clients/Harbour Goods/Tasks/Launch.md": note(["status: doing", 'title: "Launch\\n# Paid in full\\n<script>x</script>"']),
      "Clients/Harbour Goods/Log/2026-11.md": "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] [task:: a | b] ^cd-aaaaaaa1\n",
      "Planner/2026-W49.md": "- [start:: 2026-11-30T06:00+07:00] [end:: 2026-11-30T07:00+07:00] [client:: [[Harbour Goods]]] %% hidden ^cd-bbbbbbb1\n",
    });
    const text = reportMarkdown(buildReport(index, only(index), "2026-W48", { now: Date.parse("2026-11-27T06:00:00Z"), userZone: VA }));
    const body = text.slice(text.indexOf("\n---\n", 4) + 5);
    expect(body).not.toMatch(/^# Paid|<script|<b>/m);
    expect(body).toContain("- Launch # Paid in full &lt;script&gt;x&lt;/script&gt;\n");
    // The VA's own notes marker is the only comment; a typed %% cannot open one.
    expect(body).toContain("10:00–11:00: %\\% hidden\n");
    expect(body).toContain("| a \\| b |");
  });
});
