// "New client" in real Chromium: the form filled in with real typing, a zone chosen from the
// search, dropdowns picked, Create clicked; then the created notes are read back. Screenshots of
// the form in light and dark, with a field's error showing, and in Vietnamese.
import { describe, expect, it } from "vitest";
import { openPage, type OpenedPage } from "./harness";

const PAGE = "tests/browser/pages/lifecycle.ts";
const NOW = "2026-11-24T10:00:00+07:00";

type Driver = {
  boot(language: string): Promise<void>;
  command(id: string): boolean;
  settle(): Promise<void>;
  content(path: string): string;
  created(prefix: string): string[];
  client(key: string): unknown;
  notices(): string[];
  openSettings(): void;
};

function call<K extends keyof Driver>(opened: OpenedPage, name: K, ...args: Parameters<Driver[K]>): Promise<Awaited<ReturnType<Driver[K]>>> {
  return opened.page.evaluate(
    ([n, a]) => {
      const d = (window as unknown as { lifecyclePage: Record<string, (...x: unknown[]) => unknown> }).lifecyclePage;
      return d[n](...a) as never;
    },
    [name, args] as const,
  );
}

async function withPage(theme: "light" | "dark", run: (p: OpenedPage) => Promise<void>, width = 1000) {
  const opened = await openPage(PAGE, { theme, width, height: 1100 });
  try {
    await opened.page.clock.install({ time: new Date(NOW) });
    await run(opened);
    expect(opened.errors).toEqual([]);
  } finally {
    await opened.close();
  }
}

async function typeInto(opened: OpenedPage, field: string, text: string): Promise<void> {
  const input = opened.page.locator(`.client-desk-new-client .client-desk-field-${field}`);
  await input.click();
  await input.press("Control+A");
  await opened.page.keyboard.type(text);
}

