// A weekly report note in real Chromium through the fake: the demo vault's reports written by the
// plugin's scheduler, then one report's markdown rendered (headings, tables, lists) with the
// plugin's own `client-desk-chart` processor drawing the chart with chart.js.
import { App, Component, MarkdownRenderer, loadPlugin, setLanguage } from "../../fake/obsidian";
import { whenPageReady } from "../../fake/page";
import ClientDeskPlugin from "../../../src/main";
import { reportVaultFiles } from "../../core/support/report-vault";

let app: App | null = null;
let view: Component | null = null;

const driver = {
  async boot(now: string): Promise<string[]> {
    setLanguage("en");
    const files: Record<string, string> = {};
    for (const [p, t] of reportVaultFiles(Date.parse("2026-11-25T10:14+07:00"))) if (!p.startsWith(".obsidian/")) files[p] = t;
    app = new App({ files, pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh", homeCurrency: "VND" } } });
    void now;
    const plugin = await loadPlugin(ClientDeskPlugin, app);
    await app.startLayout();
    await plugin.indexer.whenReady;
    await app.settle();
    await plugin.reports.check();
    await app.settle();
    return app.vault.getFiles().map((f) => f.path).filter((p) => p.includes("/Reports/"));
  },
  async render(path: string): Promise<void> {
    if (!app) throw new Error("boot first");
    document.body.querySelectorAll(".client-desk-report-page").forEach((el) => el.remove());
    view?.unload();
    view = new Component();
    view.load();
    const page = document.body.createDiv({ cls: "client-desk-report-page markdown-rendered client-desk-report" });
    // The properties block Obsidian's reading view draws above the note.
    const text = app.vault.contentOf(path);
    const props = page.createDiv({ cls: "metadata-container" });
    for (const line of text.slice(4, text.indexOf("\n---\n", 4)).split("\n")) props.createDiv({ cls: "metadata-property", text: line });
    await MarkdownRenderer.render(app, app.vault.contentOf(path), page, path, view);
  },
  unload(): void {
    view?.unload();
    view = null;
  },
};

(window as unknown as { reportPage: typeof driver }).reportPage = driver;
whenPageReady(() => undefined);
