// The browser harness works end to end: bundle, theme, screenshot, real clicks.
import { existsSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowser, openPage } from "./harness";

afterAll(closeBrowser);

describe("browser harness", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`renders settings in the ${theme} theme`, async () => {
      const opened = await openPage("tests/browser/pages/smoke.ts", { theme, width: 1000, height: 640 });
      const { page } = opened;
      try {
        expect(await page.evaluate(() => (window as unknown as { __pageError?: string }).__pageError ?? null)).toBeNull();
        await expect.poll(() => page.locator(".setting-item-name", { hasText: "Track time" }).isVisible()).toBe(true);
        expect(await page.getByText("Week starts on").isVisible()).toBe(true);
        expect(await page.getByText("Where client folders live.").isVisible()).toBe(true);
        expect(await page.locator("select.dropdown").inputValue()).toBe("mon");
        expect(await page.locator('input[type="text"]').inputValue()).toBe("Clients");
        expect(await page.locator("body").getAttribute("class")).toContain(`theme-${theme}`);

        const background = await page.evaluate(() => getComputedStyle(document.querySelector(".vertical-tab-content")!).backgroundColor);
        expect(background).toBe(theme === "light" ? "rgb(255, 255, 255)" : "rgb(30, 30, 30)");

        const path = await opened.screenshot(`harness-smoke-${theme}`);
        expect(existsSync(path)).toBe(true);

        const toggle = page.locator(".checkbox-container").first();
        expect(await toggle.getAttribute("class")).not.toContain("is-enabled");
        await toggle.click();
        expect(await toggle.getAttribute("class")).toContain("is-enabled");
        expect(await page.locator(".status-bar-item").textContent()).toBe("Tracking: on");
        await page.locator("select.dropdown").selectOption("sun");
        await page.locator('input[type="text"]').fill("Customers");
        await opened.screenshot(`harness-smoke-${theme}-changed`, { selector: ".modal.mod-settings" });
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }
});
