// The meeting slot finder on the fake: clients ticked in order, slots listed with every party's
// local time, a slot chosen by keyboard-reachable buttons appends one block to the week's plan note.
import { afterEach, describe, expect, it, vi } from "vitest";
import { App, getNotices, loadPlugin, topModal } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";
import type { SlotFinderModal } from "../../../src/features/planner/slot-finder-modal";
import { parsePlanNote } from "../../../src/core/notes/plan-note";

const PLAN = "Planner/2026-W48.md";
const FILES: Record<string, string> = {
  "Clients/Clara/Clara.md": "---\nname: Clara Whitfield Coaching\ntimezone: Europe/London\ncurrency: GBP\nrate: 30\n---\n",
  "Clients/Brightloop/Brightloop.md": "---\ntimezone: America/New_York\ncurrency: USD\nrate: 65\nworking_hours: 08:00-18:00\n---\n",
};

async function boot(files: Record<string, string> = {}) {
  vi.useFakeTimers({ now: Date.parse("2026-11-24T10:00:00+07:00"), toFake: ["Date"] });
  const app = new App({
    files: { ...FILES, ...files },
    pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh", workingHours: "08:00-22:00" } },
  });
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  await app.settle();
  await app.commands.run("client-desk:find-meeting-slot");
  const modal = topModal() as unknown as SlotFinderModal;
  return { app, plugin, modal };
}

function tick(modal: SlotFinderModal, key: string): void {
  const box = modal.contentEl.querySelector<HTMLInputElement>(`input[data-client="${key}"]`)!;
  box.checked = !box.checked;
  box.dispatchEvent(new Event("change"));
}

afterEach(() => {
  vi.useRealTimers();
});

describe("find a meeting slot", () => {
  it("lists nothing until a client is chosen, then the week's slots in every party's time", async () => {
    const { modal } = await boot();
    expect(modal.contentEl.querySelector(".client-desk-slot-list")?.textContent).toBe("Choose at least one client.");
    tick(modal, "Clara");
    const first = modal.contentEl.querySelector("button.client-desk-slot")!;
    // Tuesday 10:00 in Ho Chi Minh City is "now": Tuesday's London morning is 16:00 here.
    expect([...first.children].map((c) => c.textContent)).toEqual([
      "You: 2026-11-24 16:00–16:30 GMT+7 (+07:00)",
      "Clara Whitfield Coaching: 2026-11-24 09:00–09:30 GMT (+00:00)",
    ]);
    tick(modal, "Brightloop");
    // London and New York together: 13:00–17:00 GMT is 08:00–12:00 EST; the VA's day ends at 22:00 (15:00 GMT).
    const texts = [...modal.contentEl.querySelectorAll("button.client-desk-slot")].map((b) => b.textContent ?? "");
    expect(texts[0]).toBe(
      "You: 2026-11-24 20:00–20:30 GMT+7 (+07:00)Clara Whitfield Coaching: 2026-11-24 13:00–13:30 GMT (+00:00)Brightloop: 2026-11-24 08:00–08:30 EST (-05:00)",
    );
    expect(texts.every((x) => x.includes("Brightloop"))).toBe(true);
  });

  it("appends a block for the first chosen client to the week's note, keeping the note's text", async () => {
    const own = "---\ntype: plan\nweek: 2026-W48\n---\nmy notes\n";
    const { app, modal } = await boot({ [PLAN]: own });
    tick(modal, "Brightloop");
    tick(modal, "Clara");
    const button = modal.contentEl.querySelector<HTMLButtonElement>("button.client-desk-slot")!;
    button.click();
    await vi.waitFor(() => expect(app.vault.contentOf(PLAN)).not.toBe(own));
    const text = app.vault.contentOf(PLAN);
    expect(text.startsWith(own)).toBe(true);
    const added = text.slice(own.length);
    expect(added).toMatch(/^- \[start:: 2026-11-24T20:00\+07:00\] \[end:: 2026-11-24T20:30\+07:00\] \[client:: \[\[Brightloop\]\]\] Meeting with Brightloop, Clara Whitfield Coaching \^cd-[a-z0-9]{8}\n$/);
    expect(parsePlanNote(PLAN, text).diagnostics).toEqual([]);
    await vi.waitFor(() => expect(getNotices()).toContain("Added “Meeting with Brightloop, Clara Whitfield Coaching” on 2026-11-24 at 20:00."));
  });

  it("creates the plan note when the week has none, and a new block removes its slot (and its buffer)", async () => {
    const { app, plugin, modal } = await boot();
    tick(modal, "Clara");
    const before = modal.slots();
    await modal.choose(before[0]);
    await app.settle();
    expect(app.vault.contentOf(PLAN).startsWith("---\ntype: plan\nweek: 2026-W48\n---\n")).toBe(true);
    const again = (await (await import("../../../src/features/planner/slot-finder-modal")).openSlotFinder(plugin, "2026-W48"));
    tick(again, "Clara");
    const starts = again.slots().map((s) => s.parties[0].start).slice(0, 2);
    // 16:00–16:30 is taken; with 10 minutes' buffer the next slot starts at 16:45.
    expect(starts).toEqual(["16:45", "17:00"]);
  });

  it("moves between slots with the arrow keys", async () => {
    const { modal } = await boot();
    tick(modal, "Clara");
    const buttons = [...modal.contentEl.querySelectorAll<HTMLButtonElement>("button.client-desk-slot")];
    buttons[0].focus();
    buttons[0].dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowDown", bubbles: true }));
    expect(document.activeElement).toBe(buttons[1]);
    buttons[1].dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowUp", bubbles: true }));
    expect(document.activeElement).toBe(buttons[0]);
  });
});
