// The weekly planner in real Chromium: playwright makes a block by dragging on empty space, picks
// the client, moves the block by dragging it to another day, resizes it by its bottom edge and
// deletes it from its menu, reading the plan note after each step. Screenshots of the busy demo
// week in light, dark and at phone width.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { openPage, type OpenedPage } from "./harness";

const PAGE = "tests/browser/pages/planner.ts";
const NOW = "2026-11-25T10:14:00+07:00";
const PLAN = "Planner/2026-W48.md";

type Driver = {
  boot(language: string, now: string, phone?: boolean, extra?: Record<string, string>): Promise<void>;
  settle(): Promise<void>;
  content(path: string): string;
};

function call<K extends keyof Driver>(opened: OpenedPage, name: K, ...args: Parameters<Driver[K]>): Promise<Awaited<ReturnType<Driver[K]>>> {
  return opened.page.evaluate(
    ([n, a]) => {
      const d = (window as unknown as { plannerPage: Record<string, (...x: unknown[]) => unknown> }).plannerPage;
      return d[n](...a) as never;
    },
    [name, args] as const,
  );
}

async function withPage(theme: "light" | "dark", size: { width: number; height: number }, run: (p: OpenedPage) => Promise<void>) {
  const opened = await openPage(PAGE, { theme, ...size });
  try {
    await opened.page.clock.install({ time: new Date(NOW) });
    await run(opened);
    expect(opened.errors).toEqual([]);
  } finally {
    await opened.close();
  }
}

/** The page position of wall-clock `minute` in day column `day`. */
async function at(page: Page, day: number, minute: number, dx = 0.5): Promise<{ x: number; y: number }> {
  const box = (await page.locator(`.client-desk-planner-day[data-day="${day}"]`).boundingBox())!;
  return { x: box.x + box.width * dx, y: box.y + (box.height * minute) / 1440 };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 5, from.y + ((to.y - from.y) * i) / 5);
  await page.mouse.up();
}

const last = (text: string) => text.trimEnd().split("\n").at(-1)!;

