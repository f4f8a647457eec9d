import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CalendarFile } from "../../../src/core/calendar/calendar-file";
import { weekRange } from "../../../src/core/shared/week";
import { formatLocalTime } from "../../../src/core/shared/local-time";

const VA = "Asia/Ho_Chi_Minh";
const ics = (...body: string[]) => ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//EN", ...body, "END:VCALENDAR", ""].join("\r\n");
const event = (...props: string[]) => ["BEGIN:VEVENT", ...props, "END:VEVENT"];
const titles = (cal: CalendarFile, week: string) => {
  const r = weekRange(week, VA, "mon");
  return cal.eventsBetween(r.from, r.to, VA).map((e) => e.title);
};
const problems = (cal: CalendarFile) => cal.diagnostics.map((d) => `${d.line} ${d.field ?? "-"} ${d.severity} ${d.code} ${JSON.stringify(d.params)}`);

describe("bad calendar files", () => {
  it("a truncated file: the events read are kept, the one cut off is left out and its line named", () => {
    const full = readFileSync(join(process.cwd(), "tests", "fixtures", "ics", "google.ics"), "utf8");
    const cut = full.slice(0, full.indexOf("SUMMARY:Northwind"));
    const cal = new CalendarFile("Calendars/google.ics", cut);
    expect(titles(cal, "2026-W49")).toEqual(["Acme weekly sync (moved)"]);
    const begin = cut.split("\r\n").lastIndexOf("BEGIN:VEVENT") + 1;
    expect(problems(cal)).toEqual([`1 - error calendar-truncated {"component":"VCALENDAR"}`, `${begin} - error calendar-truncated {"component":"VEVENT"}`]);
  });

  it("an unknown zone, an end before the start, a bad date: each event left out with file, line and field; the rest shown", () => {
    const cal = new CalendarFile(
      "Calendars/work.ics",
      ics(
        ...event("UID:a", "SUMMARY:Mars call", "DTSTART;TZID=Mars/Olympus_Mons:20261201T090000", "DTEND;TZID=Mars/Olympus_Mons:20261201T100000"),
        ...event("UID:b", "SUMMARY:Backwards", "DTSTART:20261202T090000Z", "DTEND:20261202T080000Z"),
        ...event("UID:c", "SUMMARY:Bad date", "DTSTART:20261332T090000Z"),
        ...event("UID:d", "SUMMARY:Fine", "DTSTART:20261203T090000Z", "DTEND:20261203T100000Z"),
        ...event("UID:e", "SUMMARY:Hourly", "DTSTART:20261204T090000Z", "DURATION:PT30M", "RRULE:FREQ=HOURLY;COUNT=3"),
      ),
    );
    expect(titles(cal, "2026-W49")).toEqual(["Fine", "Hourly"]);
    expect(problems(cal)).toEqual([
      `7 DTSTART error calendar-zone-unknown {"value":"Mars/Olympus_Mons"}`,
      `14 DTEND error calendar-end-before-start {"start":"20261202T090000Z","end":"20261202T080000Z"}`,
      `19 DTSTART error calendar-time-invalid {"value":"20261332T090000Z"}`,
      `32 RRULE warning calendar-rule-unsupported {"value":"FREQ=HOURLY"}`,
    ]);
    expect(cal.diagnostics.every((d) => d.file === "Calendars/work.ics")).toBe(true);
  });

  it("a file that is not a calendar says so once and shows nothing", () => {
    const cal = new CalendarFile("Calendars/notes.ics", "Meeting notes\nnothing here\n");
    expect(problems(cal)).toEqual(["1 - error calendar-not-ics {}"]);
    expect(titles(cal, "2026-W49")).toEqual([]);
    expect(problems(new CalendarFile("Calendars/empty.ics", ""))).toEqual(["1 - error calendar-not-ics {}"]);
  });

  it("an unreadable line is named and skipped", () => {
    const cal = new CalendarFile("Calendars/x.ics", ics(...event("UID:a", "SUMMARY:Kept", "garbage without colon", "DTSTART:20261203T090000Z")));
    expect(titles(cal, "2026-W49")).toEqual(["Kept"]);
    expect(problems(cal)).toEqual([`7 - error calendar-line-invalid {"value":"garbage without colon"}`]);
  });

  it("an unbounded rule from decades ago shows the week asked for", () => {
    const cal = new CalendarFile("Calendars/x.ics", ics(...event("UID:a", "SUMMARY:Standup", "DTSTART;TZID=America/New_York:19800107T090000", "DTEND;TZID=America/New_York:19800107T091500", "RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR")));
    const r = weekRange("2026-W45", VA, "mon");
    const got = cal.eventsBetween(r.from, r.to, VA).map((e) => formatLocalTime(e.start, VA));
    // Fri 2026-10-30 09:00 EDT is Fri 20:00 in HCMC… the week's Mondays to Fridays at 21:00 after 1 November.
    expect(got).toEqual(["2026-11-02 21:00", "2026-11-03 21:00", "2026-11-04 21:00", "2026-11-05 21:00", "2026-11-06 21:00"]);
  });

  it("a 20 MB calendar is read, its problems capped, and a week holds only its own events", () => {
    const body: string[] = [];
    const day = 86_400_000;
    const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, "").slice(0, 15) + "Z";
    let size = 0;
    let n = 0;
    const base = Date.UTC(2016, 0, 1, 2);
    while (size < 20 * 1024 * 1024) {
      const start = base + (n % 4000) * day + (n % 7) * 3_600_000;
      const lines = event(
        `UID:gen-${n}@test`,
        `SUMMARY:Generated event ${n}\\, with a comma`,
        `DESCRIPTION:${"Lorem ipsum dolor sit amet, ".repeat(8)}`,
        `DTSTART:${stamp(start)}`,
        n % 1000 === 0 ? "DTEND:19990101T000000Z" : `DTEND:${stamp(start + 1_800_000)}`,
      );
      for (const l of lines) size += l.length + 2;
      for (const l of lines) body.push(l);
      n++;
    }
    const text = ["BEGIN:VCALENDAR", "VERSION:2.0", body.join("\r\n"), "END:VCALENDAR", ""].join("\r\n");
    expect(text.length).toBeGreaterThanOrEqual(20 * 1024 * 1024);
    const cal = new CalendarFile("Calendars/big.ics", text);
    expect(cal.diagnostics.length).toBe(50);
    expect(cal.diagnostics.every((d) => d.code === "calendar-end-before-start")).toBe(true);
    const r = weekRange("2026-W49", VA, "mon");
    const got = cal.eventsBetween(r.from, r.to, VA);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((e) => e.end > r.from && e.start < r.to)).toBe(true);
    // Every generated event of the week is there: counted by the rule that generated them.
    let expected = 0;
    for (let k = 0; k < n; k++) {
      if (k % 1000 === 0) continue;
      const start = base + (k % 4000) * day + (k % 7) * 3_600_000;
      if (start + 1_800_000 > r.from && start < r.to) expected++;
    }
    expect(got.length).toBe(expected);
  });
});
