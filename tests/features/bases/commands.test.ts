// "Add Bases views" on the fake: the four `.base` files in the UI language, written where none is;
// a file already there (one the user changed) is left byte for byte, and the notice says what was added.
import { describe, expect, it } from "vitest";
import { load } from "js-yaml";
import { App, getNotices, loadPlugin } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";

const FILES = { "Clients/Acme/Acme.md": "---\ntimezone: Europe/London\ncurrency: GBP\nrate: 30\nreport_day: none\n---\n" };

async function start(files: Record<string, string>, language = "en") {
  const app = new App({ files: { ...FILES, ...files }, pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh", language } } });
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  return { app, plugin };
}

describe("Add Bases views", () => {
  it("writes the four views, and a second run adds nothing and changes nothing", async () => {
    const { app } = await start({});
    await app.commands.run("client-desk:add-bases-views");
    const paths = ["Clients by status", "Open tasks", "Invoices outstanding", "Reports this month"].map((n) => `Client Desk/Bases/${n}.base`);
    for (const p of paths) expect(() => load(app.vault.contentOf(p))).not.toThrow();
    expect(getNotices().at(-1)).toBe("Added to Client Desk/Bases: Clients by status.base, Open tasks.base, Invoices outstanding.base, Reports this month.base.");
    const before = paths.map((p) => app.vault.contentOf(p));
    await app.commands.run("client-desk:add-bases-views");
    expect(paths.map((p) => app.vault.contentOf(p))).toEqual(before);
    expect(getNotices().at(-1)).toBe("The Bases views are all in Client Desk/Bases already; none was changed.");
  });

  it("never writes over a view the user changed, and adds the missing ones", async () => {
    const mine = "views:\n  - type: cards\n    name: Mine\n";
    const { app } = await start({ "Client Desk/Bases/Open tasks.base": mine });
    await app.commands.run("client-desk:add-bases-views");
    expect(app.vault.contentOf("Client Desk/Bases/Open tasks.base")).toBe(mine);
    expect(getNotices().at(-1)).toBe("Added to Client Desk/Bases: Clients by status.base, Invoices outstanding.base, Reports this month.base.");
  });

  it("names the files and columns in Vietnamese when Obsidian speaks it", async () => {
    const { app } = await start({}, "vi");
    await app.commands.run("client-desk:add-bases-views");
    expect(app.vault.contentOf("Client Desk/Bases/Hoá đơn chưa thanh toán.base")).toContain('displayName: "Còn nợ"');
  });
});
