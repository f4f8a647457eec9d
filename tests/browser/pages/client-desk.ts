// The real plugin on the fake Obsidian, with the demo vault plus a few bad notes. The test drives
// it through window.clientDesk: open the settings tab or the client data problems view.
import { App, getLanguage, loadPlugin, setLanguage } from "../../fake/obsidian";
import { whenPageReady } from "../../fake/page";
import ClientDeskPlugin from "../../../src/main";
import { demoVault } from "../../../src/core/demo";

const NOW = Date.parse("2026-11-27T10:00:00+07:00");

const BAD: Record<string, string> = {
  "Clients/Mars Base/Mars Base.md":
    "---\ntimezone: Mars/Base\ncurrency: usd\nrate: -5\nworking_hours: 25:00-26:00\n---\n",
  "Clients/Broken/Broken.md": "---\ntimezone: [Asia/Ho_Chi_Minh\n---\n",
  "Clients/Mars Base/Log/2026-11.md":
    "- worked 2h on the newsletter\n- [start:: 2026-11-23T11:00+07:00] [end:: 2026-11-23T10:30+07:00] Reversed ^cd-rev00001\n",
};

interface Driver {
  openSettings(language: string): Promise<void>;
  openProblems(language: string): Promise<void>;
}

async function boot(language: string): Promise<{ app: App; plugin: ClientDeskPlugin }> {
  setLanguage(language);
  document.body.querySelectorAll(".app-container, .modal-container").forEach((el) => el.remove());
  const files: Record<string, string> = {};
  for (const [path, text] of demoVault(NOW)) if (!path.startsWith(".obsidian/")) files[path] = text;
  const app = new App({
    files: { ...files, ...BAD },
    pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh", homeCurrency: "VND", language: "auto" } },
  });
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  return { app, plugin };
}

const driver: Driver = {
  async openSettings(language) {
    const { app } = await boot(language);
    app.setting.openTabById("client-desk");
  },
  async openProblems(language) {
    const { app } = await boot(language);
    await app.commands.run("client-desk:check-data");
  },
};

(window as unknown as { clientDesk: Driver; obsidianLanguage: () => string }).clientDesk = driver;
(window as unknown as { obsidianLanguage: () => string }).obsidianLanguage = getLanguage;
whenPageReady(() => undefined);
