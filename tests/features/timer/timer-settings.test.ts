// The timer's settings on the fake Obsidian: the device name kept on this device only, the idle
// threshold checked as typed, a default device name made once from the platform.
import { afterEach, describe, expect, it, vi } from "vitest";
import { App, handlerErrors, loadPlugin, setPlatform } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";
import { ZONE, DEVICE, HARBOUR_LOG, CLIENTS, at, boot, settled, startVia, lastLine } from "./timer-app";

afterEach(() => {
  vi.useRealTimers();
  // Nothing thrown inside an event handler (Obsidian would log and swallow it).
  expect(handlerErrors).toEqual([]);
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