describe("New client in Chromium", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`is filled in, submitted and writes the client's notes (${theme})`, async () => {
      await withPage(theme, async (opened) => {
        const { page } = opened;
        await call(opened, "boot", "en");
        expect(await call(opened, "command", "client-desk:new-client")).toBe(true);
        const modal = page.locator(".modal.client-desk-new-client");
        await modal.waitFor();
        await expect.poll(() => modal.locator(".modal-title").textContent()).toBe("New client");

        await typeInto(opened, "name", "Brightloop/Studio");
        await expect.poll(() => modal.locator(".client-desk-setting-error").first().textContent()).toBe("“Brightloop/Studio” cannot be a file name: remove “/”.");
        await opened.screenshot(`new-client-error-${theme}`, { selector: ".modal.client-desk-new-client" });
        await typeInto(opened, "name", "Brightloop");

        const zone = modal.locator(".client-desk-field-timezone");
        await zone.click();
        await zone.press("Control+A");
        await page.keyboard.type("new_york");
        const suggestion = page.locator(".suggestion-container .suggestion-item", { hasText: "America/New York" }).first();
        await suggestion.waitFor();
        await page.keyboard.press("Enter");
        await expect.poll(() => zone.inputValue()).toBe("America/New_York");

        await typeInto(opened, "currency", "usd");
        await expect.poll(() => modal.locator(".client-desk-field-currency").inputValue()).toBe("USD");
        await modal.locator(".client-desk-field-billing").selectOption("retainer");
        await expect.poll(() => modal.locator(".client-desk-field-retainerFee").isVisible()).toBe(true);
        await typeInto(opened, "rate", "60");
        await typeInto(opened, "retainerFee", "1600");
        await typeInto(opened, "retainerHours", "20");
        await modal.locator(".client-desk-field-reportDay").selectOption("thu");
        await typeInto(opened, "channelQuick", "Slack");
        await typeInto(opened, "channelMeetings", "Google Meet");
        await typeInto(opened, "contact", "Jordan Lee");
        await modal.locator("select").last().selectOption("Social starter");
        await expect.poll(async () => (await modal.locator(".client-desk-setting-error").allTextContents()).join("")).toBe("");
        await opened.screenshot(`new-client-${theme}`, { selector: ".modal.client-desk-new-client" });

        const create = modal.locator("button.client-desk-new-client-create");
        await create.scrollIntoViewIfNeeded();
        await opened.screenshot(`new-client-bottom-${theme}`, { selector: ".modal.client-desk-new-client" });
        await create.click();
        await call(opened, "settle");
        await expect.poll(() => call(opened, "created", "Clients/Brightloop")).toEqual([
          "Clients/Brightloop/Brightloop.md",
          "Clients/Brightloop/Onboarding/Intake checklist.md",
          "Clients/Brightloop/Onboarding/Service agreement.md",
          "Clients/Brightloop/Onboarding/Discovery call.md",
          "Clients/Brightloop/Onboarding/Welcome packet.md",
        ]);
        expect(await modal.count()).toBe(0);
        expect(await call(opened, "content", "Clients/Brightloop/Brightloop.md")).toBe(
          [
            "---",
            "type: client",
            "name: Brightloop",
            "status: onboarding",
            "timezone: America/New_York",
            "language: en",
            "currency: USD",
            "billing: retainer",
            "overage_rate: 60",
            "retainer_fee: 1600",
            "retainer_hours: 20",
            "channel_formal: email",
            "channel_quick: Slack",
            "channel_meetings: Google Meet",
            "response_hours: 24",
            "report_day: thu",
            "contact: Jordan Lee",
            'package: "[[Social starter]]"',
            "---",
            "# Brightloop",
            "",
          ].join("\n"),
        );
        const welcome = await call(opened, "content", "Clients/Brightloop/Onboarding/Welcome packet.md");
        // Linh's 08:00–17:00 in Ho Chi Minh City is 20:00–05:00 the next day in New York (UTC-5).
        expect(welcome).toContain("My working hours are 20:00–05:00 (+1) in your time zone (America/New_York).");
        expect(welcome).toContain("- Quick questions: Slack");
        expect(await call(opened, "content", "Clients/Brightloop/Onboarding/Service agreement.md")).toContain("Date: 2026-11-23");
        await expect.poll(() => call(opened, "client", "Brightloop")).toMatchObject({ billing: "retainer", retainerFee: 160000, retainerHours: 20, overageRate: 6000 });
        expect(await call(opened, "notices")).toContain("Brightloop: 5 notes created. 11 intake items open.");
      });
    });
  }

  it("reads in Vietnamese, on a phone-wide screen", async () => {
    await withPage("light", async (opened) => {
      await call(opened, "boot", "vi");
      expect(await call(opened, "command", "client-desk:new-client")).toBe(true);
      const modal = opened.page.locator(".modal.client-desk-new-client");
      await modal.waitFor();
      await typeInto(opened, "name", "Trà Sen Tây Hồ");
      await typeInto(opened, "currency", "VND");
      await typeInto(opened, "rate", "250000.5");
      await expect.poll(() => modal.locator(".client-desk-setting-error").allTextContents()).toContain("VND có ít chữ số thập phân hơn “250000.5”.");
      await expect.poll(() => modal.locator(".modal-title").textContent()).toBe("Khách hàng mới");
      await opened.screenshot("new-client-vi-narrow", { selector: ".modal.client-desk-new-client" });
      // Every field stays inside the dialog at phone width.
      const box = await modal.boundingBox();
      for (const input of await modal.locator("input, select").all()) {
        const b = await input.boundingBox();
        if (b && box) expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width);
      }
    }, 400);
  });

  it("has its folders in the settings tab", async () => {
    await withPage("dark", async (opened) => {
      const { page } = opened;
      await call(opened, "boot", "en");
      await call(opened, "openSettings");
      const heading = page.locator(".setting-item-heading", { hasText: "Client lifecycle" });
      await heading.scrollIntoViewIfNeeded();
      const names = await page.locator(".client-desk-settings .setting-item-name").allTextContents();
      const at = names.indexOf("Client lifecycle");
      expect(names.slice(at, at + 5)).toEqual(["Client lifecycle", "Templates folder", "Workflows folder", "Subcontractors folder", "Service packages folder"]);
      const templates = page.locator(".setting-item", { hasText: "Templates folder" }).locator("input");
      expect(await templates.inputValue()).toBe("Client Desk/Templates");
      await opened.screenshot("settings-lifecycle-dark");
    });
  });
});
