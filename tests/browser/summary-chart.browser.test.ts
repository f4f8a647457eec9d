// The planner's summary chart (chart.js) and deadlines strip in real Chromium, light and dark:
// drawn with the theme's colours, numbers in an accessible table, updated in place, destroyed on
// unload; deadlines open their task note on click and on Enter. Screenshots in .artifacts/screenshots/.
import { describe, expect, it } from "vitest";
import { openPage, type OpenedPage } from "./harness";

const PAGE = "tests/browser/pages/summary-chart.ts";

type Driver = {
  held(): { chart: boolean; bars: number };
  shown(): { id: string | null; labels: unknown[]; data: unknown[][]; height: number };
  update(rows: { name: string; color: string | null; plannedMinutes: number; trackedMinutes: number }[]): Promise<void>;
  unload(): void;
  opened(): string[];
  colors(): string[];
};

function call<K extends keyof Driver>(opened: OpenedPage, name: K, ...args: Parameters<Driver[K]>): Promise<Awaited<ReturnType<Driver[K]>>> {
  return opened.page.evaluate(
    ([n, a]) => {
      const d = (window as unknown as { summaryPage: Record<string, (...x: unknown[]) => unknown> }).summaryPage;
      return d[n](...a) as never;
    },
    [name, args] as const,
  );
}

describe("summary chart and deadlines strip in Chromium", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`draws the chart and the strip (${theme}), updates, and destroys the chart on unload`, async () => {
      const opened = await openPage(PAGE, { theme, width: 700, height: 640 });
      try {
        const { page } = opened;
        expect(await call(opened, "held")).toEqual({ chart: true, bars: 8 });
        // Colours are the theme's: planned bars --text-faint, tracked ones --interactive-accent.
        const vars = await page.evaluate(() => {
          const css = getComputedStyle(document.querySelector(".client-desk-summary")!);
          return ["--text-faint", "--interactive-accent"].map((v) => css.getPropertyValue(v).trim());
        });
        expect(vars.every((v) => v !== "")).toBe(true);
        expect(await call(opened, "colors")).toEqual(vars);
        // Something was painted: the canvas is not blank.
        const painted = await page.evaluate(() => {
          const c = document.querySelector<HTMLCanvasElement>(".client-desk-summary canvas")!;
          const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
          let n = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) n++;
          return { n, w: c.width, h: c.height };
        });
        expect(painted.h).toBeGreaterThan(150);
        expect(painted.n).toBeGreaterThan(1000);
        const label = await page.locator(".client-desk-summary canvas").getAttribute("aria-label");
        expect(label).toContain("Harbour Goods: Planned 12, Tracked 11.5");
        const rows = await page.locator(".client-desk-summary table tbody tr").allTextContents();
        expect(rows).toEqual(["Brightloop107.8", "Clara Whitfield Coaching45", "Harbour Goods1211.5", "Trà Sen Tây Hồ30.8"]);

        const deadlines = page.locator(".client-desk-deadline");
        expect(await deadlines.count()).toBe(5);
        expect(await page.locator(".client-desk-deadline.is-overdue").count()).toBe(2);
        expect(await deadlines.first().textContent()).toBe(
          "Podcast show notesClara Whitfield CoachingSat 21 Nov, 07:00 your time · end of Fri 20 Nov for Clara Whitfield CoachingOverdue",
        );
        await opened.screenshot(`planner-summary-${theme}`, { selector: ".workspace-leaf-content" });

        await deadlines.nth(2).click();
        await deadlines.nth(3).focus();
        await page.keyboard.press("Enter");
        expect(await call(opened, "opened")).toEqual(["Clients/Brightloop/Tasks/Investor update draft.md", "Clients/Harbour Goods/Tasks/Black Friday banner.md"]);

        const before = await call(opened, "shown");
        await call(opened, "update", [{ name: "Solo", color: null, plannedMinutes: 60, trackedMinutes: 30 }]);
        expect(await call(opened, "held")).toEqual({ chart: true, bars: 2 });
        // The same chart takes the new rows (a week's flip makes no new chart), sized to one row.
        const after = await call(opened, "shown");
        expect(after).toMatchObject({ id: before.id, labels: ["Solo"], data: [[1], [0.5]] });
        expect(after.height).toBeLessThan(before.height);
        expect(await page.locator(".client-desk-summary table tbody tr").allTextContents()).toEqual(["Solo10.5"]);
        await call(opened, "update", []);
        expect(await call(opened, "held")).toEqual({ chart: false, bars: 0 });
        expect(await page.locator(".client-desk-summary-empty").first().isVisible()).toBe(true);
        await call(opened, "update", [{ name: "Solo", color: null, plannedMinutes: 60, trackedMinutes: 30 }]);

        await call(opened, "unload");
        expect(await call(opened, "held")).toEqual({ chart: false, bars: 0 });
        expect(await page.locator(".client-desk-summary").count()).toBe(0);
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }
});
