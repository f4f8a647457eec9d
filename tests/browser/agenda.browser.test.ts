// The client overview in real Chromium on a busy vault: every section drawn, light and dark,
// English and Vietnamese, a narrow (phone-width) pane; a task dragged between quadrants with the
// mouse, and one moved from its menu with the keyboard, checked in the note's frontmatter.
// Screenshots go to .artifacts/screenshots/ to be looked at.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { openPage, screenshotDir, type OpenedPage } from "./harness";

const PAGE = "tests/browser/pages/agenda.ts";
const NOW = "2026-11-25T10:14:00+07:00";
const UPLOADS = "Clients/Harbour Goods/Tasks/Summer range uploads.md";
const CRM = "Clients/Brightloop/Tasks/CRM cleanup.md";

type Driver = {
  boot(language: string, now: string): Promise<void>;
  settle(): Promise<void>;
  content(path: string): string;
  opened(): string[];
};

function call<K extends keyof Driver>(opened: OpenedPage, name: K, ...args: Parameters<Driver[K]>): Promise<Awaited<ReturnType<Driver[K]>>> {
  return opened.page.evaluate(
    ([n, a]) => {
      const d = (window as unknown as { agendaPage: Record<string, (...x: unknown[]) => unknown> }).agendaPage;
      return d[n](...a) as never;
    },
    [name, args] as const,
  );
}

async function withPage(theme: "light" | "dark", language: string, size: { width: number; height: number }, run: (p: OpenedPage) => Promise<void>) {
  const opened = await openPage(PAGE, { theme, ...size });
  try {
    await opened.page.clock.install({ time: new Date(NOW) });
    await call(opened, "boot", language, NOW);
    await opened.page.locator(".client-desk-agenda-quadrant").first().waitFor({ state: "attached" });
    await run(opened);
    expect(opened.errors).toEqual([]);
  } finally {
    await opened.close();
  }
}

/** A screenshot of the page from the top of one element to the bottom of another. */
async function shotBetween(opened: OpenedPage, name: string, first: string, last: string): Promise<void> {
  // The view scrolls inside its pane: bring the first element to the top of the window.
  await opened.page.locator(first).evaluate((el) => el.scrollIntoView({ block: "start" }));
  const a = (await opened.page.locator(first).boundingBox())!;
  const b = (await opened.page.locator(last).boundingBox())!;
  const x = Math.min(a.x, b.x);
  await opened.page.screenshot({
    path: join(screenshotDir, `${name}.png`),
    clip: { x, y: a.y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: b.y + b.height - a.y },
    animations: "disabled",
  });
}

