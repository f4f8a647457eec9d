// "Assign task" and "Show subcontractor cost" on the fake Obsidian, on a fixed clock.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getNotices, topModal } from "../../fake/obsidian";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { PickModal } from "../../../src/ui/pick-modal";
import { RequestModal } from "../../../src/features/lifecycle/request-modal";
import { NOW, top, start, pick, openNote, type Shown } from "./lifecycle-app";

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("subcontractors", () => {
  it("assigns the open task to a subcontractor and shows this month's cost against billed", async () => {
    const task = "Clients/Harbour Goods/Tasks/Product uploads.md";
    const { app, plugin } = await start({
      [task]: "---\ntitle: Product uploads\n---\n",
      "Client Desk/Subcontractors/Ana Reyes.md": "---\nname: Ana Reyes\nrate: 12\ncurrency: USD\n---\n",
      "Clients/Harbour Goods/Log/2026-11.md":
        "- [start:: 2026-11-20T09:00+07:00] [end:: 2026-11-20T11:00+07:00] [task:: [[Product uploads]]] ^cd-aaaaaaaa\n" +
        "- [start:: 2026-10-20T09:00+07:00] [end:: 2026-10-20T11:00+07:00] [task:: [[Product uploads]]] ^cd-bbbbbbbb\n",
    });
    await openNote(app, task);
    await app.commands.run("client-desk:assign-task");
    await vi.waitFor(() => expect(topModal()).toBeInstanceOf(PickModal));
    expect(top<PickModal<string>>().getSuggestions("").map((i) => i.label)).toEqual(["Me", "Ana Reyes"]);
    await pick("Ana");
    await vi.waitFor(() => expect(readFrontmatter(app.vault.contentOf(task)).data?.assignee).toBe("[[Ana Reyes]]"));
    await app.settle();

    await app.commands.run("client-desk:subcontractor-cost");
    // November only: 2 h at 12 USD cost, billed at Harbour's 45 AUD an hour.
    const head = "Subcontractors, 2026-11: time, cost, billed\nAna Reyes: 2 h 0 min, cost $24.00, billed A$90.00";
    // Home currency VND with no conversion rates: the margin cannot be told, and the notice says why.
    expect(getNotices()).toContain(`${head}\nHarbour Goods: billed —, cost —, margin —\nNo conversion rate to VND for: AUD, USD. Add one in the settings (e.g. “AUD=16500 VND since 2026-10-01”); those clients are left out of the totals.`);
    // With rates: A$90 is ₫1,485,000 and $24 is ₫600,000, so the margin on Harbour is ₫885,000.
    await plugin.updateSettings({ conversionRates: ["AUD=16500 VND since 2026-01-01", "USD=25000 VND since 2026-01-01"] });
    await app.commands.run("client-desk:subcontractor-cost");
    expect(getNotices()).toContain(`${head}\nHarbour Goods: billed ₫1,485,000, cost ₫600,000, margin ₫885,000\nOwed to subcontractors this month: ₫600,000.`);

    await app.commands.run("client-desk:new-request");
    await pick("Harbour");
    const modal = top<RequestModal & Shown>();
    const select = modal.contentEl.querySelector<HTMLSelectElement>(".client-desk-request-assignee");
    expect([...(select?.options ?? [])].map((o) => o.text)).toEqual(["Me", "Ana Reyes"]);
  });
});

describe("subcontractor notes from the metadata cache", () => {
  it("reads their fields from the cache, without reading the notes again", async () => {
    const { app } = await start({
      "Client Desk/Subcontractors/Ana Reyes.md": "---\nname: Ana Reyes\nrate: 12\ncurrency: USD\n---\n",
      "Clients/Harbour Goods/Log/2026-11.md": "- [start:: 2026-11-20T09:00+07:00] [end:: 2026-11-20T11:00+07:00] [task:: [[Product uploads]]] [assignee:: [[Ana Reyes]]] ^cd-aaaaaaaa\n",
    });
    const read = vi.spyOn(app.vault, "read");
    const cachedRead = vi.spyOn(app.vault, "cachedRead");
    await app.commands.run("client-desk:subcontractor-cost");
    await app.settle();
    const readPaths = [...read.mock.calls, ...cachedRead.mock.calls].map((c) => c[0].path);
    expect(readPaths.filter((p) => p.startsWith("Client Desk/Subcontractors/"))).toEqual([]);
    expect(getNotices().join("\n")).toContain("Ana Reyes");
  });
});
