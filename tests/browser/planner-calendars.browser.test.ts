// The planner with calendars in real Chromium: the demo week with a Google-style work calendar
// (a client call on Monday's first block, a weekly New York sync, an all-day trip, a free hold).
// Screenshots in light and dark; the events sit under the blocks, inside their day columns.
import { describe, expect, it } from "vitest";
import { openPage } from "./harness";

const PAGE = "tests/browser/pages/planner.ts";
const NOW = "2026-11-25T10:14:00+07:00";

const CALENDAR = [
  "BEGIN:VCALENDAR",
  "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
  "VERSION:2.0",
  "X-WR-CALNAME:Work",
  "BEGIN:VEVENT",
  "DTSTART:20261123T010000Z",
  "DTEND:20261123T020000Z",
  "UID:call@google.com",
  "SUMMARY:Client call\\, Acme",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTSTART;TZID=America/New_York:20260105T090000",
  "DTEND;TZID=America/New_York:20260105T100000",
  "RRULE:FREQ=WEEKLY;BYDAY=TU,TH",
  "UID:sync@google.com",
  "SUMMARY:Brightloop sync",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTSTART;VALUE=DATE:20261126",
  "DTEND;VALUE=DATE:20261127",
  "UID:trip@google.com",
  "SUMMARY:Da Lat trip",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTSTART:20261127T060000Z",
  "DTEND:20261127T070000Z",
  "UID:hold@google.com",
  "SUMMARY:Maybe lunch",
  "TRANSP:TRANSPARENT",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

describe("the planner with calendars in Chromium", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`shows the events under the blocks, busy blocks marked (${theme})`, async () => {
      const opened = await openPage(PAGE, { theme, width: 1400, height: 1000 });
      try {
        const { page } = opened;
        await page.clock.install({ time: new Date(NOW) });
        await page.evaluate(
          ([now, ics]) => (window as unknown as { plannerPage: { boot(l: string, n: string, p: boolean, e: Record<string, string>): Promise<void> } }).plannerPage.boot("en", now, false, { "Calendars/work.ics": ics }),
          [NOW, CALENDAR] as const,
        );
        await page.locator(".client-desk-planner-event").first().waitFor();
        const labels = await page.locator(".client-desk-planner-event").evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")));
        expect(labels).toEqual(expect.arrayContaining(["Work: Client call, Acme, 08:00–09:00", "Work: Maybe lunch, 13:00–14:00 (free)"]));
        expect(labels.filter((l) => l?.startsWith("Work: Brightloop sync"))).toHaveLength(2);
        // The all-day trip is named under Thursday's head, and Thursday's blocks are marked busy.
        expect(await page.locator(".client-desk-planner-dayhead .client-desk-planner-event.is-all-day").getAttribute("aria-label")).toBe("Work: Da Lat trip, all day");
        expect(await page.locator(".client-desk-planner-dayhead", { hasText: "Da Lat trip" }).textContent()).toBe("Thu 26Da Lat trip");
        expect(await page.locator(".client-desk-planner-block.is-busy").count()).toBeGreaterThan(0);
        // Every event piece sits inside its day column.
        const outside = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>(".client-desk-planner-day .client-desk-planner-event")].filter((b) => {
            const c = b.closest(".client-desk-planner-day")!.getBoundingClientRect();
            const r = b.getBoundingClientRect();
            return r.left < c.left - 1 || r.right > c.right + 1 || r.height < 4;
          }).length,
        );
        expect(outside).toBe(0);
        await page.locator(".client-desk-planner-scroll").evaluate((el) => (el.scrollTop = 6 * 40));
        await opened.screenshot(`planner-calendars-${theme}`, { selector: ".client-desk-planner-scroll" });
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }
});