/** Opens a folded section by a click on its heading, as a person does. */
async function openSection(opened: OpenedPage, name: string): Promise<void> {
  await opened.page.locator(`details.is-${name} > summary`).click();
  await expect.poll(() => opened.page.locator(`details.is-${name}`).evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
}

const titlesIn = (opened: OpenedPage, selector: string) => opened.page.locator(`${selector} .client-desk-agenda-title`).allTextContents();
const quadrant = (q: string) => `.client-desk-agenda-quadrant[data-quadrant="${q}"]`;
const frontmatter = (text: string) => text.slice(0, text.indexOf("\n---\n", 4) + 5);
const body = (text: string) => text.slice(text.indexOf("\n---\n", 4) + 5);
/** The note with one field added at the end of its frontmatter, where processFrontMatter puts a new key. */
const withField = (text: string, line: string) => text.replace("\n---\n", `\n${line}\n---\n`);

describe("client overview in Chromium", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`shows every section of a busy vault and moves a task by drag and drop (${theme})`, async () => {
      await withPage(theme, "en", { width: 1100, height: 3000 }, async (opened) => {
        const { page } = opened;
        expect(await titlesIn(opened, ".is-deadlines .is-overdue")).toEqual(["Support inbox triage", "Black Friday refunds"]);
        expect(await titlesIn(opened, ".is-deadlines .is-today")).toEqual(["Investor update draft", "Kiểm kê tồn kho", "Summer range uploads"]);
        expect(await titlesIn(opened, ".is-deadlines .is-week")).toEqual(["Podcast show notes", "Newsletter 48", "Bài đăng Facebook tuần 48", "Christmas banner"]);
        expect(await titlesIn(opened, quadrant("do"))).toEqual(["Black Friday refunds", "Investor update draft", "Kiểm kê tồn kho"]);
        expect(await titlesIn(opened, ".is-replies")).toEqual(["Where is my order 4471"]);
        expect(await titlesIn(opened, ".is-surveys")).toEqual(["Clara Whitfield Coaching"]);
        // One title (the tab's), and one task list open at a time: each task on screen once.
        expect(await page.locator(".client-desk-agenda h3").count()).toBe(0);
        expect(await page.locator("details.client-desk-agenda-section[open]").evaluateAll((els: Element[]) => els.map((e) => e.getAttribute("class")!.replace(/.* is-/, "")))).toEqual(["deadlines", "replies", "checkins", "surveys"]);
        const shownTwice = await page.evaluate(() => {
          const seen = new Map<string, number>();
          // Tasks only: a client's check-in and its survey are two things to do about one note.
          for (const el of document.querySelectorAll<HTMLElement>(".client-desk-agenda-item[data-path*='/Tasks/']")) {
            if (!el.checkVisibility()) continue;
            seen.set(el.dataset.path!, (seen.get(el.dataset.path!) ?? 0) + 1);
          }
          return [...seen].filter(([, n]) => n > 1).map(([p]) => p);
        });
        expect(shownTwice).toEqual([]);
        // No "24:00" and no line starting with "·".
        expect((await page.locator(".client-desk-agenda").textContent())!).not.toContain("24:00");
        await opened.screenshot(`agenda-${theme}`, { selector: ".workspace-leaf.mod-active" });
        await openSection(opened, "batches");
        expect(await page.locator(".is-batches h5").allTextContents()).toContain("Email5");
        await opened.screenshot(`agenda-${theme}-batches`, { selector: ".workspace-leaf.mod-active" });
        await openSection(opened, "matrix");
        expect(await page.locator("details.is-deadlines").evaluate((el) => (el as HTMLDetailsElement).open)).toBe(false);
        // Two columns side by side in a wide pane.
        const a = await page.locator(quadrant("do")).boundingBox();
        const b = await page.locator(quadrant("schedule")).boundingBox();
        expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
        expect(Math.abs(b!.y - a!.y)).toBeLessThan(2);
        await opened.screenshot(`agenda-${theme}-matrix`, { selector: ".workspace-leaf.mod-active" });
        await shotBetween(opened, `agenda-${theme}-bottom`, ".client-desk-agenda-section.is-replies", ".client-desk-agenda-section.is-surveys");

        const before = await call(opened, "content", UPLOADS);
        const item = page.locator(`${quadrant("schedule")} .client-desk-agenda-item`, { hasText: "Summer range uploads" });
        await item.dragTo(page.locator(quadrant("do")));
        await call(opened, "settle");
        await expect.poll(() => titlesIn(opened, quadrant("do"))).toContain("Summer range uploads");
        const after = await call(opened, "content", UPLOADS);
        expect(frontmatter(after)).toBe(frontmatter(withField(before, "urgent: true")));
        expect(body(after)).toBe(body(before));
        expect(await titlesIn(opened, quadrant("schedule"))).not.toContain("Summer range uploads");
        if (theme === "light") await opened.screenshot("agenda-matrix-after-drag-light", { selector: ".client-desk-agenda-section.is-matrix" });
      });
    });
  }

  it("moves a task with the keyboard from its menu and opens a note with Enter", async () => {
    await withPage("light", "en", { width: 1100, height: 1400 }, async (opened) => {
      const { page } = opened;
      await openSection(opened, "matrix");
      const before = await call(opened, "content", CRM);
      const button = page.locator(`${quadrant("later")} .client-desk-agenda-item`, { hasText: "CRM cleanup" }).locator("button.client-desk-agenda-move");
      await button.focus();
      await page.keyboard.press("Enter");
      const menu = page.locator(".menu");
      await menu.waitFor();
      expect(await menu.locator(".menu-item-title").allTextContents()).toEqual(["Move to Do now", "Move to Schedule", "Move to Delegate", "Move to Later"]);
      await opened.screenshot("agenda-move-menu-light", { fullPage: false });
      await menu.locator(".menu-item", { hasText: "Move to Delegate" }).click();
      await call(opened, "settle");
      await expect.poll(() => titlesIn(opened, quadrant("delegate"))).toContain("CRM cleanup");
      expect(await call(opened, "content", CRM)).toBe(withField(before, "urgent: true"));
      // Focus followed the task into its new box; Enter opens its note.
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path)).toBe(CRM);
      await page.keyboard.press("Enter");
      await call(opened, "settle");
      expect(await call(opened, "opened")).toEqual([CRM]);
    });
  });

  for (const theme of ["light", "dark"] as const) {
    it(`reads in Vietnamese (${theme})`, async () => {
      await withPage(theme, "vi", { width: 1100, height: 3000 }, async (opened) => {
        const headings = await opened.page.locator(".client-desk-agenda-section > summary > h4").allTextContents();
        expect(headings.map((h) => h.replace(/\d+$/, ""))).toEqual([
          "Hạn chót",
          "Mức ưu tiên",
          "Gom việc theo loại",
          "Phản hồi quá hạn",
          "Đến hạn liên hệ định kỳ",
          "Đến hạn khảo sát ý kiến",
        ]);
        expect(await opened.page.locator(".client-desk-agenda-quadrant-name").allTextContents()).toEqual(["Làm ngay", "Lên lịch", "Giao việc", "Để sau"]);
        await opened.screenshot(`agenda-vi-${theme}`, { selector: ".workspace-leaf.mod-active" });
      });
    });
  }

  it("fits a phone-width pane: one column, nothing wider than the screen", async () => {
    await withPage("dark", "en", { width: 390, height: 3400 }, async (opened) => {
      const { page } = opened;
      await shotBetween(opened, "agenda-narrow-dark-top", ".client-desk-agenda-header", ".client-desk-agenda-section.is-deadlines");
      await openSection(opened, "matrix");
      const a = await page.locator(quadrant("do")).boundingBox();
      const b = await page.locator(quadrant("schedule")).boundingBox();
      expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
      const overflow = await page.evaluate(() => {
        const content = document.querySelector(".client-desk-agenda") as HTMLElement;
        return content.scrollWidth - content.clientWidth;
      });
      expect(overflow).toBe(0);
      await shotBetween(opened, "agenda-narrow-dark-matrix", ".client-desk-agenda-section.is-matrix", ".client-desk-agenda-section.is-matrix");
      await shotBetween(opened, "agenda-narrow-dark-bottom", ".client-desk-agenda-section.is-replies", ".client-desk-agenda-section.is-surveys");
    });
  });
});
