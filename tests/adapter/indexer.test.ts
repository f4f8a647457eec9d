// The plugin on the fake Obsidian: indexing waits for layout-ready, follows one file at a time,
// never writes, and unloading leaves nothing behind.
import { describe, expect, it, vi } from "vitest";
import { App, TFile, liveRegistrations, loadPlugin, unloadPlugin } from "../fake/obsidian";
import ClientDeskPlugin from "../../src/main";

const CLIENT = `---
timezone: Australia/Sydney
currency: AUD
rate: 45
---
Shop in Sydney.
`;
const LOG = `---
type: client-log
---
# Harbour Goods — November 2026

- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:30+07:00] [task:: [[Uploads]]] Uploaded 12 products ^cd-aaaaaaa1
- [start:: 2026-11-24T09:00+07:00] [end:: 2026-11-24T09:45+07:00] Inbox ^cd-aaaaaaa2
`;
const files = () => ({
  "Clients/Harbour Goods/Harbour Goods.md": CLIENT,
  "Clients/Harbour Goods/Log/2026-11.md": LOG,
  "Clients/Sen/Sen.md": "---\ntimezone: Asia/Ho_Chi_Minh\ncurrency: VND\nrate: 250000\nlanguage: vi\n---\n",
  "Notes/Unrelated.md": "# Not a client\n- a list item\n",
});
const ALL = { from: 0, to: Date.UTC(2100, 0, 1) };

async function started(extra: Record<string, string> = {}) {
  const app = new App({ files: { ...files(), ...extra } });
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  return { app, plugin };
}

