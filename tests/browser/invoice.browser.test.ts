// An invoice note in real Chromium with the plugin's stylesheet: light, dark and print (the
// "Export to PDF" media), in English and Vietnamese; and the Invoices view with an overdue invoice.
import { describe, expect, it } from "vitest";
import { openPage, type OpenedPage } from "./harness";

const PAGE = "tests/browser/pages/invoice.ts";

function call(opened: OpenedPage, name: "show" | "openInvoicesView", ...args: unknown[]): Promise<unknown> {
  return opened.page.evaluate(
    ([n, a]) => {
      const d = (window as unknown as { invoicePage: Record<string, (...x: unknown[]) => unknown> }).invoicePage;
      return d[n](...a) as never;
    },
    [name, args] as const,
  );
}

describe("the invoice note in Chromium", () => {
  for (const theme of ["light", "dark"] as const) {
    it(`lists a package's deliverables under its line (${theme})`, async () => {
      const opened = await openPage(PAGE, { theme, width: 900, height: 1200 });
      try {
        const { page } = opened;
        const text = (await call(opened, "show", "en", true)) as string;
        expect(text).toContain("| Social starter, November 2026 | 1 | A$450.00 | A$450.00 |");
        const view = page.locator(".client-desk-invoice");
        await view.waitFor();
        expect(await view.locator("h3").textContent()).toBe("What the package includes");
        expect(await view.locator("li").allTextContents()).toEqual(["12 posts a month on Instagram and Facebook", "A monthly analytics summary", "Replies to comments within one working day"]);
        await opened.screenshot(`invoice-package-${theme}`, { selector: ".client-desk-invoice-page", fullPage: true });
      } finally {
        await opened.close();
      }
    });
  }

  for (const [theme, language] of [["light", "en"], ["dark", "en"], ["light", "vi"]] as const) {
    it(`reads as an invoice (${language}, ${theme}) and in print`, async () => {
      const opened = await openPage(PAGE, { theme, width: 900, height: 1200 });
      try {
        const { page } = opened;
        const text = (await call(opened, "show", language)) as string;
        expect(text).toContain("cssclasses: [client-desk-invoice]");
        const view = page.locator(".client-desk-invoice");
        await view.waitFor();
        expect(await view.locator("h1").textContent()).toBe(language === "en" ? "Invoice INV-2026-0001" : "Hoá đơn INV-2026-0001");
        // The stylesheet applies: the title's rule and the header-less detail tables.
        const h1Border = await view.locator("h1").evaluate((el) => getComputedStyle(el).borderBottomStyle);
        expect(h1Border).toBe("solid");
        const heads = await view.locator("thead").evaluateAll((els) => els.map((el) => getComputedStyle(el).display));
        expect(heads).toEqual(["none", "table-header-group", "none"]);
        const amount = view.locator("tbody tr").filter({ hasText: language === "en" ? "Balance due" : "Còn phải trả" }).locator("td").last();
        expect(await amount.evaluate((el) => getComputedStyle(el).textAlign)).toBe("right");
        expect(await amount.textContent()).toBe(language === "en" ? "A$198.00" : "1.100.000\u00a0₫");
        // The plugin's properties (entry ids, checks, the seal) are there but hidden: the client
        // reads a document, in reading view and in print.
        const props = view.locator(".metadata-container");
        expect(await props.count()).toBe(1);
        expect(await props.evaluate((el) => getComputedStyle(el).display)).toBe("none");
        // Text and its background differ in the theme: readable in light and dark.
        const colors = await view.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(document.body).backgroundColor]);
        expect(colors[0]).not.toBe(colors[1]);
        await opened.screenshot(`invoice-${language}-${theme}`, { selector: ".client-desk-invoice-page", fullPage: true });
        if (theme === "light") {
          await page.emulateMedia({ media: "print" });
          expect(await view.evaluate((el) => getComputedStyle(el).fontSize)).toBe("14px");
          expect(await props.evaluate((el) => getComputedStyle(el).display)).toBe("none");
          await opened.screenshot(`invoice-${language}-print`, { selector: ".client-desk-invoice-page" });
          await page.emulateMedia({ media: "screen" });
        }
        if (theme === "light") {
          await call(opened, "openInvoicesView");
          const row = page.locator(".client-desk-invoice-row.is-overdue");
          await row.waitFor();
          expect(await row.textContent()).toContain(language === "en" ? "5 days overdue" : "quá hạn 5 ngày");
          // Every invoice, paid and void included; the outstanding one marked.
          expect(await page.locator(".client-desk-invoice-row").count()).toBe(3);
          expect(await page.locator(".client-desk-invoice-row.is-outstanding").count()).toBe(1);
          await opened.screenshot(language === "en" ? "invoices-view-light" : "invoices-view-vi-light", { selector: ".workspace-leaf.mod-active, .client-desk-invoices" });
        }
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }
});
