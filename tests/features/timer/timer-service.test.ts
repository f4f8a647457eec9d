// The timer service on the fake Obsidian, with a fixed clock: a timer that lives in the vault (after
// a restart, from another device, two at once, edited or deleted by hand), and durations exact to
// the second across midnight, the week boundary and DST switch days.
import { afterEach, describe, expect, it, vi } from "vitest";
import { getNotices, handlerErrors, liveRegistrations, topModal, unloadPlugin } from "../../fake/obsidian";
import { parseLogNote } from "../../../src/core/notes/log-note";
import { HARBOUR, HARBOUR_LOG, CLARA_LOG, BRIGHT_LOG, at, boot, reload, settled, advance, startVia, statusText, button, lastLine } from "./timer-app";

afterEach(() => {
  vi.useRealTimers();
  // Nothing thrown inside an event handler (Obsidian would log and swallow it).
  expect(handlerErrors).toEqual([]);
});

describe("a timer that lives in the vault", () => {
  it("is picked up again after a restart and stopped there", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00" });
    await startVia(app, plugin, "clara", null, 0);
    await advance(app, plugin, 30 * 60_000);
    const again = await reload(app, plugin);
    expect(again.timer.current()?.entry.clientKey).toBe("Clara Whitfield Coaching");
    expect(statusText(app)).toBe("Clara Whitfield Coaching0:30:00");
    await app.commands.run("client-desk:timer-stop");
    await settled(app, again);
    expect(lastLine(app.vault.contentOf(CLARA_LOG))).toMatch(/\[start:: 2026-11-23T09:00\+07:00\] \[end:: 2026-11-23T09:30\+07:00\]/);
    await unloadPlugin(again);
    expect(liveRegistrations(again as unknown as Parameters<typeof liveRegistrations>[0]).total).toBe(0);
    expect(app.statusBarEl.querySelector(".client-desk-timer")).toBeNull();
  });

  it("a running entry from another device, arriving by sync, is shown and stoppable here", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00" });
    app.vault.externalWrite(BRIGHT_LOG, "- [start:: 2026-11-23T08:40+07:00] [device:: Old phone] Support inbox ^cd-phone001\n");
    await settled(app, plugin);
    expect(plugin.timer.current()?.otherDevice).toBe(true);
    expect(app.statusBarEl.querySelector(".client-desk-timer")!.getAttribute("aria-label")).toContain("Started on Old phone; it can be stopped here.");
    await app.commands.run("client-desk:timer-stop");
    await settled(app, plugin);
    expect(app.vault.contentOf(BRIGHT_LOG)).toBe(
      "- [start:: 2026-11-23T08:40+07:00] [end:: 2026-11-23T09:00+07:00] [device:: Old phone] Support inbox ^cd-phone001\n",
    );
    expect(getNotices().at(-1)).toBe("Timer stopped: Brightloop, 0 h 20 min. It had been started on Old phone.");
  });

  it("two running entries from two devices: the user keeps one and the other stops when it started", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00" });
    await startVia(app, plugin, "harbour", null, 0);
    await advance(app, plugin, 20 * 60_000);
    app.vault.externalWrite(CLARA_LOG, "- [start:: 2026-11-23T09:12+07:00] [device:: Linh's phone] Call with Clara ^cd-phone002\n");
    await settled(app, plugin);
    const ask = topModal()!;
    expect(ask.titleEl.textContent).toBe("2 timers are running at once");
    const radios = [...ask.modalEl.querySelectorAll<HTMLInputElement>("input[type=radio]")];
    expect(radios.find((r) => r.checked)?.value).toBe("cd-phone002");
    button(ask, "Keep it, stop the others").click();
    await settled(app, plugin);
    expect(lastLine(app.vault.contentOf(HARBOUR_LOG))).toMatch(/\[start:: 2026-11-23T09:00\+07:00\] \[end:: 2026-11-23T09:12\+07:00\] \[device:: Linh's Mac\]/);
    expect(plugin.timer.running().map((r) => r.entry.id)).toEqual(["cd-phone002"]);
    expect(getNotices().at(-1)).toBe("Kept Clara Whitfield Coaching; stopped 1 other timers when it started.");
  });

  it("two running entries: keeping the earlier one means discarding the later one", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00" });
    await startVia(app, plugin, "harbour", null, 0);
    app.vault.externalWrite(CLARA_LOG, "# Clara\n- [start:: 2026-11-23T09:12+07:00] [device:: Linh's phone] Call ^cd-phone002\n");
    await settled(app, plugin);
    const ask = topModal()!;
    const mine = [...ask.modalEl.querySelectorAll<HTMLInputElement>("input[type=radio]")].find((r) => r.value !== "cd-phone002")!;
    mine.checked = true;
    mine.dispatchEvent(new Event("change"));
    expect(button(ask, "Keep it, stop the others").disabled).toBe(true);
    button(ask, "Keep it, discard the others").click();
    await settled(app, plugin);
    expect(app.vault.contentOf(CLARA_LOG)).toBe("# Clara\n");
    expect(plugin.timer.current()?.entry.clientKey).toBe("Harbour Goods");
  });

  it("a line edited by hand while running keeps the edit; a line deleted by hand is reported and nothing is written", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00" });
    await startVia(app, plugin, "harbour", "Orders", 0);
    const text = app.vault.contentOf(HARBOUR_LOG);
    const line = lastLine(text);
    const edited = line.replace("[task:: Orders]", "[task:: Orders and refunds] Called the courier #urgent");
    app.vault.externalWrite(HARBOUR_LOG, text.replace(line, edited));
    await settled(app, plugin);
    await advance(app, plugin, 45 * 60_000);
    await app.commands.run("client-desk:timer-stop");
    await settled(app, plugin);
    expect(lastLine(app.vault.contentOf(HARBOUR_LOG))).toBe(edited.replace("+07:00]", "+07:00] [end:: 2026-11-23T09:45+07:00]"));

    await startVia(app, plugin, "harbour", null, 0);
    const withRunning = app.vault.contentOf(HARBOUR_LOG);
    const running = plugin.timer.current()!;
    const removed = withRunning.replace(`${lastLine(withRunning)}\n`, "");
    app.vault.externalWrite(HARBOUR_LOG, removed);
    // The index has not caught up yet: the service still believes the line is there.
    const writes = app.vault.writeLog.length;
    await plugin.timer.stop(running);
    expect(app.vault.writeLog.length).toBe(writes);
    expect(app.vault.contentOf(HARBOUR_LOG)).toBe(removed);
    expect(getNotices().at(-1)).toBe(
      `The running entry is no longer in ${HARBOUR_LOG}: it was deleted or moved by hand, or on another device. Nothing was written.`,
    );
  });

  it("a client note deleted while its timer runs: still shown, said clearly, and stoppable", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00" });
    await startVia(app, plugin, "harbour", null, 0);
    app.vault.externalDelete(HARBOUR);
    await settled(app, plugin);
    expect(getNotices()).toContain(
      `The client note of Harbour Goods is missing, but its timer is still running. It stays in ${HARBOUR_LOG} and can be stopped as usual.`,
    );
    expect(statusText(app)).toBe("Harbour Goods (client note missing)0:00:00");
    await advance(app, plugin, 90_000);
    await app.commands.run("client-desk:timer-stop");
    await settled(app, plugin);
    expect(lastLine(app.vault.contentOf(HARBOUR_LOG))).toMatch(/\[end:: 2026-11-23T09:01:30\+07:00\]/);
    expect(getNotices().at(-1)).toBe(`Timer stopped: Harbour Goods, 0 h 1 min. Its client note is missing; the entry is in ${HARBOUR_LOG}.`);
  });
});

