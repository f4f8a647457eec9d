// The idle question on the fake Obsidian, with a fixed clock: a timer forgotten past the threshold
// or across a sleep, each answer and what it writes; none of it on a phone.
import { afterEach, describe, expect, it, vi } from "vitest";
import { chooseSuggestion, getNotices, handlerErrors, lastMenu, topModal, typeInSuggest } from "../../fake/obsidian";
import { HARBOUR_LOG, BRIGHT_LOG, at, boot, settled, advance, startVia, button, lastLine } from "./timer-app";

afterEach(() => {
  vi.useRealTimers();
  // Nothing thrown inside an event handler (Obsidian would log and swallow it).
  expect(handlerErrors).toEqual([]);
});

describe("idle and forgotten time", () => {
  const FORGOTTEN = "- [start:: 2026-11-22T17:00+07:00] [task:: Orders] [device:: Linh's Mac] Packing list ^cd-forgot01\n";
  const local = { "client-desk-activity": { activity: at("2026-11-22T18:10+07:00"), seen: at("2026-11-22T18:30+07:00") } };

  async function forgotten() {
    const r = await boot({ now: "2026-11-23T08:00:00+07:00", files: { [HARBOUR_LOG]: FORGOTTEN }, local });
    const ask = topModal()!;
    expect(ask.titleEl.textContent).toBe("The timer has been running for 15 h 0 min");
    const since = ask.modalEl.querySelector<HTMLInputElement>("input.client-desk-idle-since")!;
    expect(since.value).toBe("2026-11-22 18:10");
    return { ...r, ask };
  }

  it("on load, past the threshold, asks; keep all writes nothing", async () => {
    const { app, plugin, ask } = await forgotten();
    button(ask, "Keep all").click();
    await settled(app, plugin);
    expect(app.vault.contentOf(HARBOUR_LOG)).toBe(FORGOTTEN);
    expect(getNotices().at(-1)).toBe("Kept all the time of Harbour Goods · Orders. The timer is still running.");
    await advance(app, plugin, 5 * 60_000);
    expect(topModal()).toBeUndefined();
  });

  it("stop at the last activity ends the entry then", async () => {
    const { app, plugin, ask } = await forgotten();
    button(ask, "Stop at 18:10").click();
    await settled(app, plugin);
    expect(app.vault.contentOf(HARBOUR_LOG)).toBe(FORGOTTEN.replace("+07:00]", "+07:00] [end:: 2026-11-22T18:10+07:00]"));
    expect(plugin.timer.current()).toBeNull();
  });

  it("leaving out idle time ends the entry at the idle start and starts the same work again now", async () => {
    const { app, plugin, ask } = await forgotten();
    const since = ask.modalEl.querySelector<HTMLInputElement>("input.client-desk-idle-since")!;
    since.value = "2026-11-22 18:25";
    since.dispatchEvent(new Event("input"));
    button(ask, "Leave out idle time").click();
    await settled(app, plugin);
    const lines = app.vault.contentOf(HARBOUR_LOG).trimEnd().split("\n");
    expect(lines[0]).toBe("- [start:: 2026-11-22T17:00+07:00] [end:: 2026-11-22T18:25+07:00] [task:: Orders] [device:: Linh's Mac] Packing list ^cd-forgot01");
    expect(lines[1]).toMatch(/^- \[start:: 2026-11-23T08:00\+07:00\] \[task:: Orders\] \[device:: Linh's Mac\] Packing list \^cd-[a-z0-9]{8}$/);
    expect(getNotices().at(-1)).toBe("Left out 13 h 35 min of idle time; Harbour Goods · Orders is running again from now.");
  });

  it("closing the question writes nothing", async () => {
    const { app, plugin, ask } = await forgotten();
    ask.close();
    await settled(app, plugin);
    expect(app.vault.contentOf(HARBOUR_LOG)).toBe(FORGOTTEN);
  });

  it("a wall-clock jump (sleep) on desktop asks, proposing the last activity before it", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00" });
    await startVia(app, plugin, "harbour", null, 0);
    await advance(app, plugin, 10 * 60_000);
    document.body.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true }));
    await advance(app, plugin, 20 * 60_000);
    // The laptop sleeps for 8 hours: no tick in between.
    vi.setSystemTime(at("2026-11-23T17:30:00+07:00"));
    await advance(app, plugin, 1000);
    const ask = topModal()!;
    expect(ask.titleEl.textContent).toBe("This computer was asleep from 2026-11-23 09:30 to 17:30");
    expect(ask.modalEl.querySelector<HTMLInputElement>("input.client-desk-idle-since")!.value).toBe("2026-11-23 09:10");
    button(ask, "Stop at 09:10").click();
    await settled(app, plugin);
    expect(lastLine(app.vault.contentOf(HARBOUR_LOG))).toMatch(/\[start:: 2026-11-23T09:00\+07:00\] \[end:: 2026-11-23T09:10\+07:00\]/);
  });

  it("on a phone there is no status bar and no gap question; the ribbon menu starts and stops", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00", platform: "phone" });
    expect(app.statusBarEl.querySelector(".client-desk-timer")).toBeNull();
    const ribbon = app.ribbonEl.querySelector<HTMLElement>('[aria-label="Client Desk: timer"]')!;
    ribbon.click();
    expect(lastMenu()!.titles()).toEqual(["No timer running. Today: 0 h 0 min", "Start timer…", "Add time entry…", "Open client's log"]);
    lastMenu()!.clickItem("Start timer…");
    await settled(app, plugin);
    await typeInSuggest(topModal() as never, "bright");
    chooseSuggestion(topModal() as never, 0);
    await typeInSuggest(topModal() as never, "");
    chooseSuggestion(topModal() as never, 0);
    await settled(app, plugin);
    expect(plugin.timer.current()?.entry.clientKey).toBe("Brightloop");
    vi.setSystemTime(at("2026-11-23T12:00:00+07:00"));
    await advance(app, plugin, 1000);
    expect(topModal()).toBeUndefined();
    ribbon.click();
    expect(lastMenu()!.titles()).toContain("Stop timer");
    lastMenu()!.clickItem("Stop timer");
    await settled(app, plugin);
    expect(lastLine(app.vault.contentOf(BRIGHT_LOG))).toMatch(/\[end:: 2026-11-23T12:00:01\+07:00\]/);
  });
});
