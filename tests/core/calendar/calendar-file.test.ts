import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CalendarFile } from "../../../src/core/calendar/calendar-file";
import { weekRange } from "../../../src/core/shared/week";
import { formatLocalTime } from "../../../src/core/shared/local-time";

// The VA works from Ho Chi Minh City (UTC+7, no DST); her clients' calendars are in New York,
// Sydney and London, and each export below looks as Google, Outlook or Apple Calendar write it.
const VA = "Asia/Ho_Chi_Minh";
const fixture = (name: string) => new CalendarFile(`Calendars/${name}.ics`, readFileSync(join(process.cwd(), "tests", "fixtures", "ics", `${name}.ics`), "utf8"));

function week(cal: CalendarFile, id: string, zone = VA): string[] {
  const r = weekRange(id, zone, "mon");
  return cal.eventsBetween(r.from, r.to, zone).map((e) => `${formatLocalTime(e.start, zone)}–${formatLocalTime(e.end, zone).slice(11)} ${e.title}${e.allDay ? " [all day]" : ""}${e.busy ? "" : " [free]"}`);
}

describe("Google Calendar export", () => {
  const cal = fixture("google");

  it("reads the calendar's name, every event, and no problem", () => {
    expect(cal.name).toBe("linh.nguyen.va@gmail.com");
    expect(cal.diagnostics).toEqual([]);
  });

  it("keeps a weekly 9:00 New York meeting at 9:00 New York across both DST switches", () => {
    // 9:00 EST = 21:00 in Ho Chi Minh City; 9:00 EDT = 20:00 (US DST from 2026-03-08 to 2026-11-01).
    expect(week(cal, "2026-W10")).toEqual(["2026-03-02 21:00–21:30 Acme weekly sync"]);
    expect(week(cal, "2026-W11")).toEqual(["2026-03-09 20:00–20:30 Acme weekly sync"]);
    expect(week(cal, "2026-W44")).toEqual(["2026-10-26 20:00–20:30 Acme weekly sync"]);
    expect(week(cal, "2026-W45")).toEqual(["2026-11-02 21:00–21:30 Acme weekly sync"]);
  });

  it("leaves out an EXDATE, shows a moved instance at its new time and a cancelled one not at all", () => {
    expect(week(cal, "2026-W48")).toEqual([]);
    expect(week(cal, "2026-W49")).toEqual(["2026-12-01 23:00–23:30 Acme weekly sync (moved)", "2026-12-03 09:00–10:00 Northwind: Q1 content, kick-off"]);
    expect(week(cal, "2026-W50")).toEqual(["2026-12-07 00:00–00:00 Out of office – Da Lat trip [all day]"]);
  });

  it("reads all-day events as whole days in the VA's zone; a transparent one books nothing", () => {
    const r = weekRange("2026-W52", VA, "mon");
    const xmas = cal.eventsBetween(r.from, r.to, VA).find((e) => e.allDay)!;
    expect(xmas).toMatchObject({ title: "Christmas Day", allDay: true, busy: false, file: "Calendars/google.ics" });
    expect(formatLocalTime(xmas.start, VA)).toBe("2026-12-25 00:00");
    expect(xmas.end - xmas.start).toBe(24 * 3_600_000);
    const r50 = weekRange("2026-W50", VA, "mon");
    const [trip] = cal.eventsBetween(r50.from, r50.to, VA);
    expect(trip.end - trip.start).toBe(2 * 24 * 3_600_000);
  });
});

