// The settings tab and the client data problems view in real Chromium, light and dark, English and
// Vietnamese. Screenshots go to .artifacts/screenshots/ to be looked at.
import { describe, expect, it } from "vitest";
import { openPage, type OpenedPage } from "./harness";

const PAGE = "tests/browser/pages/client-desk.ts";

async function withPage(theme: "light" | "dark", width: number, run: (p: OpenedPage) => Promise<void>) {
  const opened = await openPage(PAGE, { theme, width, height: 820 });
  try {
    await run(opened);
    expect(opened.errors).toEqual([]);
  } finally {
    await opened.close();
  }
}

function drive(opened: OpenedPage, call: "openSettings" | "openProblems", language: string) {
  return opened.page.evaluate(
    ([c, l]) => (window as unknown as { clientDesk: Record<string, (l: string) => Promise<void>> }).clientDesk[c](l),
    [call, language] as const,
  );
}

describe("settings tab", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`shows every setting and refuses a bad time zone (${theme})`, async () => {
      await withPage(theme, 1000, async (opened) => {
        const { page } = opened;
        await drive(opened, "openSettings", "en");
        for (const name of ["Clients folder", "Planner folder", "Your time zone", "Your working hours",
          "Your working days", "Home currency", "Week starts on", "Language"]) {
          expect(await page.locator(".setting-item-name", { hasText: name }).first().isVisible()).toBe(true);
        }
        const zone = page.locator(".setting-item", { hasText: "Your time zone" }).locator("input");
        expect(await zone.inputValue()).toBe("Asia/Ho_Chi_Minh");
        await opened.screenshot(`settings-${theme}`, { selector: ".modal.mod-settings" });
        await zone.fill("Mars/Base");
        const error = page.locator(".client-desk-setting-error").first();
        expect(await error.textContent()).toBe("“Mars/Base” is not a time zone name; the setting stays Asia/Ho_Chi_Minh.");
        await opened.screenshot(`settings-${theme}-invalid`, { selector: ".modal.mod-settings" });
        await zone.fill("Europe/London");
        expect(await error.textContent()).toBe("");
      });
    });
  }

  it("follows Obsidian's language: Vietnamese", async () => {
    await withPage("light", 1000, async (opened) => {
      await drive(opened, "openSettings", "vi");
      expect(await opened.page.locator(".setting-item-name", { hasText: "Múi giờ của bạn" }).isVisible()).toBe(true);
      expect(await opened.page.locator(".client-desk-day", { hasText: "T2" }).isVisible()).toBe(true);
      await opened.screenshot("settings-vi-light", { selector: ".modal.mod-settings" });
    });
  });
});

describe("client data problems", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`lists each problem with its line and field (${theme})`, async () => {
      await withPage(theme, 1000, async (opened) => {
        const { page } = opened;
        await drive(opened, "openProblems", "en");
        const items = page.locator(".client-desk-diagnostic");
        await expect.poll(() => items.count()).toBe(7);
        expect(await page.locator(".client-desk-diagnostic", { hasText: "Mars/Base" }).textContent()).toContain("timezone");
        await opened.screenshot(`problems-${theme}`, { selector: ".workspace-leaf.mod-active" });
      });
    });
  }

  it("reads in Vietnamese in a narrow pane", async () => {
    await withPage("dark", 420, async (opened) => {
      await drive(opened, "openProblems", "vi");
      await expect.poll(() => opened.page.locator(".client-desk-diagnostic").count()).toBe(7);
      expect(await opened.page.getByText("không phải là tên múi giờ IANA").isVisible()).toBe(true);
      await opened.screenshot("problems-vi-dark-narrow");
    });
  });
});
