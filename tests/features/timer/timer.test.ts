// The timer on the fake Obsidian, with a fixed clock (vitest fake timers move Date and the
// plugin's one-second interval; the fake metadata cache keeps its own real 5 ms timers).
// Linh works in Asia/Ho_Chi_Minh; her device here is "Linh's Mac".
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  App,
  chooseSuggestion,
  getNotices,
  handlerErrors,
  lastMenu,
  liveRegistrations,
  loadPlugin,
  setPlatform,
  topModal,
  typeInSuggest,
  unloadPlugin,
  type Modal,
} from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";
import { newLogNote } from "../../../src/core/notes/log-append";
import { parseLogNote } from "../../../src/core/notes/log-note";

const ZONE = "Asia/Ho_Chi_Minh";
const DEVICE = "Linh's Mac";
const HARBOUR = "Clients/Harbour Goods/Harbour Goods.md";
const HARBOUR_LOG = "Clients/Harbour Goods/Log/2026-11.md";
const CLARA_LOG = "Clients/Clara Whitfield Coaching/Log/2026-11.md";
const BRIGHT_LOG = "Clients/Brightloop/Log/2026-11.md";

const CLIENTS: Record<string, string> = {
  [HARBOUR]: "---\ntimezone: Australia/Sydney\ncurrency: AUD\nrate: 45\n---\nShop in Sydney.\n",
  "Clients/Harbour Goods/Tasks/Product uploads.md": "# Product uploads\n",
  "Clients/Harbour Goods/Tasks/Refund requests.md": "# Refund requests\n",
  "Clients/Clara Whitfield Coaching/Clara Whitfield Coaching.md": "---\ntimezone: Europe/London\ncurrency: GBP\nrate: 32.5\n---\n",
  "Clients/Brightloop/Brightloop.md":
    "---\ntimezone: America/New_York\ncurrency: USD\nbilling: retainer\nretainer_fee: 1200\nretainer_hours: 20\nrate: 65\n---\n",
};

const at = (iso: string) => Date.parse(iso);
const ID = /\^cd-[a-z0-9]{8}$/;

interface Boot {
  now: string;
  files?: Record<string, string>;
  data?: Record<string, unknown>;
  local?: Record<string, unknown>;
  /** Leave the idle and conflict questions to the test (default: the real dialogs). */
  platform?: "desktop" | "phone";
}

async function boot(o: Boot) {
  vi.useFakeTimers({ now: at(o.now), toFake: ["Date", "setInterval", "clearInterval"] });
  if (o.platform) setPlatform(o.platform);
  const app = new App({ files: { ...CLIENTS, ...(o.files ?? {}) }, pluginData: { "client-desk": { timeZone: ZONE, ...(o.data ?? {}) } } });
  app.saveLocalStorage("client-desk-device", DEVICE);
  for (const [k, v] of Object.entries(o.local ?? {})) app.saveLocalStorage(k, v);
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  await settled(app, plugin);
  return { app, plugin };
}

async function reload(app: App, plugin: ClientDeskPlugin): Promise<ClientDeskPlugin> {
  await unloadPlugin(plugin);
  const again = await loadPlugin(ClientDeskPlugin, app);
  await again.indexer.whenReady;
  await settled(app, again);
  return again;
}

/** Lets prompts resolve, the timer's writes finish and the index catch up. */
async function settled(app: App, plugin: ClientDeskPlugin): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise<void>((r) => setTimeout(r, 0));
    await plugin.timer.whenIdle();
    await app.settle();
  }
}

/** Advances the clock second by second, as the interval sees it. */
async function advance(app: App, plugin: ClientDeskPlugin, ms: number): Promise<void> {
  vi.advanceTimersByTime(ms);
  await settled(app, plugin);
}

async function startVia(app: App, plugin: ClientDeskPlugin, client: string, task: string | null, pick = 0): Promise<void> {
  await app.commands.run("client-desk:timer-start");
  const clients = topModal()!;
  const found = await typeInSuggest<{ kind: string }>(clients as never, client);
  // The client itself, not a recent client and task pair.
  chooseSuggestion(clients as never, found.findIndex((c) => c.kind === "client"));
  const tasks = topModal()!;
  expect(tasks).not.toBe(clients);
  const shown = await typeInSuggest(tasks as never, task ?? "");
  // Without a task: the last suggestion, "No task".
  chooseSuggestion(tasks as never, task === null ? shown.length - 1 : pick);
  await settled(app, plugin);
}

/** The status bar's words: label, time and burn (not the icon). */
function statusText(app: App): string {
  const bar = app.statusBarEl.querySelector(".client-desk-timer");
  if (!bar) return "";
  return [".client-desk-timer-label", ".client-desk-timer-time", ".client-desk-timer-burn"].map((s) => bar.querySelector(s)?.textContent ?? "").join("");
}

function button(modal: Modal, text: string): HTMLButtonElement {
  const b = [...modal.modalEl.querySelectorAll("button")].find((x) => x.textContent === text);
  if (!b) throw new Error(`no button “${text}” in ${[...modal.modalEl.querySelectorAll("button")].map((x) => x.textContent).join(", ")}`);
  return b;
}

function lastLine(text: string): string {
  return text.trimEnd().split("\n").at(-1)!;
}

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

describe("settings", () => {
  it("keeps the device name on this device only, and the timer settings in data.json", async () => {
    const { app, plugin } = await boot({ now: "2026-11-23T09:00:00+07:00" });
    const tab = app.setting.openTabById("client-desk")!;
    const root = tab.containerEl;
    const device = root.querySelector<HTMLInputElement>("input.client-desk-device-name")!;
    expect(device.value).toBe(DEVICE);
    device.value = "Linh's [work] laptop";
    device.dispatchEvent(new Event("input"));
    const idle = root.querySelector<HTMLInputElement>("input.client-desk-idleHours")!;
    idle.value = "0";
    idle.dispatchEvent(new Event("input"));
    expect(root.textContent).toContain("“0” is not a number from 0.25 to 72; the setting stays 10.");
    idle.value = "8";
    idle.dispatchEvent(new Event("input"));
    await settled(app, plugin);
    expect(app.loadLocalStorage("client-desk-device")).toBe("Linh's (work) laptop");
    const data = (await plugin.loadData()) as Record<string, unknown>;
    expect(data).toMatchObject({ idleHours: 8, pomodoro: false });
    expect(JSON.stringify(data)).not.toContain("laptop");
    await startVia(app, plugin, "harbour", null, 0);
    expect(lastLine(app.vault.contentOf(HARBOUR_LOG))).toContain("[device:: Linh's (work) laptop]");
  });

  it("makes a default device name from the platform once", async () => {
    vi.useFakeTimers({ now: at("2026-11-23T09:00:00+07:00"), toFake: ["Date", "setInterval", "clearInterval"] });
    setPlatform({ isMacOS: true, isLinux: false });
    const app = new App({ files: CLIENTS, pluginData: { "client-desk": { timeZone: ZONE } } });
    const plugin = await loadPlugin(ClientDeskPlugin, app);
    await app.startLayout();
    await plugin.indexer.whenReady;
    const name = plugin.timer.deviceName();
    expect(name).toMatch(/^Mac \([a-z0-9]{4}\)$/);
    expect(app.loadLocalStorage("client-desk-device")).toBe(name);
    expect(plugin.timer.deviceName()).toBe(name);
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
