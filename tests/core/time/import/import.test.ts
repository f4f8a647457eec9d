// @vitest-environment node
// Importing Toggl Track and Clockify detailed-report exports: columns, dates and times in every
// format they write, exact instants on DST days, problems with their line, clients matched by name,
// stable ids so a second import adds nothing.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CsvError, parseCsv } from "../../../../src/core/time/csv";
import { entryLine } from "../../../../src/core/notes/log-append";
import { parseLogNote } from "../../../../src/core/notes/log-note";
import {
  cachedOffset,
  detectDateOrder,
  detectTool,
  ImportError,
  importErrorMessage,
  importId,
  importProblemLine,
  inspectCsv,
  localInstants,
  parseClock,
  parseDate,
  parseDuration,
  planAppends,
  previewImport,
  targetFromIndex,
  type ImportEntry,
  type ImportOptions,
  type ImportPreview,
} from "../../../../src/core/time/import";
import { translator } from "../../../../src/core/i18n";
import { offsetAt } from "../../../../src/core/shared/zones";
import { RUNS } from "../../support/arbitraries";
import { CLIENT_FILES, LAYOUT, apply, fixtureText, indexOf } from "../../support/import-vault";

const HCM = "Asia/Ho_Chi_Minh";
const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");
const t = translator("en");

function preview(file: string, options: Partial<ImportOptions> & Pick<ImportOptions, "tool" | "zone">, files = { ...CLIENT_FILES }): ImportPreview {
  const index = indexOf(files, options.userZone ?? options.zone);
  return previewImport(fixtureText(file), targetFromIndex(index), options);
}

/** Each entry as `line start→end (seconds) billable` in UTC, for exact comparisons. */
const brief = (entries: ImportEntry[]) => entries.map((e) => `${e.line} ${iso(e.start)}→${iso(e.end)} ${(e.end - e.start) / 1000}s${e.billable === false ? " nb" : ""}`);
const lines = (entries: ImportEntry[]) => entries.map((e) => entryLine(e));

describe("formats", () => {
  it("tells Toggl from Clockify by their headers, and neither from anything else", () => {
    const toggl = parseCsv(fixtureText("toggl-hcm.csv")).rows[0];
    const clockify = parseCsv(fixtureText("clockify-new-york.csv")).rows[0];
    expect(detectTool(toggl)).toBe("toggl");
    expect(detectTool(clockify)).toBe("clockify");
    expect(detectTool(["Date", "Hours", "Client"])).toBeNull();
    expect(detectTool(toggl.filter((c) => c !== "Start time"))).toBeNull();
  });

  it("reads dates in each order, ISO dates whatever the order, and refuses dates that do not exist", () => {
    expect(parseDate("2026-11-01", "ymd")).toEqual({ year: 2026, month: 11, day: 1 });
    expect(parseDate("11/01/2026", "mdy")).toEqual({ year: 2026, month: 11, day: 1 });
    expect(parseDate("01/11/2026", "dmy")).toEqual({ year: 2026, month: 11, day: 1 });
    expect(parseDate("01.11.2026", "dmy")).toEqual({ year: 2026, month: 11, day: 1 });
    expect(parseDate("2026-11-01", "dmy")).toEqual({ year: 2026, month: 11, day: 1 });
    expect(parseDate("11/01/2026", "ymd")).toBeNull();
    expect(parseDate("Nov 1, 2026", "mdy")).toBeNull();
  });

  it("detects the date order only when the dates settle it", () => {
    expect(detectDateOrder(["2026-03-04"])).toBe("ymd");
    expect(detectDateOrder(["03/04/2026", "11/30/2026"])).toBe("mdy");
    expect(detectDateOrder(["03/04/2026", "30/11/2026"])).toBe("dmy");
    expect(detectDateOrder(["03/04/2026"])).toBe("ambiguous");
    expect(detectDateOrder(["05/05/2026", "2026-01-02"])).toBe("either");
    expect(detectDateOrder(["11/30/2026", "30/11/2026"])).toBe("conflict");
  });

  it("reads 24-hour and 12-hour times, with or without seconds", () => {
    expect(parseClock("14:05:09")).toEqual({ hour: 14, minute: 5, second: 9, seconds: true });
    expect(parseClock("02:05:09 PM")).toEqual({ hour: 14, minute: 5, second: 9, seconds: true });
    expect(parseClock("12:00:00 AM")).toMatchObject({ hour: 0 });
    expect(parseClock("12:30 PM")).toEqual({ hour: 12, minute: 30, second: 0, seconds: false });
    expect(parseClock("9:05 am")).toMatchObject({ hour: 9, minute: 5 });
    for (const bad of ["24:00:00", "13:00 PM", "0:30 AM", "9h05", "14:60"]) expect(parseClock(bad)).toBeNull();
  });

  it("reads HH:MM:SS durations, hours past 24 included, and nothing else", () => {
    expect(parseDuration("01:30:30")).toBe(5_430_000);
    expect(parseDuration("125:00:05")).toBe(450_005_000);
    expect(parseDuration("1.50")).toBeNull();
    expect(parseDuration("-01:00:00")).toBeNull();
  });

  it("finds every instant of a local time: none in the gap, two in the repeated hour", () => {
    expect(localInstants(Date.UTC(2026, 2, 8, 2, 30), "America/New_York")).toEqual([]);
    expect(localInstants(Date.UTC(2026, 10, 1, 1, 30), "America/New_York").map(iso)).toEqual(["2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z"]);
    expect(localInstants(Date.UTC(2026, 9, 4, 2, 30), "Australia/Sydney")).toEqual([]);
    expect(localInstants(Date.UTC(2026, 2, 29, 1, 15), "Europe/London")).toEqual([]);
    expect(localInstants(Date.UTC(2026, 9, 4, 2, 30), HCM).map(iso)).toEqual(["2026-10-03T19:30:00Z"]);
  });

  it("makes ids from the row: same row, same id; any part changed, another id", () => {
    const key = { tool: "toggl", user: "linh@example.com", start: 1, end: 2, description: "x" };
    expect(importId(key)).toBe(importId({ ...key, user: " LINH@example.com " }));
    expect(importId(key)).toMatch(/^cd-[0-9a-z]{8}$/);
    const others = [{ ...key, tool: "clockify" }, { ...key, start: 0 }, { ...key, end: 3 }, { ...key, description: "y" }, { ...key, user: "mia" }];
    for (const o of others) expect(importId(o)).not.toBe(importId(key));
    expect(importId(key, 1)).not.toBe(importId(key));
  });
});