describe("the weekly planner in Chromium", () => {
  it("creates, moves, resizes and deletes a block with the mouse; the note after each step", async () => {
    await withPage("light", { width: 1280, height: 1000 }, async (opened) => {
      const { page } = opened;
      await call(opened, "boot", "en", NOW);
      const original = await call(opened, "content", PLAN);
      await page.locator(".client-desk-planner-block").first().waitFor();

      // Saturday 28th is empty: drag from 09:00 to 10:30 there.
      const sat = 5;
      const col = page.locator(`.client-desk-planner-day[data-day="${sat}"]`);
      await col.scrollIntoViewIfNeeded();
      await page.locator(".client-desk-planner-scroll").evaluate((el) => (el.scrollTop = 8 * 40));
      await drag(page, await at(page, sat, 9 * 60 + 2, 0.3), await at(page, sat, 10 * 60 + 30 + 3, 0.3));
      const input = page.locator(".modal.prompt input.prompt-input");
      await input.waitFor();
      expect(await input.getAttribute("placeholder")).toBe("Client for the new block (09:00–10:30)");
      await page.keyboard.type("harbour");
      await page.locator(".suggestion-item", { hasText: "Harbour Goods" }).first().click();
      const title = page.locator(".client-desk-planner-title-modal input");
      await title.waitFor();
      await title.focus();
      await page.keyboard.type("Photo edits");
      await page.keyboard.press("Enter");
      await call(opened, "settle");
      let text = await call(opened, "content", PLAN);
      expect(text.startsWith(original)).toBe(true);
      const made = /^- \[start:: 2026-11-28T09:00\+07:00\] \[end:: 2026-11-28T10:30\+07:00\] \[client:: \[\[Harbour Goods\]\]\] Photo edits \^(cd-[a-z0-9]{8})$/.exec(last(text));
      expect(made).not.toBeNull();
      const id = made![1];
      const block = page.locator(`.client-desk-planner-block[data-id="${id}"]`);
      await block.waitFor();
      await opened.screenshot("planner-created-light", { selector: ".client-desk-planner-scroll" });

      // Drag it to Sunday, one hour later.
      const box = (await block.boundingBox())!;
      const from = { x: box.x + box.width / 2, y: box.y + 20 };
      const sun = await at(page, 6, 0);
      const hour = (await col.boundingBox())!.height / 24;
      await drag(page, from, { x: from.x + (sun.x - (await at(page, sat, 0)).x), y: from.y + hour });
      await call(opened, "settle");
      text = await call(opened, "content", PLAN);
      expect(last(text)).toBe(`- [start:: 2026-11-29T10:00+07:00] [end:: 2026-11-29T11:30+07:00] [client:: [[Harbour Goods]]] Photo edits ^${id}`);
      expect(text.slice(0, original.length)).toBe(original);
      await expect.poll(() => block.evaluate((el) => el.closest<HTMLElement>(".client-desk-planner-day")?.dataset.day)).toBe("6");

      // Resize by its bottom edge: half an hour longer.
      const moved = (await block.boundingBox())!;
      const edge = { x: moved.x + moved.width / 2, y: moved.y + moved.height - 2 };
      await drag(page, edge, { x: edge.x, y: edge.y + hour / 2 });
      await call(opened, "settle");
      text = await call(opened, "content", PLAN);
      expect(last(text)).toBe(`- [start:: 2026-11-29T10:00+07:00] [end:: 2026-11-29T12:00+07:00] [client:: [[Harbour Goods]]] Photo edits ^${id}`);

      // Delete from its "…" menu, after the confirm dialog.
      await block.hover();
      await block.locator(".client-desk-planner-more").click();
      await page.locator(".menu .menu-item", { hasText: "Delete block" }).click();
      await page.locator(".modal .mod-warning", { hasText: "Delete" }).click();
      await call(opened, "settle");
      expect(await call(opened, "content", PLAN)).toBe(original);
      await expect.poll(() => block.count()).toBe(0);
    });
  });

  for (const theme of ["light", "dark"] as const) {
    it(`shows the busy demo week readably (${theme})`, async () => {
      await withPage(theme, { width: 1400, height: 1000 }, async (opened) => {
        const { page } = opened;
        await call(opened, "boot", "en", NOW);
        await page.locator(".client-desk-planner-block").first().waitFor();
        expect(await page.locator(".client-desk-planner-day").count()).toBe(7);
        // Every block is inside its column, whatever its overlap layout.
        const outside = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>(".client-desk-planner-block")].filter((b) => {
            const c = b.closest(".client-desk-planner-day")!.getBoundingClientRect();
            const r = b.getBoundingClientRect();
            return r.left < c.left - 1 || r.right > c.right + 1 || r.width < 8;
          }).length,
        );
        expect(outside).toBe(0);
        await opened.screenshot(`planner-week-${theme}`, { fullPage: true });
      });
    });
  }

  it("shows one day with previous/next day at phone width, and the timer in the toolbar", async () => {
    await withPage("light", { width: 390, height: 844 }, async (opened) => {
      const { page } = opened;
      await call(opened, "boot", "en", NOW, true);
      await page.locator(".client-desk-planner-block").first().waitFor();
      expect(await page.locator(".client-desk-planner-day").count()).toBe(1);
      expect(await page.locator(".client-desk-planner-heading h3").textContent()).toBe("Wed 25");
      expect(await page.locator(".client-desk-planner-timer").textContent()).toContain("No timer");
      await page.locator(".client-desk-planner-next").click();
      expect(await page.locator(".client-desk-planner-heading h3").textContent()).toBe("Thu 26");
      await page.locator(".client-desk-planner-prev").click();
      await opened.screenshot("planner-phone-light");
      // A running timer in the phone's box: its clock, the client's retainer burn, today per client.
      await page.locator(".client-desk-planner-block").first().click({ button: "right" });
      await page.locator(".menu-item", { hasText: "Start timer for this block" }).click();
      await page.locator(".client-desk-timer-box-main", { hasText: "0:00:0" }).waitFor();
      expect(await page.locator(".client-desk-planner-timer button").textContent()).toBe("Stop timer");
      await opened.screenshot("planner-phone-timer-light", { selector: ".client-desk-planner-toolbar, .client-desk-planner-tools", fullPage: false });
    });
  });

  it("reads in Vietnamese: short blocks keep their client, Brightloop's dark colour readable (dark)", async () => {
    await withPage("dark", { width: 1400, height: 1000 }, async (opened) => {
      const { page } = opened;
      await call(opened, "boot", "vi", NOW);
      await page.locator(".client-desk-planner-block").first().waitFor();
      expect(await page.locator(".client-desk-planner-heading h3").textContent()).toBe("Tuần 48");
      // Every block under 45 minutes shows its client (or initials) on its one line.
      const short = await page.locator(".client-desk-planner-block.is-short").evaluateAll((els) => els.map((e) => e.textContent ?? ""));
      expect(short.length).toBeGreaterThan(0);
      for (const text of short) expect(text.trim()).not.toBe("");
      // The first block of the week is below the sticky day heads, not under them.
      const head = (await page.locator(".client-desk-planner-head").boundingBox())!;
      const first = await page.locator(".client-desk-planner-block").evaluateAll((els) => Math.min(...els.map((e) => e.getBoundingClientRect().top)));
      expect(first).toBeGreaterThanOrEqual(head.y + head.height - 1);
      // The client's own colour, in a shade that stands out on the dark background.
      const stripe = await page.locator(".client-desk-planner-block", { hasText: "Brightloop" }).first().evaluate((el) => getComputedStyle(el).borderLeftColor);
      expect(stripe).not.toBe("rgb(38, 70, 83)");
      await opened.screenshot("planner-week-vi-dark", { fullPage: true });
    });
  });

  it("fits a phone in Vietnamese: the day in view, the client strip scrolls sideways (dark)", async () => {
    await withPage("dark", { width: 390, height: 844 }, async (opened) => {
      const { page } = opened;
      await call(opened, "boot", "vi", NOW, true);
      await page.locator(".client-desk-planner-block").first().waitFor();
      const strip = page.locator(".client-desk-planner-strip");
      expect(await strip.evaluate((el) => getComputedStyle(el).overflowX)).toBe("auto");
      expect(await strip.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await opened.screenshot("planner-phone-vi-dark");
    });
  });

  it("shows a person's week and everyone's from the header's picker (light and dark)", async () => {
    // Minh, the demo's subcontractor, plans Clara's graphics in his own plan note (docs/team.md).
    const minh = "# Plan\n- [start:: 2026-11-26T14:00+07:00] [end:: 2026-11-26T16:00+07:00] [client:: [[Clara Whitfield Coaching]]] Instagram graphics ^cd-minhp001\n";
    for (const theme of ["light", "dark"] as const) {
      await withPage(theme, { width: 1400, height: 1000 }, async (opened) => {
        const { page } = opened;
        await call(opened, "boot", "en", NOW, false, { "Planner/2026-W48 minh.md": minh });
        const picker = page.locator("select.client-desk-planner-person");
        await picker.waitFor();
        const mine = await page.locator(".client-desk-planner-block").count();
        expect(await page.locator('.client-desk-planner-block[data-id="cd-minhp001"]').count()).toBe(0);
        await picker.selectOption("minh");
        await expect.poll(() => page.locator(".client-desk-planner-block").count()).toBe(1);
        expect(await page.locator(".client-desk-planner-person-hours").textContent()).toBe("Minh Tran's working hours: 09:00–17:00 (Asia/Ho_Chi_Minh)");
        await opened.screenshot(`planner-person-minh-${theme}`, { fullPage: true });
        await picker.selectOption("*");
        await expect.poll(() => page.locator(".client-desk-planner-block").count()).toBe(mine + 1);
        expect(await page.locator('.client-desk-planner-block[data-id="cd-minhp001"] .client-desk-planner-block-person').textContent()).toBe("MT");
        await opened.screenshot(`planner-everyone-${theme}`, { fullPage: true });
      });
    }
  });
});