describe("indexing", () => {
  it("reads nothing in onload and indexes after layout-ready", async () => {
    const app = new App({ files: files() });
    const reads = vi.spyOn(app.vault, "cachedRead");
    const plugin = await loadPlugin(ClientDeskPlugin, app);
    expect(reads).not.toHaveBeenCalled();
    expect(plugin.indexer.ready).toBe(false);
    await app.startLayout();
    await plugin.indexer.whenReady;
    expect(plugin.indexer.ready).toBe(true);
    expect(plugin.indexer.index.clients().map((c) => c.key)).toEqual(["Harbour Goods", "Sen"]);
    expect(plugin.indexer.index.entriesOf("Harbour Goods", ALL.from, ALL.to)).toHaveLength(2);
    // Only the notes the index wants are read: never the unrelated one.
    expect(reads.mock.calls.map(([f]) => f.path)).not.toContain("Notes/Unrelated.md");
  });

  it("parses the plan notes kept as text once the cold start is done, in slices, answering the same", async () => {
    const plans: Record<string, string> = {};
    for (let w = 10; w < 40; w++) {
      // Tuesday of ISO week w of 2026 (week 1 starts on Monday 29 December 2025).
      const day = new Date(Date.UTC(2025, 11, 30 + 7 * (w - 1))).toISOString().slice(0, 10);
      plans[`Planner/2026-W${w}.md`] = `---\ntype: week-plan\nweek: 2026-W${w}\n---\n- [start:: ${day}T09:00+07:00] [end:: ${day}T10:00+07:00] [client:: [[Harbour Goods]]] Plan ${w} ^cd-plan00${w}\n`;
    }
    const { plugin } = await started(plans);
    const index = plugin.indexer.index;
    await vi.waitFor(() => expect(index.parseShelvedPlans(0)).toBe(false));
    const blocks = index.blocksBetween(Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    expect(blocks.map((b) => b.title)).toEqual(Array.from({ length: 30 }, (_, k) => `Plan ${k + 10}`));
    expect(blocks.every((b) => b.clientRef === "Harbour Goods")).toBe(true);
  });

  it("takes frontmatter from the metadata cache", async () => {
    const { plugin } = await started();
    const c = plugin.indexer.index.client("Harbour Goods");
    expect(c?.timezone).toBe("Australia/Sydney");
    expect(c?.rate).toBe(4500);
    expect(plugin.indexer.index.client("Sen")?.language).toBe("vi");
  });

  it("follows an edit, a new note, a rename and a delete one file at a time", async () => {
    const { app, plugin } = await started();
    const index = () => plugin.indexer.index;
    const log = app.vault.getFileByPath("Clients/Harbour Goods/Log/2026-11.md")!;
    await app.vault.process(log, (text) => `${text}- [start:: 2026-11-25T09:00+07:00] [end:: 2026-11-25T10:00+07:00] Orders ^cd-aaaaaaa3\n`);
    await app.settle();
    expect(index().entriesOf("Harbour Goods", ALL.from, ALL.to).map((e) => e.id)).toEqual([
      "cd-aaaaaaa1",
      "cd-aaaaaaa2",
      "cd-aaaaaaa3",
    ]);

    await app.vault.createFolder("Clients/Sen/Log");
    await app.vault.create(
      "Clients/Sen/Log/2026-11.md",
      "- [start:: 2026-11-26T14:00+07:00] [end:: 2026-11-26T15:00+07:00] Đăng bài ^cd-bbbbbbb1\n",
    );
    await app.settle();
    expect(index().entriesOf("Sen", ALL.from, ALL.to)).toHaveLength(1);

    const moved = app.vault.getFileByPath("Clients/Sen/Log/2026-11.md")!;
    await app.vault.rename(moved, "Clients/Sen/Log/2026-10.md");
    await app.settle();
    const sen = index().entriesOf("Sen", ALL.from, ALL.to);
    expect(sen.map((e) => e.file)).toEqual(["Clients/Sen/Log/2026-10.md"]);

    await app.vault.delete(app.vault.getFileByPath("Clients/Sen/Log/2026-10.md")!);
    await app.settle();
    expect(index().entriesOf("Sen", ALL.from, ALL.to)).toHaveLength(0);
  });

  it("re-reads only the changed file", async () => {
    const { app, plugin } = await started();
    const setFile = vi.spyOn(plugin.indexer.index, "setFile");
    const log = app.vault.getFileByPath("Clients/Harbour Goods/Log/2026-11.md")!;
    await app.vault.process(log, (t) => t.replace("Inbox", "Inbox zero"));
    await app.settle();
    const paths = new Set(setFile.mock.calls.map(([p]) => p));
    expect([...paths]).toEqual(["Clients/Harbour Goods/Log/2026-11.md"]);
  });

  it("reports broken YAML and bad fields but keeps indexing the rest, writing nothing", async () => {
    const broken = "---\ntimezone: [Asia/Ho_Chi_Minh\nrate: 10\n---\n";
    const bad = "---\ntimezone: Mars/Base\ncurrency: usd\nrate: -5\nworking_hours: 25:00-26:00\n---\n";
    const extra = {
      "Clients/Broken/Broken.md": broken,
      "Clients/Bad/Bad.md": bad,
      "Clients/Harbour Goods/Log/2026-10.md": "- worked 2h on the newsletter\n",
    };
    const { app, plugin } = await started(extra);
    const diags = plugin.indexer.index.diagnostics();
    const brief = diags.map((d) => `${d.file}:${d.line}:${d.field ?? ""}:${d.code}`);
    expect(brief).toEqual([
      "Clients/Bad/Bad.md:2:timezone:timezone-unknown",
      "Clients/Bad/Bad.md:3:currency:currency-unknown",
      "Clients/Bad/Bad.md:4:rate:money-negative",
      "Clients/Bad/Bad.md:5:working_hours:hours-invalid",
      "Clients/Broken/Broken.md:3::yaml-broken",
      "Clients/Harbour Goods/Log/2026-10.md:1::line-freehand",
    ]);
    expect(plugin.indexer.index.entriesOf("Harbour Goods", ALL.from, ALL.to)).toHaveLength(2);
    for (const [path, text] of Object.entries({ ...files(), ...extra })) {
      const f = app.vault.getFileByPath(path);
      expect(f).toBeInstanceOf(TFile);
      expect(await app.vault.read(f!)).toBe(text);
    }
  });

  it("rebuilds when the clients folder setting changes", async () => {
    const { plugin } = await started({ "Customers/Acme/Acme.md": "---\ncurrency: USD\nrate: 30\n---\n" });
    expect(plugin.indexer.index.clients().map((c) => c.key)).toEqual(["Harbour Goods", "Sen"]);
    await plugin.updateSettings({ clientsRoot: "Customers" });
    expect(plugin.indexer.index.clients().map((c) => c.key)).toEqual(["Acme"]);
    expect(await plugin.loadData()).toMatchObject({ clientsRoot: "Customers" });
  });

  it("leaves no listener, DOM handler or timer behind when unloaded", async () => {
    const app = new App({ files: files() });
    const before = app.listenerCount();
    const plugin = await loadPlugin(ClientDeskPlugin, app);
    await app.startLayout();
    await app.commands.run("client-desk:check-data");
    expect(app.listenerCount()).toBeGreaterThan(before);
    await unloadPlugin(plugin);
    expect(app.listenerCount()).toBe(before);
    expect(liveRegistrations(plugin as unknown as Parameters<typeof liveRegistrations>[0]).total).toBe(0);
    expect(app.workspace.getLeavesOfType("client-desk-diagnostics")).toHaveLength(0);
  });
});
