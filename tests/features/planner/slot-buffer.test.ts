// "Find a meeting slot" keeps the planner's buffer setting (not a fixed 10 minutes) away from the
// week's blocks, and says which in the dialog.
import { afterEach, describe, expect, it, vi } from "vitest";
import { App, loadPlugin, topModal } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";
import type { SlotFinderModal } from "../../../src/features/planner/slot-finder-modal";

async function firstSlotAfterBlock(buffer: number): Promise<{ first: string; intro: string }> {
  vi.useFakeTimers({ now: Date.parse("2026-11-24T10:00:00+07:00"), toFake: ["Date"] });
  const app = new App({
    files: {
      "Clients/Clara/Clara.md": "---\ntimezone: Europe/London\ncurrency: GBP\nrate: 30\n---\n",
      // Tuesday 16:00–16:30 in Ho Chi Minh City: London's first half hour of the day.
      "Planner/2026-W48.md": "- [start:: 2026-11-24T16:00+07:00] [end:: 2026-11-24T16:30+07:00] [client:: [[Clara]]] Call ^cd-plan0001\n",
    },
    pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh", workingHours: "08:00-22:00", plannerBuffer: buffer } },
  });
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  await app.settle();
  await app.commands.run("client-desk:find-meeting-slot");
  const modal = topModal() as unknown as SlotFinderModal;
  const box = modal.contentEl.querySelector<HTMLInputElement>('input[data-client="Clara"]')!;
  box.checked = true;
  box.dispatchEvent(new Event("change"));
  const first = modal.contentEl.querySelector("button.client-desk-slot")?.firstElementChild?.textContent ?? "";
  const intro = modal.contentEl.querySelector("p.client-desk-muted")?.textContent ?? "";
  modal.close();
  return { first, intro };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the slot finder's buffer", () => {
  it("is the planner's buffer setting: none", async () => {
    const none = await firstSlotAfterBlock(0);
    expect(none.first).toBe("You: 2026-11-24 16:30–17:00 GMT+7 (+07:00)");
    expect(none.intro).toContain("0 min from other blocks");
  });

  it("is the planner's buffer setting: 30 minutes", async () => {
    const wide = await firstSlotAfterBlock(30);
    expect(wide.first).toBe("You: 2026-11-24 17:00–17:30 GMT+7 (+07:00)");
    expect(wide.intro).toContain("30 min from other blocks");
  });
});
