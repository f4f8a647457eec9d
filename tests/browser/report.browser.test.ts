// A weekly report note rendered in real Chromium through the fake Obsidian: written by the plugin's
// scheduler (catch-up on start), then its markdown rendered (headings, tables, lists) with the
// plugin's chart block drawn by chart.js on a real canvas. Screenshots light, dark and print.
import { describe, expect, it } from "vitest";
import { openPage, type OpenedPage } from "./harness";

const PAGE = "tests/browser/pages/report.ts";
const NOW = "2026-11-26T10:00:00+07:00";
const REPORT = "Clients/Harbour Goods/Reports/2026-W47.md";

function call<T>(opened: OpenedPage, name: string, ...args: unknown[]): Promise<T> {
  return opened.page.evaluate(
    ([n, a]) => (window as unknown as { reportPage: Record<string, (...x: unknown[]) => unknown> }).reportPage[n](...(a)) as never,
    [name, args] as const,
  );
}

async function withReport(theme: "light" | "dark", run: (p: OpenedPage) => Promise<void>, path = REPORT) {
  const opened = await openPage(PAGE, { theme, width: 900, height: 1400 });
  try {
    await opened.page.clock.install({ time: new Date(NOW) });
    const written = await call<string[]>(opened, "boot", NOW);
    expect(written.sort()).toEqual([
      "Clients/Brightloop/Reports/2026-W47.md",
      "Clients/Clara Whitfield Coaching/Reports/2026-W47.md",
      REPORT,
      "Clients/Trà Sen Tây Hồ/Reports/2026-W47.md",
    ]);
    await call(opened, "render", path);
    await run(opened);
    expect(opened.errors).toEqual([]);
  } finally {
    await opened.close();
  }
}

/** How many of the canvas's pixels are not transparent: a drawn chart has many. */
function inkOf(opened: OpenedPage): Promise<number> {
  return opened.page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>(".client-desk-chart canvas");
    if (!c || c.width === 0) return 0;
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
    return n;
  });
}

describe("a weekly report note in Chromium", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`renders headings, the hours table, lists and the chart (${theme})`, async () => {
      await withReport(theme, async (opened) => {
        const { page } = opened;
        const root = page.locator(".client-desk-report-page");
        expect(await root.locator("h1").textContent()).toBe("Weekly report: Harbour Goods");
        expect(await root.locator("h2").allTextContents()).toEqual([
          "Hours by task",
          "Package: Launch pack",
          "Completed",
          "In progress",
          "Waiting on you",
          "Deadlines ahead",
          "Planned for next week",
          "Notes",
        ]);
        expect(await root.locator("table th").allTextContents()).toEqual(["Task", "Tracked", "Billed"]);
        expect(await root.locator("table tbody tr").last().textContent()).toBe("Total8.8810.00");
        expect(await root.locator("li").allTextContents()).toContain("18 Nov 2026: Order follow-ups (overdue)");
        // Its properties are there but hidden in reading view and in print.
        expect(await root.locator(".metadata-container").evaluate((el) => getComputedStyle(el).display)).toBe("none");
        expect(await root.getByText("client-desk-notes").count()).toBe(0);
        const canvas = root.locator(".client-desk-chart canvas");
        await canvas.waitFor();
        const box = await canvas.boundingBox();
        expect(box!.height).toBeGreaterThan(200);
        await expect.poll(() => inkOf(opened)).toBeGreaterThan(2000);
        await opened.screenshot(`report-${theme}`, { selector: ".client-desk-report-page" });
        if (theme === "light") {
          await page.emulateMedia({ media: "print" });
          expect(await root.locator(".metadata-container").evaluate((el) => getComputedStyle(el).display)).toBe("none");
          await opened.screenshot("report-print", { selector: ".client-desk-report-page" });
          await page.emulateMedia({ media: "screen" });
        }
        // Closing the note destroys the chart with its block.
        await call(opened, "unload");
        expect(await page.evaluate(() => {
          const c = document.querySelector<HTMLCanvasElement>(".client-desk-chart canvas");
          return c === null || c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data.every((v) => v === 0);
        })).toBe(true);
      });
    });
  }

  it("reads in Vietnamese, with its dates in the invoice's form (dark)", async () => {
    await withReport(
      "dark",
      async (opened) => {
        const root = opened.page.locator(".client-desk-report-page");
        expect(await root.locator("h1").textContent()).toBe("Báo cáo tuần: Trà Sen Tây Hồ");
        expect(await root.locator("p").first().textContent()).toBe("Tuần 2026-W47: 16 thg 11, 2026 – 22 thg 11, 2026 (Asia/Ho_Chi_Minh)");
        expect(await root.locator(".metadata-container").evaluate((el) => getComputedStyle(el).display)).toBe("none");
        await root.locator(".client-desk-chart canvas").waitFor();
        await opened.screenshot("report-vi-dark", { selector: ".client-desk-report-page" });
      },
      "Clients/Trà Sen Tây Hồ/Reports/2026-W47.md",
    );
  });
});
