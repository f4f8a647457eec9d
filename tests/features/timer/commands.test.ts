// The timer's commands on the fake Obsidian, with a fixed clock: start, stop, switch, resume,
// discard, a manual entry and the current log, as a user runs them; and in Vietnamese.
import { afterEach, describe, expect, it, vi } from "vitest";
import { chooseSuggestion, getNotices, handlerErrors, topModal, typeInSuggest } from "../../fake/obsidian";
import { newLogNote } from "../../../src/core/notes/log-append";
import { HARBOUR_LOG, CLARA_LOG, BRIGHT_LOG, ID, boot, settled, advance, startVia, statusText, button, lastLine } from "./timer-app";

afterEach(() => {
  vi.useRealTimers();
  // Nothing thrown inside an event handler (Obsidian would log and swallow it).
  expect(handlerErrors).toEqual([]);
});

describe("start, stop, switch, resume, discard", () => {
  it("starts from the palette with a client and a task note, and the status bar ticks without reading a file", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00" });
    expect(statusText(app)).toBe("Today0 h 0 min");
    await startVia(app, plugin, "harb", "uploads", 1);
    const text = app.vault.contentOf(HARBOUR_LOG);
    const line = lastLine(text);
    expect(line).toMatch(/^- \[start:: 2026-11-23T09:00\+07:00\] \[task:: \[\[Product uploads\]\]\] \[device:: Linh's Mac\] \^cd-[a-z0-9]{8}$/);
    expect(text).toBe(`${newLogNote("Harbour Goods", "2026-11")}${line}\n`);
    expect(getNotices()).toContain("Timer started: Harbour Goods · Product uploads.");
    expect(statusText(app)).toBe("Harbour Goods · Product uploads0:00:00");

    const reads = vi.spyOn(app.vault, "read");
    const cached = vi.spyOn(app.vault, "cachedRead");
    const adapter = vi.spyOn(app.vault.adapter, "read");
    const writes = app.vault.writeLog.length;
    vi.advanceTimersByTime(65_000);
    expect(statusText(app)).toBe("Harbour Goods · Product uploads0:01:05");
    vi.advanceTimersByTime(3_600_000);
    expect(statusText(app)).toBe("Harbour Goods · Product uploads1:01:05");
    expect(reads).not.toHaveBeenCalled();
    expect(cached).not.toHaveBeenCalled();
    expect(adapter).not.toHaveBeenCalled();
    expect(app.vault.writeLog.length).toBe(writes);
    const bar = app.statusBarEl.querySelector<HTMLElement>(".client-desk-timer")!;
    expect(bar.getAttribute("aria-label")).toContain("Today: 1 h 1 min");
    expect(bar.getAttribute("aria-label")).toContain("Harbour Goods: 1 h 1 min");
  });

  it("stop replaces exactly the running line with itself plus its end", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00" });
    await startVia(app, plugin, "harbour", null, 0);
    const before = app.vault.contentOf(HARBOUR_LOG);
    const running = lastLine(before);
    expect(running).toMatch(/^- \[start:: 2026-11-23T09:00\+07:00\] \[device:: Linh's Mac\] \^cd-/);
    await advance(app, plugin, 3_723_000);
    await app.commands.run("client-desk:timer-stop");
    await settled(app, plugin);
    const after = app.vault.contentOf(HARBOUR_LOG);
    const stopped = running.replace("+07:00]", "+07:00] [end:: 2026-11-23T10:02:03+07:00]");
    expect(after).toBe(before.replace(running, stopped));
    expect(getNotices()).toContain("Timer stopped: Harbour Goods, 1 h 2 min.");
    expect(plugin.timer.current()).toBeNull();
    expect(statusText(app)).toBe("Today1 h 2 min");
    await app.commands.run("client-desk:timer-stop");
    expect(getNotices().at(-1)).toBe("No timer is running.");
  });

  it("switch stops the running entry and starts the next at the same instant", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00" });
    await startVia(app, plugin, "harbour", "refund", 1);
    await advance(app, plugin, 25 * 60_000 + 7_000);
    await app.commands.run("client-desk:timer-switch");
    const clients = topModal()!;
    expect((clients as unknown as { inputEl: HTMLInputElement }).inputEl.placeholder).toBe("Switch the timer to: choose a client");
    await typeInSuggest(clients as never, "clara");
    chooseSuggestion(clients as never, 0);
    await typeInSuggest(topModal() as never, "Instagram captions");
    chooseSuggestion(topModal() as never, 0);
    await settled(app, plugin);
    expect(lastLine(app.vault.contentOf(HARBOUR_LOG))).toMatch(
      /^- \[start:: 2026-11-23T09:00\+07:00\] \[end:: 2026-11-23T09:25:07\+07:00\] \[task:: \[\[Refund requests\]\]\] \[device:: Linh's Mac\] \^cd-/,
    );
    expect(lastLine(app.vault.contentOf(CLARA_LOG))).toMatch(
      /^- \[start:: 2026-11-23T09:25:07\+07:00\] \[task:: Instagram captions\] \[device:: Linh's Mac\] \^cd-/,
    );
    expect(getNotices().at(-1)).toBe("Switched from Harbour Goods · Refund requests (0 h 25 min) to Clara Whitfield Coaching · Instagram captions.");
    expect(plugin.timer.running()).toHaveLength(1);
  });

  it("recent client and task pairs come first and start in one choice; resume starts the last pair again", async () => {
    const { app, plugin } = await boot({
      now: "2026-11-23T09:00:00+07:00",
      files: {
        [CLARA_LOG]: "- [start:: 2026-11-20T14:00+07:00] [end:: 2026-11-20T15:00+07:00] [task:: [[Podcast show notes]]] Ep. 12 ^cd-clara001\n",
        [HARBOUR_LOG]: "- [start:: 2026-11-21T08:00+07:00] [end:: 2026-11-21T09:00+07:00] [task:: Orders] #non-billable ^cd-harb0001\n",
      },
    });
    await app.commands.run("client-desk:timer-start");
    const modal = topModal()!;
    const shown = await typeInSuggest(modal as never, "");
    expect((shown as { kind: string; label?: string }[]).slice(0, 2).map((s) => s.label)).toEqual([
      "Harbour Goods · Orders",
      "Clara Whitfield Coaching · Podcast show notes",
    ]);
    chooseSuggestion(modal as never, 1);
    await settled(app, plugin);
    expect(lastLine(app.vault.contentOf(CLARA_LOG))).toMatch(/^- \[start:: 2026-11-23T09:00\+07:00\] \[task:: \[\[Podcast show notes\]\]\] \[device:: Linh's Mac\] \^cd-/);

    await advance(app, plugin, 600_000);
    await app.commands.run("client-desk:timer-stop");
    await advance(app, plugin, 60_000);
    await app.commands.run("client-desk:timer-resume");
    await settled(app, plugin);
    expect(lastLine(app.vault.contentOf(CLARA_LOG))).toMatch(/^- \[start:: 2026-11-23T09:11\+07:00\] \[task:: \[\[Podcast show notes\]\]\] \[device:: Linh's Mac\] \^cd-/);
    await app.commands.run("client-desk:timer-resume");
    expect(getNotices().at(-1)).toBe("A timer is already running: Clara Whitfield Coaching · Podcast show notes. Stop it or switch instead.");
  });

  it("discard asks first, then removes exactly the running line", async () => {
    const { app, plugin } = await boot({
      now: "2026-11-23T09:00:00+07:00",
      files: { [HARBOUR_LOG]: "# Log\n\n- [start:: 2026-11-22T08:00+07:00] [end:: 2026-11-22T09:00+07:00] Orders ^cd-harb0001\n" },
    });
    const original = app.vault.contentOf(HARBOUR_LOG);
    await startVia(app, plugin, "harbour", null, 0);
    await app.commands.run("client-desk:timer-discard");
    const ask = topModal()!;
    expect(ask.titleEl.textContent).toBe("Discard the running timer?");
    button(ask, "Cancel").click();
    await settled(app, plugin);
    expect(plugin.timer.running()).toHaveLength(1);
    await app.commands.run("client-desk:timer-discard");
    button(topModal()!, "Discard").click();
    await settled(app, plugin);
    expect(app.vault.contentOf(HARBOUR_LOG)).toBe(original);
    expect(plugin.timer.current()).toBeNull();
    expect(getNotices().at(-1)).toBe("Running timer discarded: Harbour Goods. Its line was removed from the log.");
  });

  it("adds a manual entry in the user's zone, validated field by field", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T12:00:00+07:00" });
    await app.commands.run("client-desk:timer-add-entry");
    const modal = topModal()!;
    const el = modal.modalEl;
    const select = el.querySelector("select")!;
    select.value = "Brightloop";
    select.dispatchEvent(new Event("change"));
    const type = (cls: string, v: string) => {
      const input = el.querySelector<HTMLInputElement>(`input.${cls}`)!;
      input.value = v;
      input.dispatchEvent(new Event("input"));
    };
    type("client-desk-manual-start", "2026-11-23 09:00");
    type("client-desk-manual-end", "2026-11-23 08:00");
    expect(el.textContent).toContain("The end must be after the start.");
    type("client-desk-manual-end", "2026-11-23 10:30:15");
    type("client-desk-manual-task", "[[Weekly metrics]]");
    type("client-desk-manual-note", "Sent to Dan");
    const toggle = el.querySelector<HTMLElement>(".checkbox-container")!;
    toggle.click();
    expect(el.querySelector(".client-desk-manual-summary")?.textContent).toBe("Duration: 1 h 30 min.");
    button(modal, "Add entry").click();
    await settled(app, plugin);
    expect(lastLine(app.vault.contentOf(BRIGHT_LOG))).toMatch(
      /^- \[start:: 2026-11-23T09:00\+07:00\] \[end:: 2026-11-23T10:30:15\+07:00\] \[task:: \[\[Weekly metrics\]\]\] Sent to Dan #non-billable \^cd-[a-z0-9]{8}$/,
    );
  });

  it("refuses a local time the clocks skip, for a user in New York", async () => {
    const { app } = await boot({ now: "2026-03-08T12:00:00-04:00", data: { timeZone: "America/New_York" } });
    await app.commands.run("client-desk:timer-add-entry");
    const el = topModal()!.modalEl;
    const start = el.querySelector<HTMLInputElement>("input.client-desk-manual-start")!;
    const select = el.querySelector("select")!;
    select.value = "Harbour Goods";
    select.dispatchEvent(new Event("change"));
    start.value = "2026-03-08 02:30";
    start.dispatchEvent(new Event("input"));
    expect(el.textContent).toContain("2026-03-08 02:30 does not exist in America/New_York: the clocks skip that time on that day.");
  });

  it("opens the current client's log at the running line", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00" });
    await startVia(app, plugin, "harbour", null, 0);
    await app.commands.run("client-desk:timer-open-log");
    const lines = app.vault.contentOf(HARBOUR_LOG).trimEnd().split("\n").length;
    expect(app.workspace.openHistory.at(-1)).toMatchObject({ path: HARBOUR_LOG, line: lines - 1 });
  });
});

describe("Vietnamese", () => {
  it("speaks Vietnamese in the commands, the status bar and the notices", async () => {
    const { setLanguage } = await import("../../fake/obsidian");
    setLanguage("vi");
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00" });
    expect(app.commands.findCommand("client-desk:timer-start")?.name).toBe("Client Desk: Bắt đầu đếm giờ");
    expect(statusText(app)).toBe("Hôm nay0 giờ 0 phút");
    await startVia(app, plugin, "clara", null, 0);
    expect(getNotices().at(-1)).toBe("Đã bắt đầu đếm giờ: Clara Whitfield Coaching.");
    expect(ID.test(lastLine(app.vault.contentOf(CLARA_LOG)))).toBe(true);
  });
});
