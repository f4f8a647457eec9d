// Activity in a popout window counts as much as in the main one: after a sleep the idle question
// proposes the last key pressed in the popout; once the popout closes, its document is let go.
import { afterEach, describe, expect, it, vi } from "vitest";
import { handlerErrors, topModal } from "../../fake/obsidian";
import { at, boot, advance, startVia } from "./timer-app";

afterEach(() => {
  vi.useRealTimers();
  expect(handlerErrors).toEqual([]);
});

function popout(): { document: Document } {
  return { document: document.implementation.createHTMLDocument("popout") };
}

function sinceAfterSleep(): string {
  return topModal()!.modalEl.querySelector<HTMLInputElement>("input.client-desk-idle-since")!.value;
}

describe("activity in popout windows", () => {
  it("a key pressed in a popout is the last activity the idle question proposes", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00" });
    await startVia(app, plugin, "harbour", null, 0);
    const win = popout();
    app.workspace.trigger("window-open", {}, win);
    await advance(app, plugin, 10 * 60_000);
    document.body.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true }));
    await advance(app, plugin, 15 * 60_000);
    win.document.body.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true }));
    await advance(app, plugin, 10 * 60_000);
    vi.setSystemTime(at("2026-11-23T17:30:00+07:00"));
    await advance(app, plugin, 1000);
    expect(sinceAfterSleep()).toBe("2026-11-23 09:25");
  });

  it("a closed popout's document no longer counts", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00" });
    await startVia(app, plugin, "harbour", null, 0);
    const win = popout();
    app.workspace.trigger("window-open", {}, win);
    await advance(app, plugin, 10 * 60_000);
    win.document.body.dispatchEvent(new PointerEvent("pointerdown", { bubbles: true }));
    app.workspace.trigger("window-close", {}, win);
    await advance(app, plugin, 15 * 60_000);
    win.document.body.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true }));
    await advance(app, plugin, 10 * 60_000);
    vi.setSystemTime(at("2026-11-23T17:30:00+07:00"));
    await advance(app, plugin, 1000);
    expect(sinceAfterSleep()).toBe("2026-11-23 09:10");
  });
});
