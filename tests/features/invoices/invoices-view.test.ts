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
    // Every note, newest first; both notes of one number marked with the other.
    const rows = [...view.contentEl.querySelectorAll(".client-desk-invoice-row")];
    expect(rows.map((r) => r.querySelector("a")?.textContent)).toEqual(["INV-2026-0002", "INV-2026-0001", "INV-2026-0001"]);
    expect(rows[2].querySelector(".client-desk-invoice-mark")?.textContent).toBe("number also on Clients/Harbour Goods/Invoices/INV-2026-0001 copy.md");
    expect(rows[0].classList.contains("is-unreadable")).toBe(true);
    expect(rows[0].querySelector(".client-desk-invoice-mark")?.textContent).toBe("money fields do not read: see the problems of this note");
    // Only the readable invoice is in the sum.
    expect(view.contentEl.querySelector("h5")?.textContent).toBe("AUD: A$100.00 outstanding, A$0.00 overdue");
  });

  it("lists every invoice, filtered by status and by client, outstanding ones marked, with no second title", async () => {
    vi.useFakeTimers({ now: Date.parse("2026-12-20T10:00:00+11:00"), toFake: ["Date"] });
    const note = (number: string, client: string, status: string, issued: string, balance: number) =>
      `---\ntype: invoice\nnumber: "${number}"\nclient: "[[${client}]]"\nstatus: ${status}\nissued: "${issued}"\ndue: "2026-12-15"\ncurrency: AUD\nsubtotal: 100\ntotal: 100\npaid: ${100 - balance}\nbalance: ${balance}\npayments: []\n---\n`;
    const app = new App({
      files: {
        [CLIENT]: CLIENT_TEXT,
        "Clients/Brightloop/Brightloop.md": "---\ntype: client\ntimezone: America/New_York\ncurrency: AUD\nrate: 45\n---\n",
        "Clients/Harbour Goods/Invoices/INV-2026-0001.md": note("INV-2026-0001", "Harbour Goods", "paid", "2026-11-01", 0),
        "Clients/Harbour Goods/Invoices/INV-2026-0002.md": note("INV-2026-0002", "Harbour Goods", "sent", "2026-12-01", 100),
        "Clients/Brightloop/Invoices/INV-2026-0003.md": note("INV-2026-0003", "Brightloop", "void", "2026-12-02", 100),
        "Clients/Brightloop/Invoices/INV-2026-0004.md": note("INV-2026-0004", "Brightloop", "draft", "2026-12-18", 100),
      },
    });
    const plugin = await loadPlugin(ClientDeskPlugin, app);
    await app.startLayout();
    await plugin.indexer.whenReady;
    await app.commands.run("client-desk:invoice-open-view");
    await app.settle();
    type Filtered = { contentEl: HTMLElement; setFilter(f: { status?: string; client?: string | null }): void; getState(): Record<string, unknown> };
    const view = app.workspace.getLeavesOfType(INVOICES_VIEW)[0].view as unknown as Filtered;
    const numbers = () => [...view.contentEl.querySelectorAll(".client-desk-invoice-row a")].map((a) => a.textContent);
    expect(view.contentEl.querySelector("h4")).toBeNull();
    expect(numbers()).toEqual(["INV-2026-0004", "INV-2026-0003", "INV-2026-0002", "INV-2026-0001"]);
    const owed = view.contentEl.querySelector(".client-desk-invoice-row.is-outstanding")!;
    expect(owed.querySelector("a")?.textContent).toBe("INV-2026-0002");
    expect(owed.classList.contains("is-overdue")).toBe(true);
    expect(owed.textContent).toContain("5 days overdue");
    expect(view.contentEl.querySelector(".client-desk-invoices-count")?.textContent).toBe("4 of 4 invoices");

    view.setFilter({ status: "paid" });
    expect(numbers()).toEqual(["INV-2026-0001"]);
    view.setFilter({ status: "all", client: "Brightloop" });
    expect(numbers()).toEqual(["INV-2026-0004", "INV-2026-0003"]);
    view.setFilter({ status: "outstanding" });
    expect(numbers()).toEqual([]);
    expect(view.contentEl.textContent).toContain("No invoice matches these filters.");
    expect(view.getState()).toMatchObject({ status: "outstanding", client: "Brightloop" });
    // The dropdowns drive the same filters.
    const status = view.contentEl.querySelector<HTMLSelectElement>(".client-desk-invoices-header select")!;
    status.value = "void";
    status.dispatchEvent(new Event("change"));
    expect(numbers()).toEqual(["INV-2026-0003"]);
  });
});