describe("Outlook export", () => {
  const cal = fixture("outlook");

  it("reads Windows zone names and a VTIMEZONE of its own, with no problem", () => {
    expect(cal.diagnostics).toEqual([]);
    expect(cal.name).toBe("Calendar");
  });

  it("places the second Tuesday's 10:00 Sydney review in and out of Sydney's DST", () => {
    // AEDT (+11) in March and December: 10:00 = 06:00 in HCMC; AEST (+10) in May: 07:00.
    expect(week(cal, "2026-W11")).toEqual(["2026-03-10 06:00–07:00 Bright Co monthly review"]);
    expect(week(cal, "2026-W20")).toEqual(["2026-05-12 07:00–08:00 Bright Co monthly review"]);
    expect(week(cal, "2026-W50")).toEqual(["2026-12-08 06:00–07:00 Bright Co monthly review"]);
  });

  it("stops a monthly rule at its UNTIL", () => {
    expect(week(cal, "2027-W23")).toEqual(["2027-06-08 07:00–08:00 Bright Co monthly review"]);
    expect(week(cal, "2027-W28")).toEqual([]);
  });

  it("keeps a fortnightly 16:00 London meeting at 16:00 London across the October switch, and counts to COUNT", () => {
    // BST (+1) until 2026-10-25: 16:00 = 22:00 in HCMC; GMT after: 23:00.
    expect(week(cal, "2026-W43")).toEqual(["2026-10-22 22:00–23:00 Harbour & Finch: invoices and payroll"]);
    expect(week(cal, "2026-W45")).toEqual(["2026-11-05 23:00–00:00 Harbour & Finch: invoices and payroll"]);
    // COUNT=20 from 2026-09-10, every other Thursday: the 20th is 2027-06-03, 19 × 14 days on.
    expect(week(cal, "2027-W22")).toEqual(["2027-06-03 22:00–23:00 Harbour & Finch: invoices and payroll"]);
    expect(week(cal, "2027-W24")).toEqual([]);
  });

  it("reads a customised zone from its VTIMEZONE and the last Friday of each month", () => {
    expect(week(cal, "2026-W44")).toEqual(["2026-10-30 11:00–12:00 Month-end close"]);
    expect(week(cal, "2026-W26")).toEqual(["2026-06-26 12:00–13:00 Month-end close"]);
  });

  it("shows a free (transparent) hold as not busy", () => {
    expect(week(cal, "2026-W49")).toContain("2026-12-02 20:00–21:00 Tentative hold [free]");
  });
});

describe("Apple Calendar export", () => {
  const cal = fixture("apple");

  it("unfolds lines, unescapes commas, skips X- properties", () => {
    expect(cal.diagnostics).toEqual([]);
    expect(cal.name).toBe("Personal");
  });

  it("keeps an 8:45 Sydney stand-up at 8:45 Sydney across 2026-04-05 and stops at UNTIL", () => {
    expect(week(cal, "2026-W14")).toEqual(["2026-04-02 04:45–05:00 Bright Co stand-up, daily", "2026-04-03 04:45–05:00 Bright Co stand-up, daily"]);
    expect(week(cal, "2026-W15")).toHaveLength(5);
    expect(week(cal, "2026-W15")[0]).toBe("2026-04-06 05:45–06:00 Bright Co stand-up, daily");
    expect(week(cal, "2026-W16")).toEqual([]);
  });

  it("reads floating times in the user's zone, whatever it is", () => {
    expect(week(cal, "2026-W49")).toContain("2026-12-04 09:30–10:30 Dentist, then school pick-up");
    expect(week(cal, "2026-W49", "Europe/London")).toContain("2026-12-04 09:30–10:30 Dentist, then school pick-up");
  });

  it("reads DURATION", () => {
    expect(week(cal, "2026-W50").filter((e) => e.endsWith("Gym"))).toEqual(["2026-12-07 09:00–09:45 Gym", "2026-12-09 09:00–09:45 Gym"]);
  });
});

describe("DST in the user's zone", () => {
  it("keeps a New York meeting at its instant when the VA is in London during the UK switch", () => {
    const cal = fixture("google");
    // London switches on 2026-03-29, New York on 03-08: 9:00 EDT is 13:00 GMT, then 14:00 BST.
    expect(week(cal, "2026-W13", "Europe/London")).toEqual(["2026-03-23 13:00–13:30 Acme weekly sync"]);
    expect(week(cal, "2026-W14", "Europe/London")).toEqual(["2026-03-30 14:00–14:30 Acme weekly sync"]);
  });
});