describe("across midnight, the week boundary and DST switch days, to the second", () => {
  // Linh in Ho Chi Minh City (UTC+7 all year) works while her clients' clocks change.
  const cases: [string, string, number, string][] = [
    ["midnight", "2026-11-23T23:15:07+07:00", 6422_000, HARBOUR_LOG],
    ["Sunday to Monday (week boundary)", "2026-11-29T22:00:00+07:00", 4 * 3600_000 + 30_000, HARBOUR_LOG],
    ["month end: stays in the start's month", "2026-11-30T23:50:00+07:00", 40 * 60_000, HARBOUR_LOG],
    ["Sydney DST starts (2026-10-04)", "2026-10-03T22:30:00+07:00", 5 * 3600_000 + 1000, "Clients/Harbour Goods/Log/2026-10.md"],
    ["Sydney DST ends (2026-04-05)", "2026-04-04T22:00:00+07:00", 4 * 3600_000, "Clients/Harbour Goods/Log/2026-04.md"],
    ["London DST starts (2026-03-29)", "2026-03-29T07:30:00+07:00", 2 * 3600_000 + 59_000, "Clients/Harbour Goods/Log/2026-03.md"],
    ["London DST ends (2026-10-25)", "2026-10-25T07:00:00+07:00", 2 * 3600_000, "Clients/Harbour Goods/Log/2026-10.md"],
    ["New York DST starts (2026-03-08)", "2026-03-08T13:30:00+07:00", 2 * 3600_000, "Clients/Harbour Goods/Log/2026-03.md"],
    ["New York DST ends (2026-11-01)", "2026-11-01T12:30:00+07:00", 2 * 3600_000, HARBOUR_LOG],
  ];
  it.each(cases)("%s", async (_name, start, ms, file) => {
    const { app, plugin } = await boot({ now: start, data: { idleHours: 24 } });
    await plugin.timer.start({ clientKey: "Harbour Goods", task: null, taskAsLink: false });
    await advance(app, plugin, ms);
    await plugin.timer.stop();
    await settled(app, plugin);
    const [e] = parseLogNote(file, "Harbour Goods", app.vault.contentOf(file)).entries;
    expect(e.end! - e.start).toBe(ms);
    expect(e.start).toBe(at(start));
    expect(e.startOffset).toBe(420);
    expect(e.endOffset).toBe(420);
  });
});
