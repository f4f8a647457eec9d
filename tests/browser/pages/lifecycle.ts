// The client lifecycle on the fake Obsidian in real Chromium: Linh's vault (Ho Chi Minh City) with
// one client, and the real plugin. The test drives the "New client" form with real keys and clicks;
// window.lifecyclePage gives it the few things it cannot click.
import { App, getNotices, loadPlugin, setLanguage } from "../../fake/obsidian";
import { whenPageReady } from "../../fake/page";
import ClientDeskPlugin from "../../../src/main";

let booted: { app: App; plugin: ClientDeskPlugin } | null = null;

function need(): { app: App; plugin: ClientDeskPlugin } {
  if (!booted) throw new Error("boot first");
  return booted;
}

const driver = {
  async boot(language: string): Promise<void> {
    setLanguage(language);
    document.body.querySelectorAll(".app-container, .modal-container").forEach((el) => el.remove());
    const app = new App({
      files: {
        "Clients/Harbour Goods/Harbour Goods.md": "---\ntype: client\nname: Harbour Goods\ntimezone: Australia/Sydney\ncurrency: AUD\nrate: 45\n---\n",
        "Client Desk/Packages/Social starter.md": "---\ntype: package\nprice: 400\ncurrency: USD\nbilling: fixed\n---\n",
      },
      pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh", homeCurrency: "VND", workingHours: "08:00-17:00" } },
    });
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
    await need().app.settle();
  },
  content(path: string): string {
    return need().app.vault.contentOf(path);
  },
  created(prefix: string): string[] {
    return need()
      .app.vault.writeLog.filter((w) => w.op === "create" && w.path.startsWith(prefix))
      .map((w) => w.path);
  },
  client(key: string): unknown {
    return need().plugin.indexer.index.client(key);
  },
  openSettings(): void {
    need().app.setting.openTabById("client-desk");
  },
  notices(): string[] {
    return getNotices();
  },
};

(window as unknown as { lifecyclePage: typeof driver }).lifecyclePage = driver;
whenPageReady(() => undefined);