describe("Toggl Track export, user in Ho Chi Minh City", () => {
  const options = { tool: "toggl", zone: HCM } as const;

  it("previews the entries per client, the unmatched clients, duplicates and problems", () => {
    const p = preview("toggl-hcm.csv", options);
    expect(p.rows).toBe(10);
    expect(p.perClient).toEqual([
      { clientKey: "Brightloop", name: "Brightloop", count: 2, ms: 3_605_000, billableMs: 2_405_000 },
      { clientKey: "Clara Whitfield Coaching", name: "Clara Whitfield Coaching", count: 1, ms: 6_310_000, billableMs: 6_310_000 },
      { clientKey: "Harbour Goods", name: "Harbour Goods", count: 3, ms: 19_580_000, billableMs: 19_580_000 },
    ]);
    expect(p.unmatchedClients).toEqual(["", "Acme Widgets"]);
    expect(p.unmatchedRows).toBe(2);
    expect(p.duplicates).toBe(1);
    expect(p.problems).toEqual([
      { line: 10, field: "End time", code: "end-not-after-start", params: { start: "2026-10-06 10:00:00", end: "2026-10-06 09:00:00" } },
    ]);
    expect(importProblemLine(p.problems[0], t)).toBe("Line 10 [End time]: The end (2026-10-06 09:00:00) is not after the start (2026-10-06 10:00:00).");
  });

  it("reads exact instants, across midnight and the month, on the DST days of the clients' zones", () => {
    const p = preview("toggl-hcm.csv", options);
    expect(brief(p.entries)).toEqual([
      "6 2026-03-08T14:00:00Z→2026-03-08T14:20:00Z 1200s nb",
      "4 2026-03-29T07:00:00Z→2026-03-29T08:45:10Z 6310s",
      "2 2026-10-04T01:00:15Z→2026-10-04T02:30:45Z 5430s",
      "3 2026-10-04T16:40:00Z→2026-10-04T17:20:30Z 2430s",
      "12 2026-10-31T15:00:00Z→2026-10-31T18:15:20Z 11720s",
      "7 2026-11-01T06:30:00Z→2026-11-01T07:10:05Z 2405s",
    ]);
  });

  it("writes lines with the user's offset, the task from Task or else Project, and the description as the note", () => {
    const p = preview("toggl-hcm.csv", { ...options, taskNoteExists: (task) => task === "Newsletter" });
    const ids = p.entries.map((e) => e.id);
    expect(lines(p.entries)).toEqual([
      `- [start:: 2026-03-08T21:00+07:00] [end:: 2026-03-08T21:20+07:00] [task:: Inbox] Inbox triage #non-billable ^${ids[0]}`,
      `- [start:: 2026-03-29T14:00+07:00] [end:: 2026-03-29T15:45:10+07:00] [task:: [[Newsletter]]] Drafted the March issue second paragraph, with notes ^${ids[1]}`,
      `- [start:: 2026-10-04T08:00:15+07:00] [end:: 2026-10-04T09:30:45+07:00] [task:: Product uploads] Uploaded 12 products, fixed 3 prices ^${ids[2]}`,
      `- [start:: 2026-10-04T23:40+07:00] [end:: 2026-10-05T00:20:30+07:00] [task:: Refunds] Refund for order "#1042" ^${ids[3]}`,
      `- [start:: 2026-10-31T22:00+07:00] [end:: 2026-11-01T01:15:20+07:00] [task:: Product uploads] Overnight batch ^${ids[4]}`,
      `- [start:: 2026-11-01T13:30+07:00] [end:: 2026-11-01T14:10:05+07:00] [task:: Support] Ticket follow-ups ^${ids[5]}`,
    ]);
    expect(new Set(ids).size).toBe(6);
    for (const id of ids) expect(id).toMatch(/^cd-[0-9a-z]{8}$/);
  });

  it("plans one note per client and month of the start in the user's zone, and re-importing adds nothing", () => {
    const files: Record<string, string> = { ...CLIENT_FILES, "Clients/Harbour Goods/Log/2026-10.md": "# October\n\nmy own notes, no final line break" };
    const index = indexOf(files, HCM);
    const first = previewImport(fixtureText("toggl-hcm.csv"), targetFromIndex(index), options);
    const plans = planAppends(first.entries, (p) => files[p] ?? null, LAYOUT, HCM);
    expect(plans.map((p) => [p.path, p.lines.length, p.before === null, p.readable])).toEqual([
      ["Clients/Brightloop/Log/2026-03.md", 1, true, true],
      ["Clients/Brightloop/Log/2026-11.md", 1, true, true],
      ["Clients/Clara Whitfield Coaching/Log/2026-03.md", 1, true, true],
      ["Clients/Harbour Goods/Log/2026-10.md", 3, false, true],
    ]);
    const october = plans[3];
    expect(october.after.startsWith(files["Clients/Harbour Goods/Log/2026-10.md"] + "\n")).toBe(true);
    apply(files, index, plans);
    const read = parseLogNote(october.path, "Harbour Goods", files[october.path]);
    expect(read.entries.map((e) => e.id)).toEqual(october.ids);
    expect(read.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(index.diagnostics().filter((d) => d.severity === "error")).toEqual([]);

    const again = previewImport(fixtureText("toggl-hcm.csv"), targetFromIndex(index), options);
    expect(again.entries).toEqual([]);
    expect(again.duplicates).toBe(7);
    expect(again.perClient).toEqual([]);
    expect(again.problems).toHaveLength(1);
  });
});

describe("DST switch days for a user in the client's zone", () => {
  it("Sydney, 2026-10-04 (02:00 → 03:00) and 2026-04-05 (03:00 → 02:00)", () => {
    const p = preview("toggl-sydney.csv", { tool: "toggl", zone: "Australia/Sydney" });
    expect(brief(p.entries)).toEqual([
      "5 2026-04-04T15:30:00Z→2026-04-04T16:15:00Z 2700s nb",
      "4 2026-10-03T13:00:00Z→2026-10-03T17:00:07Z 14407s",
      "2 2026-10-03T15:30:00Z→2026-10-03T16:30:00Z 3600s",
    ]);
    expect(lines(p.entries).map((l) => l.replace(/ \^cd-\w+$/, ""))).toEqual([
      "- [start:: 2026-04-05T02:30+11:00] [end:: 2026-04-05T02:15+10:00] [task:: Night shift] Clocks go back #non-billable",
      "- [start:: 2026-10-03T23:00+10:00] [end:: 2026-10-04T04:00:07+11:00] [task:: Stocktake] Across midnight and the switch",
      "- [start:: 2026-10-04T01:30+10:00] [end:: 2026-10-04T03:30+11:00] [task:: Night shift] Before and after the switch",
    ]);
    expect(p.problems).toEqual([
      { line: 3, field: "Start time", code: "time-gap", params: { value: "2026-10-04 02:30:00", zone: "Australia/Sydney" } },
    ]);
    expect(importProblemLine(p.problems[0], t)).toBe(
      "Line 3 [Start time]: 2026-10-04 02:30:00 does not exist in Australia/Sydney: the clocks skip that time on that day.",
    );
    // Month notes follow the start in the user's zone.
    const plans = planAppends(p.entries, () => null, LAYOUT, "Australia/Sydney");
    expect(plans.map((x) => [x.path, x.lines.length])).toEqual([
      ["Clients/Harbour Goods/Log/2026-04.md", 1],
      ["Clients/Harbour Goods/Log/2026-10.md", 2],
    ]);
  });

  it("London, 2026-03-29 (01:00 → 02:00) and 2026-10-25, where the duration picks the right 01:20", () => {
    const p = preview("toggl-london.csv", { tool: "toggl", zone: "Europe/London" });
    expect(brief(p.entries)).toEqual([
      "4 2026-03-28T23:50:00Z→2026-03-29T02:10:00Z 8400s",
      "2 2026-03-29T00:30:00Z→2026-03-29T01:30:00Z 3600s",
      "5 2026-10-25T00:10:00Z→2026-10-25T01:05:00Z 3300s",
      "6 2026-10-25T00:20:00Z→2026-10-25T01:40:00Z 4800s",
    ]);
    expect(lines(p.entries).map((l) => l.replace(/ \[task::.*$/, ""))).toEqual([
      "- [start:: 2026-03-28T23:50+00:00] [end:: 2026-03-29T03:10+01:00]",
      "- [start:: 2026-03-29T00:30+00:00] [end:: 2026-03-29T02:30+01:00]",
      "- [start:: 2026-10-25T01:10+01:00] [end:: 2026-10-25T01:05+00:00]",
      "- [start:: 2026-10-25T01:20+01:00] [end:: 2026-10-25T01:40+00:00]",
    ]);
    expect(p.problems.map((x) => [x.line, x.field, x.code])).toEqual([
      [3, "Start time", "time-gap"],
      [7, "Duration", "duration-mismatch"],
    ]);
    expect(importProblemLine(p.problems[1], t)).toBe(
      "Line 7 [Duration]: Start and end are 01:00:00 apart in Europe/London, but the duration says 02:00:00. The export may be in another time zone, or rounded.",
    );
  });

  it("New York, 2026-03-08 and 2026-11-01, from Clockify with US dates and a 12-hour clock", () => {
    const p = preview("clockify-new-york.csv", { tool: "clockify", zone: "America/New_York" });
    expect(p.dateOrder).toBe("mdy");
    expect(brief(p.entries)).toEqual([
      "2 2026-03-08T06:30:00Z→2026-03-08T07:30:00Z 3600s",
      "5 2026-11-01T04:30:00Z→2026-11-01T06:30:00Z 7200s",
      "4 2026-11-01T05:30:00Z→2026-11-01T06:15:00Z 2700s",
      "6 2026-12-01T04:45:00Z→2026-12-01T05:15:30Z 1830s",
      "7 2026-12-02T19:00:10Z→2026-12-02T20:20:00Z 4790s nb",
      "9 2026-12-03T14:00:00Z→2026-12-03T15:30:00Z 5400s",
    ]);
    expect(lines(p.entries).map((l) => l.replace(/ \^cd-\w+$/, ""))).toEqual([
      "- [start:: 2026-03-08T01:30-05:00] [end:: 2026-03-08T03:30-04:00] [task:: Support] Spring forward",
      "- [start:: 2026-11-01T00:30-04:00] [end:: 2026-11-01T01:30-05:00] [task:: Escalations] The hour twice",
      "- [start:: 2026-11-01T01:30-04:00] [end:: 2026-11-01T01:15-05:00] [task:: Support] Fall back",
      "- [start:: 2026-11-30T23:45-05:00] [end:: 2026-12-01T00:15:30-05:00] [task:: Ops] Across midnight",
      '- [start:: 2026-12-02T14:00:10-05:00] [end:: 2026-12-02T15:20-05:00] [task:: Design] Landing page "v2", hero and footer #non-billable',
      "- [start:: 2026-12-03T09:00-05:00] [end:: 2026-12-03T10:30-05:00] [task:: Support] Minutes only",
    ]);
    expect(p.problems.map((x) => [x.line, x.field, x.code])).toEqual([
      [3, "Start Time", "time-gap"],
      [8, "End Time", "end-not-after-start"],
    ]);
    // The entry across midnight goes to November, the month of its start in New York.
    const plans = planAppends(p.entries, () => null, LAYOUT, "America/New_York");
    expect(plans.map((x) => [x.path, x.lines.length])).toEqual([
      ["Clients/Brightloop/Log/2026-03.md", 1],
      ["Clients/Brightloop/Log/2026-11.md", 3],
      ["Clients/Brightloop/Log/2026-12.md", 2],
    ]);
  });

  it("reads the export's zone and writes the user's offsets when they differ", () => {
    const p = preview("clockify-new-york.csv", { tool: "clockify", zone: "America/New_York", userZone: HCM });
    expect(lines(p.entries)[0]).toMatch(/^- \[start:: 2026-03-08T13:30\+07:00\] \[end:: 2026-03-08T14:30\+07:00\]/);
    expect(p.entries[0].end - p.entries[0].start).toBe(3_600_000);
  });
});

describe("Clockify day/month dates, user in Ho Chi Minh City", () => {
  it("detects DD/MM/YYYY and reads each switch day of the clients' zones at +07:00", () => {
    const p = preview("clockify-dmy.csv", { tool: "clockify", zone: HCM });
    expect(p.dateOrder).toBe("dmy");
    expect(p.problems).toEqual([]);
    expect(lines(p.entries).map((l) => l.replace(/ \[task::.*$/, ""))).toEqual([
      "- [start:: 2026-03-08T13:00+07:00] [end:: 2026-03-08T14:30:20+07:00]",
      "- [start:: 2026-03-29T08:00+07:00] [end:: 2026-03-29T09:00+07:00]",
      "- [start:: 2026-10-04T06:30+07:00] [end:: 2026-10-04T07:45+07:00]",
      "- [start:: 2026-11-01T12:00+07:00] [end:: 2026-11-01T12:40+07:00]",
      "- [start:: 2026-11-25T23:30+07:00] [end:: 2026-11-26T00:45:15+07:00]",
    ]);
    expect(p.entries.map((e) => (e.end - e.start) / 1000)).toEqual([5420, 3600, 4500, 2400, 4515]);
  });

  it("asks for the date order when the dates cannot tell, and uses the one given", () => {
    const text = fixtureText("clockify-ambiguous.csv");
    expect(inspectCsv(parseCsv(text))).toEqual({ tool: "clockify", dateOrder: "ambiguous", rows: 2 });
    const target = targetFromIndex(indexOf({ ...CLIENT_FILES }));
    let error: unknown;
    try {
      previewImport(text, target, { tool: "clockify", zone: HCM });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect(importErrorMessage(error, t)).toBe("The dates could be month/day or day/month. Choose the date format of your Clockify workspace.");
    const dmy = previewImport(text, target, { tool: "clockify", zone: HCM, dateOrder: "dmy" });
    const mdy = previewImport(text, target, { tool: "clockify", zone: HCM, dateOrder: "mdy" });
    expect(iso(dmy.entries[0].start)).toBe("2026-04-03T02:00:00Z");
    expect(iso(mdy.entries[0].start)).toBe("2026-03-04T02:00:00Z");
    expect(iso(dmy.entries[1].start)).toBe(iso(mdy.entries[1].start));
  });
});

describe("whole files that cannot be imported", () => {
  const target = () => targetFromIndex(indexOf({ ...CLIENT_FILES }));

  it("a truncated file names the line; UTF-16 and other encodings are refused", () => {
    const cases: [string, string][] = [
      ["toggl-truncated.csv", "The file ends inside a quoted value that starts on line 3: it looks cut short. Export it again."],
    ];
    for (const [file, message] of cases) {
      let error: unknown;
      try {
        previewImport(fixtureText(file), target(), { tool: "toggl", zone: HCM });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CsvError);
      expect(importErrorMessage(error, t)).toBe(message);
    }
    expect(() => fixtureText("toggl-utf16.csv")).toThrow(CsvError);
    expect(() => fixtureText("toggl-cp1258.csv")).toThrow(CsvError);
  });

  it("the wrong tool's file lists the columns it lacks", () => {
    let error: unknown;
    try {
      previewImport("Date,Hours\n2026-01-01,2\n", target(), { tool: "toggl", zone: HCM });
    } catch (e) {
      error = e;
    }
    expect(importErrorMessage(error, t)).toBe(
      "This is not a Toggl Track detailed report: the columns Client, Description, Billable, Start date, Start time, End date, End time are missing.",
    );
    expect(() => previewImport("", target(), { tool: "toggl", zone: HCM })).toThrow(ImportError);
  });

  it("rows with too few columns, bad values or no value are problems, with the column named", () => {
    const text = [
      "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount ()",
      "Linh,,Harbour Goods,,,Short row,Yes,2026-10-04,08:00:00",
      "Linh,,Harbour Goods,,,Bad date,Yes,2026-02-30,08:00:00,2026-02-30,09:00:00,01:00:00,,",
      "Linh,,Harbour Goods,,,Bad time,Yes,2026-10-04,8h,2026-10-04,09:00:00,,,",
      "Linh,,Harbour Goods,,,No end,Yes,2026-10-04,08:00:00,,,,,",
      "Linh,,Harbour Goods,,,Maybe,Perhaps,2026-10-04,08:00:00,2026-10-04,09:00:00,01:00:00,,",
      "",
      "Linh,,Harbour Goods,,,Fine,,2026-10-04,08:00:00,2026-10-04,09:00:00,01:00:00,,",
    ].join("\n");
    const p = previewImport(text, target(), { tool: "toggl", zone: HCM });
    expect(p.problems.map((x) => [x.line, x.field, x.code])).toEqual([
      [2, null, "columns-count"],
      [3, "Start date", "date-invalid"],
      [3, "End date", "date-invalid"],
      [4, "Start time", "time-invalid"],
      [5, "End date", "value-missing"],
      [6, "Billable", "billable-invalid"],
    ]);
    expect(p.rows).toBe(6);
    expect(p.problemRows).toBe(5);
    // An empty Billable counts as billable, the vault's default.
    expect(p.entries.map((e) => [e.line, e.billable])).toEqual([[8, true]]);
  });

  it("identical rows of a file are one entry; rows hashing alike but differing still both import", () => {
    const header = "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount ()";
    const row = "Linh,,Harbour Goods,,,Same,Yes,2026-10-04,08:00:00,2026-10-04,09:00:00,01:00:00,,";
    const p = previewImport([header, row, row, row].join("\n"), target(), { tool: "toggl", zone: HCM });
    expect(p.entries).toHaveLength(1);
    expect(p.duplicates).toBe(2);
  });
});

describe("the index's ids", () => {
  it("an entry already in the vault under the row's id is a duplicate, whatever it looks like now", () => {
    const files: Record<string, string> = { ...CLIENT_FILES };
    const index = indexOf(files);
    const first = previewImport(fixtureText("toggl-sydney.csv"), targetFromIndex(index), { tool: "toggl", zone: HCM });
    const id = first.entries[0].id;
    files["Clients/Harbour Goods/Log/2026-04.md"] = `- [start:: 2026-04-05T08:00+07:00] [end:: 2026-04-05T09:00+07:00] edited by hand ^${id}\n`;
    index.setFile("Clients/Harbour Goods/Log/2026-04.md", files["Clients/Harbour Goods/Log/2026-04.md"]);
    const again = previewImport(fixtureText("toggl-sydney.csv"), targetFromIndex(index), { tool: "toggl", zone: HCM });
    expect(again.entries.map((e) => e.id)).toEqual(first.entries.slice(1).map((e) => e.id));
    expect(again.duplicates).toBe(first.duplicates + 1);
  });
});

describe("local times, property-based", () => {
  const zones = ["Asia/Ho_Chi_Minh", "Australia/Sydney", "Australia/Lord_Howe", "Europe/London", "America/New_York", "America/Santiago", "Pacific/Chatham", "Asia/Kathmandu", "America/Havana"];
  const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 0, 1) }).map((ms) => ms - (ms % 1000));

  it("the cached offset is the zone's offset at every instant", () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, (zone, ms) => {
        expect(cachedOffset(zone, ms)).toBe(offsetAt(zone, ms));
      }),
      RUNS,
    );
  });

  it("every instant is among the instants of its own wall time, and each of those has that wall time", () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instant, (zone, ms) => {
        const wall = ms + offsetAt(zone, ms) * 60_000;
        const found = localInstants(wall, zone);
        expect(found).toContain(ms);
        expect(found.length).toBeLessThanOrEqual(2);
        for (const t of found) expect(t + offsetAt(zone, t) * 60_000).toBe(wall);
      }),
      RUNS,
    );
  });
});
