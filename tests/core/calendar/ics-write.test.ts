import { describe, expect, it } from "vitest";
import { calendarText } from "../../../src/core/calendar/ics-write";
import { CalendarFile } from "../../../src/core/calendar/calendar-file";
import { WINDOWS_ZONES, windowsZone } from "../../../src/core/calendar/windows-zones";
import { isValidZone } from "../../../src/core/shared/zones";

describe("writing .ics", () => {
  const now = Date.parse("2026-12-01T03:00:00Z");
  const text = calendarText({
    name: "Client Desk 2026-W49",
    method: "PUBLISH",
    now,
    events: [
      { uid: "cd-abc12345-1f2e3d4c@client-desk", start: Date.parse("2026-12-02T02:00:00Z"), end: Date.parse("2026-12-02T03:30:00Z"), summary: "Trà Sen Tây Hồ: Đơn hàng, tin nhắn; và ảnh sản phẩm \\ mới", description: "Line one\nLine two, with a comma" },
    ],
  });

  it("writes the header, UTC times, escaped text, CRLF endings and lines of at most 75 octets", () => {
    const lines = text.split("\r\n");
    expect(lines.slice(0, 6)).toEqual(["BEGIN:VCALENDAR", "PRODID:-//Client Desk//Client Desk for Obsidian//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Client Desk 2026-W49"]);
    expect(lines).toContain("DTSTART:20261202T020000Z");
    expect(lines).toContain("DTEND:20261202T033000Z");
    expect(lines).toContain("DTSTAMP:20261201T030000Z");
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n /g, "")).toContain("SUMMARY:Trà Sen Tây Hồ: Đơn hàng\\, tin nhắn\\; và ảnh sản phẩm \\\\ mới");
  });

  it("reads back as the same event", () => {
    const back = new CalendarFile("x.ics", text);
    expect(back.diagnostics).toEqual([]);
    const [e] = back.eventsBetween(Date.parse("2026-12-01T00:00:00Z"), Date.parse("2026-12-08T00:00:00Z"), "Asia/Ho_Chi_Minh");
    expect(e).toMatchObject({ title: "Trà Sen Tây Hồ: Đơn hàng, tin nhắn; và ảnh sản phẩm \\ mới", calendar: "Client Desk 2026-W49", start: Date.parse("2026-12-02T02:00:00Z"), end: Date.parse("2026-12-02T03:30:00Z"), busy: true });
  });
});

describe("Windows zone names", () => {
  it("map to zones this platform knows", () => {
    for (const [win, iana] of Object.entries(WINDOWS_ZONES)) expect([win, isValidZone(iana)]).toEqual([win, true]);
  });

  it("include the ones a VA's clients use, and Outlook's display names", () => {
    expect(windowsZone("Eastern Standard Time")).toBe("America/New_York");
    expect(windowsZone("AUS Eastern Standard Time")).toBe("Australia/Sydney");
    expect(windowsZone("GMT Standard Time")).toBe("Europe/London");
    expect(windowsZone("SE Asia Standard Time")).toBe("Asia/Bangkok");
    expect(windowsZone("(UTC-05:00) Eastern Time (US & Canada)")).toBe("America/New_York");
    expect(windowsZone("Mars Standard Time")).toBeNull();
  });
});
