// The timer in real Chromium: start it from the command with real keys and clicks, watch the
// status bar tick on the page's clock, stop it from the status bar's menu, and read the finished
// line in the log note. Screenshots of the status bar and its menu, light and dark.
import { describe, expect, it } from "vitest";
import { openPage, type OpenedPage } from "./harness";

const PAGE = "tests/browser/pages/timer.ts";
const NOW = "2026-11-25T10:14:00+07:00";
const LOG = "Clients/Harbour Goods/Log/2026-11.md";

type Driver = {
  boot(language: string, now: string, extra?: Record<string, string>, local?: Record<string, unknown>): Promise<void>;
  command(id: string): boolean;
  settle(): Promise<void>;
  openSettings(): void;
  content(path: string): string;
  notices(): string[];
};

function call<K extends keyof Driver>(opened: OpenedPage, name: K, ...args: Parameters<Driver[K]>): Promise<Awaited<ReturnType<Driver[K]>>> {
  return opened.page.evaluate(
    ([n, a]) => {
      const d = (window as unknown as { timerPage: Record<string, (...x: unknown[]) => unknown> }).timerPage;
      return d[n](...a) as never;
    },
    [name, args] as const,
  );
}

async function withPage(theme: "light" | "dark", run: (p: OpenedPage) => Promise<void>) {
  const opened = await openPage(PAGE, { theme, width: 1100, height: 700 });
  try {
    await opened.page.clock.install({ time: new Date(NOW) });
    await run(opened);
    expect(opened.errors).toEqual([]);
  } finally {
    await opened.close();
  }
}

