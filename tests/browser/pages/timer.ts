// The timer on the fake Obsidian in real Chromium: the demo vault (Linh in Ho Chi Minh City and
// four clients) and the real plugin. The test boots it once its clock is installed, then drives
// it with real clicks and keys; window.timerPage gives it the few things it cannot click.
import { App, getNotices, loadPlugin, setLanguage } from "../../fake/obsidian";
import { whenPageReady } from "../../fake/page";
import ClientDeskPlugin from "../../../src/main";
import { demoVault } from "../../../src/core/demo";

let booted: { app: App; plugin: ClientDeskPlugin } | null = null;

function need(): { app: App; plugin: ClientDeskPlugin } {
  if (!booted) throw new Error("boot first");
  return booted;
}

const driver = {
  async boot(language: string, now: string, extra: Record<string, string> = {}, local: Record<string, unknown> = {}): Promise<void> {
    setLanguage(language);
    document.body.querySelectorAll(".app-container, .modal-container").forEach((el) => el.remove());
    const files: Record<string, string> = {};
    for (const [path, text] of demoVault(Date.parse(now))) if (!path.startsWith(".obsidian/")) files[path] = text;
    for (const [path, text] of Object.entries(extra)) files[path] = path in files ? files[path] + text : text;
    const app = new App({
      files,
      pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh", homeCurrency: "VND", language: "auto" } },
    });
    app.saveLocalStorage("client-desk-device", "Linh's Mac");
    for (const [k, v] of Object.entries(local)) app.saveLocalStorage(k, v);
    const plugin = await loadPlugin(ClientDeskPlugin, app);
    await app.startLayout();
    await plugin.indexer.whenReady;
    await app.settle();
    booted = { app, plugin };
  },
  command(id: string): boolean {
    return need().app.commands.executeCommandById(id);
  },
  async settle(): Promise<void> {
    const { app, plugin } = need();
    await plugin.timer.whenIdle();
    await app.settle();
  },
  openSettings(): void {
    need().app.setting.openTabById("client-desk");
  },
  content(path: string): string {
    return need().app.vault.contentOf(path);
  },
  notices(): string[] {
    return getNotices();
  },
};

(window as unknown as { timerPage: typeof driver }).timerPage = driver;
whenPageReady(() => undefined);
