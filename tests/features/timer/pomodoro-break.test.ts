// The Pomodoro break where the timer is shown: the status bar says "Break" and the time left, the
// timer menu's label ticks, and a restart in the middle of the break keeps it and its notice.
import { afterEach, describe, expect, it, vi } from "vitest";
import { getNotices, handlerErrors, lastMenu } from "../../fake/obsidian";
import { boot, advance, startVia, reload } from "./timer-app";

afterEach(() => {
  vi.useRealTimers();
  expect(handlerErrors).toEqual([]);
});

describe("the Pomodoro break", () => {
  it("is shown in the status bar and the menu, and survives a restart", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00", data: { pomodoro: true, pomodoroWork: 25, pomodoroBreak: 5 } });
    await startVia(app, plugin, "clara", null, 0);
    await advance(app, plugin, 25 * 60_000);
    const bar = () => app.statusBarEl.querySelector<HTMLElement>(".client-desk-timer")!;
    expect(bar().querySelector(".client-desk-timer-label")?.textContent).toBe("Break");
    expect(bar().querySelector(".client-desk-timer-time")?.textContent).toBe("Break: 0:05:00 left");
    expect(bar().classList.contains("is-break")).toBe(true);

    bar().click();
    const menu = lastMenu()!;
    const title = () => menu.items.map((i) => ("title" in i ? i.title : "")).find((x) => x.startsWith("Break"));
    expect(title()).toBe("Break: 0:05:00 left");
    await advance(app, plugin, 60_000);
    expect(title()).toBe("Break: 0:04:00 left");
    expect(menu.items.some((i) => "title" in i && i.title === "Today: Clara Whitfield Coaching 0 h 25 min")).toBe(true);
    menu.hide();

    // Obsidian restarts two minutes into the break: the break is still there, and so is its end.
    const again = await reload(app, plugin);
    expect(again.timer.breakEnd()).toBe(Date.parse("2026-11-23T09:30:00+07:00"));
    expect(app.statusBarEl.querySelector(".client-desk-timer-time")?.textContent).toBe("Break: 0:04:00 left");
    await advance(app, again, 4 * 60_000);
    expect(getNotices().at(-1)).toBe("Pomodoro: the break is over. Resume the timer when you are ready.");
    expect(again.timer.breakEnd()).toBeNull();
  });
});
