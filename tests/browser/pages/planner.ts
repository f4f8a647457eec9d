// The weekly planner on the fake Obsidian in real Chromium: the demo vault (Linh in Ho Chi Minh
// City, four clients, a busy week) and the real plugin. window.plannerPage boots it once the test
// has installed its clock, opens the planner, and reads notes back; everything else is clicked.
import { App, loadPlugin, setLanguage, setPlatform } from "../../fake/obsidian";
import { whenPageReady } from "../../fake/page";
import ClientDeskPlugin from "../../../src/main";
import { demoVault } from "../../../src/core/demo";
import { PLANNER_VIEW, PlannerView } from "../../../src/features/planner/planner-view";

let booted: { app: App; plugin: ClientDeskPlugin } | null = null;

function need(): { app: App; plugin: ClientDeskPlugin } {
  if (!booted) throw new Error("boot first");
  return booted;
}

function view(): PlannerView {
  return need().app.workspace.getLeavesOfType(PLANNER_VIEW)[0].view as PlannerView;
}

const driver = {
  async boot(language: string, now: string, phone = false, extra: Record<string, string> = {}): Promise<void> {
    setLanguage(language);
    if (phone) setPlatform("phone");
    document.body.querySelectorAll(".app-container, .modal-container").forEach((el) => el.remove());
    const files: Record<string, string> = {};
    for (const [path, text] of demoVault(Date.parse(now))) if (!path.startsWith(".obsidian/")) files[path] = text;
    Object.assign(files, extra);
    const app = new App({ files, pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh", language: "auto" } } });
    app.saveLocalStorage("client-desk-device", "Linh's Mac");
    const plugin = await loadPlugin(ClientDeskPlugin, app);
    await app.startLayout();
    await plugin.indexer.whenReady;
    await app.settle();
    booted = { app, plugin };
    await app.commands.run("client-desk:open-planner");
    await app.settle();
  },
  async settle(): Promise<void> {
    const { app, plugin } = need();
    for (let i = 0; i < 3; i++) {
      await new Promise<void>((r) => window.setTimeout(r, 0));
      await view().writer.whenIdle();
      await plugin.timer.whenIdle();
      await app.settle();
    }
  },
  content(path: string): string {
    return need().app.vault.contentOf(path);
  },
};

(window as unknown as { plannerPage: typeof driver }).plannerPage = driver;
whenPageReady(() => undefined);
