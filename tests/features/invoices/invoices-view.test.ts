// The Invoices view on the fake Obsidian: one row per number, and an invoice whose money does not
// read stays listed, marked.
import { afterEach, describe, expect, it, vi } from "vitest";
import { App, loadPlugin } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";
import { INVOICES_VIEW } from "../../../src/features/invoices/invoices-view";

const CLIENT = "Clients/Harbour Goods/Harbour Goods.md";
const CLIENT_TEXT = "---\ntype: client\ntimezone: Australia/Sydney\ncurrency: AUD\nrate: 45\n---\n";
const invoice = (number: string, issued: string, payments = "[]") =>
  `---\ntype: invoice\nnumber: "${number}"\nclient: "[[Harbour Goods]]"\nstatus: sent\nissued: "${issued}"\ndue: "2026-12-15"\ncurrency: AUD\nsubtotal: 100\ntotal: 100\npaid: 0\nbalance: 100\npayments: ${payments}\n---\n`;

afterEach(() => {
  vi.useRealTimers();
});

describe("the Invoices view", () => {
  it("lists a number on two notes once, marked, and an invoice with an unreadable payment line, marked and out of the sums", async () => {
    vi.useFakeTimers({ now: Date.parse("2026-12-10T10:00:00+11:00"), toFake: ["Date"] });
    const app = new App({
      files: {
        [CLIENT]: CLIENT_TEXT,
        "Clients/Harbour Goods/Invoices/INV-2026-0001.md": invoice("INV-2026-0001", "2026-12-01"),
        "Clients/Harbour Goods/Invoices/INV-2026-0001 copy.md": invoice("INV-2026-0001", "2026-12-02"),
        "Clients/Harbour Goods/Invoices/INV-2026-0002.md": invoice("INV-2026-0002", "2026-12-03", '["on the 3rd, 20 dollars"]'),
      },
    });
    const plugin = await loadPlugin(ClientDeskPlugin, app);
    await app.startLayout();
    await plugin.indexer.whenReady;
    await app.commands.run("client-desk:invoice-open-view");
    await app.settle();
    const view = app.workspace.getLeavesOfType(INVOICES_VIEW)[0].view as unknown as { contentEl: HTMLElement };
    const rows = [...view.contentEl.querySelectorAll(".client-desk-invoice-row")];
    expect(rows.map((r) => r.querySelector("a")?.textContent)).toEqual(["INV-2026-0001", "INV-2026-0002"]);
    expect(rows[0].querySelector(".client-desk-invoice-mark")?.textContent).toBe("number also on Clients/Harbour Goods/Invoices/INV-2026-0001 copy.md");
    expect(rows[1].classList.contains("is-unreadable")).toBe(true);
    expect(rows[1].querySelector(".client-desk-invoice-mark")?.textContent).toBe("money fields do not read: see the problems of this note");
    // Only the readable invoice is in the sum.
    expect(view.contentEl.querySelector("h5")?.textContent).toBe("AUD: A$100.00 outstanding, A$0.00 overdue");
  });
});
