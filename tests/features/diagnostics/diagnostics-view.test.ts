// The client data problems view on the fake, in happy-dom: what it lists, what a click opens, and
// a redraw when a file is fixed.
import { describe, expect, it } from "vitest";
import { App, loadPlugin } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";
import { DIAGNOSTICS_VIEW, type DiagnosticsView } from "../../../src/features/diagnostics/diagnostics-view";

const FILES = {
  "Clients/Acme/Acme.md": "---\ntimezone: Europe/London\ncurrency: GBP\nrate: 30\n---\n",
  "Clients/Acme/Log/2026-11.md": "# Log\n\n- worked 2h on the newsletter\n",
};

async function start() {
  const app = new App({ files: FILES, pluginData: { "client-desk": {} } });
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  return { app, plugin };
}

describe("client data problems view", () => {
  it("lists the problem and opens its file at the line", async () => {
    const { app } = await start();
    await app.commands.run("client-desk:check-data");
    const leaf = app.workspace.getLeavesOfType(DIAGNOSTICS_VIEW)[0];
    const items = leaf.view.containerEl.querySelectorAll(".client-desk-diagnostic");
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toContain("worked 2h on the newsletter");
    items[0].querySelector<HTMLElement>("a")!.click();
    await app.settle();
    expect(app.workspace.openHistory.at(-1)).toMatchObject({ path: "Clients/Acme/Log/2026-11.md", line: 2 });
  });

  it("refreshes when a file is fixed", async () => {
    const { app } = await start();
    await app.commands.run("client-desk:check-data");
    const log = app.vault.getFileByPath("Clients/Acme/Log/2026-11.md")!;
    await app.vault.process(log, (t) =>
      t.replace("- worked 2h on the newsletter", "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T11:00+07:00] Newsletter ^cd-news0001"),
    );
    await app.settle();
    const view = app.workspace.getLeavesOfType(DIAGNOSTICS_VIEW)[0].view;
    expect(view.containerEl.querySelectorAll(".client-desk-diagnostic")).toHaveLength(0);
    expect(view.containerEl.textContent).toContain("No problems found");
  });
});

describe("entries too long to be real work", () => {
  it("are listed as warnings, with the limit from the settings", async () => {
    const app = new App({
      files: {
        "Clients/Acme/Acme.md": "---\ntimezone: Europe/London\ncurrency: GBP\nrate: 30\n---\n",
        "Clients/Acme/Log/2026-11.md": "- [start:: 2026-11-02T08:00+00:00] [end:: 2026-11-03T08:00+00:00] Forgotten ^cd-long0001\n",
      },
      pluginData: { "client-desk": { maxEntryHours: 12 } },
    });
    const plugin = await loadPlugin(ClientDeskPlugin, app);
    await app.startLayout();
    await plugin.indexer.whenReady;
    await app.commands.run("client-desk:check-data");
    const view = app.workspace.getLeavesOfType(DIAGNOSTICS_VIEW)[0].view as unknown as DiagnosticsView;
    const items = () => [...view.containerEl.querySelectorAll(".client-desk-diagnostic")].map((e) => e.textContent);
    expect(items()).toHaveLength(1);
    expect(items()[0]).toContain("This entry lasts 24 h, longer than the 12 h");
    await plugin.updateSettings({ maxEntryHours: 30 });
    view.render(true);
    expect(items()).toEqual([]);
  });
});
