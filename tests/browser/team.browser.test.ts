// The team panel in real Chromium: who tracks what now and today's hours per person, light and
// dark, English and Vietnamese, and at phone width. Screenshots go to .artifacts/screenshots/.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { openPage, screenshotDir } from "./harness";

const PAGE = "tests/browser/pages/team.ts";
const NOW = "2026-11-25T10:14:00+07:00";

async function shoot(theme: "light" | "dark", language: string, width: number, name: string): Promise<string[]> {
  const opened = await openPage(PAGE, { theme, width, height: 700 });
  try {
    await opened.page.clock.install({ time: new Date(NOW) });
    await opened.page.evaluate(([l, n]) => (window as unknown as { teamPage: { boot(a: string, b: string): Promise<void> } }).teamPage.boot(l, n), [language, NOW] as const);
    const panel = opened.page.locator(".client-desk-team");
    await panel.locator(".client-desk-team-person").first().waitFor();
    await panel.screenshot({ path: join(screenshotDir, `${name}.png`), animations: "disabled" });
    expect(opened.errors).toEqual([]);
    return await panel.locator(".client-desk-team-person").allTextContents();
  } finally {
    await opened.close();
  }
}

describe("team panel in Chromium", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`shows who is tracking and today's hours (${theme})`, async () => {
      const rows = await shoot(theme, "en", 900, `team-panel-${theme}`);
      // Ana Reyes is the demo's subcontractor note, read as a person; Minh tracks his own time.
      expect(rows).toEqual([
        "Ana Reyes: not trackingtoday 0 h",
        "Linh Nguyen: not trackingtoday 0 h",
        "Minh Tran: Clara Whitfield Coaching · Instagram content since 09:30today 0.7 h",
      ]);
    });
  }

  it("in Vietnamese at phone width", async () => {
    const rows = await shoot("light", "vi", 390, "team-panel-vi-phone");
    expect(rows[2]).toContain("Minh Tran: Clara Whitfield Coaching");
    expect(rows[2]).toContain("hôm nay 0,7 giờ");
  });
});
