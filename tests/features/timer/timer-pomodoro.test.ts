// Pomodoro on the fake Obsidian, with a fixed clock: each work period logged, the break's end said.
import { afterEach, describe, expect, it, vi } from "vitest";
import { getNotices, handlerErrors } from "../../fake/obsidian";
import { CLARA_LOG, boot, advance, startVia, lastLine } from "./timer-app";

afterEach(() => {
  vi.useRealTimers();
  // Nothing thrown inside an event handler (Obsidian would log and swallow it).
  expect(handlerErrors).toEqual([]);
});

describe("retainer burn and Pomodoro", () => {
  it("Pomodoro logs each work period as an ordinary entry and says when the break is over", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00", data: { pomodoro: true, pomodoroWork: 25, pomodoroBreak: 5 } });
    await startVia(app, plugin, "clara", null, 0);
    await advance(app, plugin, 25 * 60_000);
    expect(lastLine(app.vault.contentOf(CLARA_LOG))).toMatch(/^- \[start:: 2026-11-23T09:00\+07:00\] \[end:: 2026-11-23T09:25\+07:00\] \[device:: Linh's Mac\] \^cd-/);
    expect(getNotices()).toContain("Pomodoro: 25 minutes of Clara Whitfield Coaching logged. Take a 5-minute break.");
    await advance(app, plugin, 5 * 60_000);
    expect(getNotices().at(-1)).toBe("Pomodoro: the break is over. Resume the timer when you are ready.");
    expect(plugin.timer.current()).toBeNull();
  });
});