describe("the timer in Chromium", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`starts from the command, ticks in the status bar, stops from its menu (${theme})`, async () => {
      await withPage(theme, async (opened) => {
        const { page } = opened;
        await call(opened, "boot", "en", NOW);
        const bar = page.locator(".status-bar .client-desk-timer");
        await expect.poll(() => bar.locator(".client-desk-timer-label").textContent()).toBe("Today");

        expect(await call(opened, "command", "client-desk:timer-start")).toBe(true);
        const input = page.locator(".modal.prompt input.prompt-input");
        await input.waitFor();
        await page.keyboard.type("harbour");
        // The client itself (not a recent pair), chosen with a real click.
        await page.locator(".suggestion-item", { hasText: "Australia/Sydney" }).first().click();
        await page.locator(".modal.prompt input.prompt-input").waitFor();
        await expect.poll(() => page.locator(".modal.prompt input.prompt-input").getAttribute("placeholder")).toBe(
          "Task for Harbour Goods: choose one or type it",
        );
        await page.keyboard.type("product upl");
        await expect.poll(() => page.locator(".suggestion-item").first().textContent()).toBe("Start with “product upl”");
        await page.keyboard.press("ArrowDown");
        await expect.poll(() => page.locator(".suggestion-item.is-selected").textContent()).toContain("Product uploads");
        if (theme === "light") await opened.screenshot("timer-picker-light", { selector: ".modal.prompt" });
        await page.keyboard.press("Enter");
        await call(opened, "settle");

        await expect.poll(() => bar.locator(".client-desk-timer-label").textContent()).toBe("Harbour Goods · Product uploads");
        const time = bar.locator(".client-desk-timer-time");
        await expect.poll(() => time.textContent()).toMatch(/^0:00:0\d$/);
        // Jumps shorter than the sleep gap (5 min), so that a tick on a busy machine never reads
        // the hour and a half as the computer having slept (which asks the idle question).
        for (let i = 0; i < 20; i++) await page.clock.fastForward(4 * 60_000);
        await page.clock.pauseAt(new Date(Date.parse(NOW) + 3_600_000 + 23 * 60_000));
        const before = await time.textContent();
        await page.clock.runFor(2000);
        const after = await time.textContent();
        expect(before).toMatch(/^1:2\d:\d\d$/);
        expect(after).not.toBe(before);
        const seconds = (t: string) => t.split(":").reduce((n, p) => n * 60 + Number(p), 0);
        expect(seconds(after!) - seconds(before!)).toBe(2);
        await opened.screenshot(`timer-status-${theme}`, { selector: ".status-bar" });

        await bar.click();
        const menu = page.locator(".menu");
        await menu.waitFor();
        expect(await menu.locator(".menu-item-title").allTextContents()).toEqual([
          expect.stringMatching(/^Harbour Goods · Product uploads: 1:2\d:\d\d$/),
          // Today per client, as on a phone (which has no status bar to hover).
          expect.stringMatching(/^Today: Harbour Goods \d+ h \d+ min$/),
          "Stop timer",
          "Switch to another client or task…",
          "Add time entry…",
          "Open client's log",
          "Discard running timer…",
        ]);
        await opened.screenshot(`timer-menu-${theme}`, { fullPage: false });
        await page.clock.resume();
        await menu.locator(".menu-item", { hasText: "Stop timer" }).click();
        await call(opened, "settle");

        const last = (await call(opened, "content", LOG)).trimEnd().split("\n").at(-1)!;
        expect(last).toMatch(
          /^- \[start:: 2026-11-25T10:14(:0\d)?\+07:00\] \[end:: 2026-11-25T11:3\d(:\d\d)?\+07:00\] \[task:: \[\[Product uploads\]\]\] \[device:: Linh's Mac\] \^cd-[a-z0-9]{8}$/,
        );
        expect((await call(opened, "notices")).at(-1)).toMatch(/^Timer stopped: Harbour Goods · Product uploads, 1 h 23 min\.$/);
        await expect.poll(() => bar.locator(".client-desk-timer-label").textContent()).toBe("Today");
        await opened.screenshot(`timer-status-idle-${theme}`, { selector: ".status-bar" });
      });
    });
  }

  it("shows a retainer's burn, in Vietnamese", async () => {
    await withPage("dark", async (opened) => {
      const { page } = opened;
      await call(opened, "boot", "vi", NOW);
      expect(await call(opened, "command", "client-desk:timer-start")).toBe(true);
      await page.locator(".modal.prompt input.prompt-input").waitFor();
      await page.keyboard.type("brightloop");
      await page.locator(".suggestion-item", { hasText: "America/New_York" }).first().click();
      await page.locator(".modal.prompt input.prompt-input").waitFor();
      await page.keyboard.type("Weekly metrics");
      await page.keyboard.press("Enter");
      await call(opened, "settle");
      const bar = page.locator(".status-bar .client-desk-timer");
      const burn = bar.locator(".client-desk-timer-burn");
      await expect.poll(() => burn.textContent()).toMatch(/^\d+(,\d)?\/20 giờ$/);
      // The demo's retainer client is past 80% this month: the burn is marked in the warning colour.
      expect(await burn.getAttribute("class")).toContain("is-high");
      const warning = await page.evaluate(() => {
        const probe = document.body.createDiv();
        probe.setCssProps({ color: "var(--text-warning)" });
        const c = getComputedStyle(probe).color;
        probe.remove();
        return c;
      });
      expect(await burn.evaluate((el) => getComputedStyle(el).color)).toBe(warning);
      expect(await bar.getAttribute("aria-label")).toContain("Gói giờ hằng tháng trong 2026-11");
      await opened.screenshot("timer-status-vi-dark", { selector: ".status-bar" });
    });
  });

  for (const theme of ["light", "dark"] as const) {
    it(`asks about a timer forgotten overnight, and stops it at the last activity (${theme})`, async () => {
      await withPage(theme, async (opened) => {
        const { page } = opened;
        const file = "Clients/Clara Whitfield Coaching/Log/2026-11.md";
        const line = "- [start:: 2026-11-24T16:05+07:00] [task:: [[Newsletter]]] [device:: Linh's Mac] December issue ^cd-forgot01";
        await call(opened, "boot", "en", NOW, { [file]: `${line}\n` }, { "client-desk-activity": { activity: Date.parse("2026-11-24T17:40+07:00"), seen: Date.parse("2026-11-24T18:00+07:00") } });
        const modal = page.locator(".modal.client-desk-idle");
        await modal.waitFor();
        expect(await modal.locator(".modal-title").textContent()).toBe("The timer has been running for 18 h 9 min");
        expect(await modal.locator("input.client-desk-idle-since").inputValue()).toBe("2026-11-24 17:40");
        await opened.screenshot(`timer-idle-${theme}`, { selector: ".modal.client-desk-idle" });
        await modal.locator("button", { hasText: "Stop at 17:40" }).click();
        await call(opened, "settle");
        expect((await call(opened, "content", file)).trimEnd().split("\n").at(-1)).toBe(line.replace("+07:00]", "+07:00] [end:: 2026-11-24T17:40+07:00]"));
      });
    });
  }

  it("has its settings in the settings tab: device name, idle threshold, Pomodoro", async () => {
    await withPage("light", async (opened) => {
      const { page } = opened;
      await call(opened, "boot", "en", NOW);
      await call(opened, "openSettings");
      const heading = page.locator(".setting-item-heading", { hasText: "Timer" });
      await heading.scrollIntoViewIfNeeded();
      expect(await page.locator("input.client-desk-device-name").inputValue()).toBe("Linh's Mac");
      expect(await page.locator("input.client-desk-idleHours").inputValue()).toBe("10");
      await page.locator(".setting-item", { hasText: "Pomodoro break minutes" }).scrollIntoViewIfNeeded();
      await opened.screenshot("timer-settings-light", { selector: ".modal.mod-settings" });
    });
  });
});
