// The weekly template commands on the fake: filling a week (new and existing plan notes, hand-written
// lines kept byte for byte), the offer to save a week when there is no template, bad lines reported.
import { afterEach, describe, expect, it, vi } from "vitest";
import { App, getNotices, loadPlugin, topModal } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";
import { fillWeekFromTemplate } from "../../../src/features/planner/plan-fill-template";
import { parsePlanNote } from "../../../src/core/notes/plan-note";

const ZONE = "Asia/Ho_Chi_Minh";
const TEMPLATE = "Planner/Template.md";
const PLAN = "Planner/2026-W48.md";
const CLIENTS: Record<string, string> = {
  "Clients/Harbour Goods/Harbour Goods.md": "---\ntimezone: Australia/Sydney\ncurrency: AUD\nrate: 45\n---\n",
  "Clients/Northwind/Northwind.md": "---\nname: Northwind Coaching\ntimezone: Europe/London\ncurrency: GBP\nrate: 30\n---\n",
};
const TEMPLATE_TEXT = [
  "---",
  "type: plan-template",
  "---",
  "- [day:: mon] [start:: 09:00] [end:: 10:30] [client:: [[Harbour Goods]]] Product uploads",
  "- [day:: wed] [start:: 20:00] [end:: 21:00] [client:: [[Northwind Coaching]]] Weekly call",
  "- [day:: thu] [start:: 25:00] [end:: 26:00] [client:: [[Harbour Goods]]] typo",
  "",
].join("\n");

async function boot(files: Record<string, string>) {
  vi.useFakeTimers({ now: Date.parse("2026-11-24T10:00:00+07:00"), toFake: ["Date"] });
  const app = new App({ files: { ...CLIENTS, ...files }, pluginData: { "client-desk": { timeZone: ZONE } } });
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  await app.settle();
  return { app, plugin };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("fill week from template", () => {
  it("adds the blocks the week lacks after the note's own text, keeps the one it has, and says so", async () => {
    const own = "---\ntype: plan\nweek: 2026-W48\n---\n# My week\n\nNotes I wrote. No newline at the end";
    const existing = "- [start:: 2026-11-23T09:30+07:00] [end:: 2026-11-23T11:00+07:00] [client:: [[Harbour Goods]]] moved this week ^cd-existing";
    const { app } = await boot({ [TEMPLATE]: TEMPLATE_TEXT, [PLAN]: `${own}\n${existing}` });
    expect(await app.commands.run("client-desk:plan-fill-template")).toBeUndefined();
    await app.settle();
    const text = app.vault.contentOf(PLAN);
    expect(text.startsWith(`${own}\n${existing}\n`)).toBe(true);
    const added = text.slice(`${own}\n${existing}\n`.length).split("\n");
    expect(added).toHaveLength(2);
    expect(added[0]).toMatch(/^- \[start:: 2026-11-25T20:00\+07:00\] \[end:: 2026-11-25T21:00\+07:00\] \[client:: \[\[Northwind\]\]\] Weekly call \^cd-[a-z0-9]{8}$/);
    expect(added[1]).toBe("");
    expect(getNotices()).toContain("Week 2026-W48 filled from the template: 1 block added, 1 kept.");
    expect(getNotices().some((n) => n.includes("Planner/Template.md:6 [start]"))).toBe(true);
  });

  it("creates the week's plan note when it is missing, and filling again adds nothing", async () => {
    const { app, plugin } = await boot({ [TEMPLATE]: TEMPLATE_TEXT });
    expect(await fillWeekFromTemplate(plugin, "2026-W48")).toEqual({ added: 2, kept: 0, skipped: 1 });
    await app.settle();
    const first = app.vault.contentOf(PLAN);
    expect(first.startsWith("---\ntype: plan\nweek: 2026-W48\n---\n")).toBe(true);
    const read = parsePlanNote(PLAN, first);
    expect(read.diagnostics).toEqual([]);
    expect(read.blocks.map((b) => [b.clientRef, b.title])).toEqual([
      ["Harbour Goods", "Product uploads"],
      ["Northwind", "Weekly call"],
    ]);
    expect(await fillWeekFromTemplate(plugin, "2026-W48")).toEqual({ added: 0, kept: 2, skipped: 1 });
    expect(app.vault.contentOf(PLAN)).toBe(first);
  });

  it("without a template, offers to save this week as one; the saved template fills the week back to itself", async () => {
    const plan =
      "---\ntype: plan\nweek: 2026-W48\n---\n" +
      "- [start:: 2026-11-24T14:00+07:00] [end:: 2026-11-24T15:00+07:00] [client:: [[Northwind]]] Call ^cd-aaaaaaa1\n";
    const { app, plugin } = await boot({ [PLAN]: plan });
    expect(await fillWeekFromTemplate(plugin, "2026-W48")).toBeNull();
    const modal = topModal()!;
    expect(modal.contentEl.textContent).toContain("There is no Planner/Template.md. Save the 1 block of week 2026-W48");
    const save = [...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Save as template")!;
    save.click();
    await app.settle();
    await vi.waitFor(() => expect(app.vault.getFileByPath(TEMPLATE)).not.toBeNull());
    expect(app.vault.contentOf(TEMPLATE)).toContain("- [day:: tue] [start:: 14:00] [end:: 15:00] [client:: [[Northwind]]] Call\n");
    expect(await fillWeekFromTemplate(plugin, "2026-W48")).toEqual({ added: 0, kept: 1, skipped: 0 });
    expect(app.vault.contentOf(PLAN)).toBe(plan);
  });

  it("never replaces an existing template", async () => {
    const { app } = await boot({ [TEMPLATE]: TEMPLATE_TEXT });
    await app.commands.run("client-desk:plan-save-template");
    expect(app.vault.contentOf(TEMPLATE)).toBe(TEMPLATE_TEXT);
    expect(getNotices()).toContain("Planner/Template.md already exists and was not replaced. Edit it, or delete it to save this week again.");
  });
});
