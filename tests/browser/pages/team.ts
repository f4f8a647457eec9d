// The team panel on the fake Obsidian in real Chromium: the demo vault (Linh and Minh, her
// subcontractor) with Minh's timer running. The test installs its clock, then boots.
import { App, loadPlugin, setLanguage } from "../../fake/obsidian";
import { whenPageReady } from "../../fake/page";
import ClientDeskPlugin from "../../../src/main";
import { demoVault } from "../../../src/core/demo";

const MINH = "Clients/Clara Whitfield Coaching/Log/2026-11 minh.md";

const driver = {
  async boot(language: string, now: string): Promise<void> {
    setLanguage(language);
    document.body.querySelectorAll(".app-container, .modal-container, .menu").forEach((el) => el.remove());
    const files: Record<string, string> = {};
    for (const [path, text] of demoVault(Date.parse(now))) if (!path.startsWith(".obsidian/")) files[path] = text;
    files[MINH] += "- [start:: 2026-11-25T09:30+07:00] [device:: Minh's laptop] [task:: [[Instagram content]]] Banner ^cd-minhrun1\n";
    const app = new App({
      files,
      pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh", homeCurrency: "VND", language: "auto" } },
    });
    const plugin = await loadPlugin(ClientDeskPlugin, app);
    await app.startLayout();
    await plugin.indexer.whenReady;
    await app.commands.run("client-desk:team-open");
    await app.settle();
  },
};

(window as unknown as { teamPage: typeof driver }).teamPage = driver;
whenPageReady(() => undefined);
