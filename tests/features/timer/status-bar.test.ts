// The timer in the status bar on the fake Obsidian: a retainer's hours this month beside it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { handlerErrors } from "../../fake/obsidian";
import { BRIGHT_LOG, boot, startVia } from "./timer-app";

afterEach(() => {
  vi.useRealTimers();
  // Nothing thrown inside an event handler (Obsidian would log and swallow it).
  expect(handlerErrors).toEqual([]);
});

describe("retainer burn and Pomodoro", () => {
  it("shows a retainer's hours this month beside the timer, marked past 80%", async () => {
    const { app, plugin } = await boot({
      now: "2026-11-23T09:00:00+07:00",
      files: { [BRIGHT_LOG]: "- [start:: 2026-11-02T08:00+07:00] [end:: 2026-11-02T23:30+07:00] Launch ^cd-bright01\n" },
    });
    await startVia(app, plugin, "bright", null, 0);
    const burn = () => app.statusBarEl.querySelector<HTMLElement>(".client-desk-timer-burn")!;
    expect(burn().textContent).toBe("15.5/20 h");
    expect(burn().hasClass("is-high")).toBe(false);
    vi.advanceTimersByTime(36 * 60_000);
    expect(burn().textContent).toBe("16.1/20 h");
    expect(burn().hasClass("is-high")).toBe(true);
    const label = app.statusBarEl.querySelector(".client-desk-timer")!.getAttribute("aria-label")!;
    expect(label).toContain("Retainers in 2026-11 (billed hours, rounded as each client note says):");
    expect(label).toContain("Brightloop 16.1/20 h (over 80%)");
  });
});
