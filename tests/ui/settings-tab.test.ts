// The settings tab on the fake, in happy-dom: what is saved, what is shown, in which language.
import { describe, expect, it } from "vitest";
import { App, loadPlugin, setLanguage, unloadPlugin } from "../fake/obsidian";
import ClientDeskPlugin from "../../src/main";

const FILES = {
  "Clients/Acme/Acme.md": "---\ntimezone: Europe/London\ncurrency: GBP\nrate: 30\n---\n",
  "Clients/Acme/Log/2026-11.md": "# Log\n\n- worked 2h on the newsletter\n",
};

async function start(language = "en", data: Record<string, unknown> = {}) {
  setLanguage(language);
  const app = new App({ files: FILES, pluginData: { "client-desk": data } });
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  return { app, plugin };
}

function input(root: HTMLElement, name: string): HTMLInputElement {
  const item = [...root.querySelectorAll(".setting-item")].find(
    (el) => el.querySelector(".setting-item-name")?.textContent === name,
  );
  const el = item?.querySelector("input");
  if (!el) throw new Error(`no input for ${name}`);
  return el;
}

function type(el: HTMLInputElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event("input", { bubbles: true }));
}

describe("settings tab", () => {
  it("saves valid values and keeps the old one for invalid input", async () => {
    const { app, plugin } = await start();
    const tab = app.setting.openTabById("client-desk");
    const root = tab!.containerEl;
    type(input(root, "Your time zone"), "Mars/Base");
    await app.settle();
    expect(plugin.settings.timeZone).toBe("");
    expect(root.querySelector(".client-desk-setting-error")?.textContent).toContain("Mars/Base");
    type(input(root, "Your time zone"), "Asia/Ho_Chi_Minh");
    type(input(root, "Home currency"), "vnd");
    type(input(root, "Your working hours"), "08:00-16:30");
    await app.settle();
    expect(await plugin.loadData()).toMatchObject({
      timeZone: "Asia/Ho_Chi_Minh",
      homeCurrency: "USD",
      workingHours: "08:00-16:30",
    });
    const sat = root.querySelector<HTMLInputElement>('input[data-day="sat"]')!;
    sat.checked = true;
    sat.dispatchEvent(new Event("change"));
    await app.settle();
    expect(plugin.settings.workingDays).toEqual(["mon", "tue", "wed", "thu", "fri", "sat"]);
  });

  it("speaks Vietnamese when Obsidian does, and English when the setting says so", async () => {
    const vi = await start("vi");
    expect(vi.app.commands.findCommand("client-desk:check-data")?.name).toBe("Client Desk: Kiểm tra dữ liệu khách hàng");
    // One plugin at a time: its code block processor (the report chart) is registered once.
    await unloadPlugin(vi.plugin);
    const en = await start("vi", { language: "en" });
    expect(en.app.commands.findCommand("client-desk:check-data")?.name).toBe("Client Desk: Check client data");
  });
});

describe("settings tab folder fields", () => {
  it("save a folder chosen from the suggester, and show a long path whole on hover", async () => {
    const { app, plugin } = await start();
    const tab = app.setting.openTabById("client-desk");
    const field = input(tab!.containerEl, "Clients folder");
    expect(field.classList.contains("client-desk-folder-input")).toBe(true);
    type(field, "Work/Agency clients 2026/Active");
    await app.settle();
    expect(plugin.settings.clientsRoot).toBe("Work/Agency clients 2026/Active");
    expect(field.title).toBe("Work/Agency clients 2026/Active");
  });
});
