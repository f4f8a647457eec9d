// Invoice numbers in the plugin (on the fake Obsidian): creations started together run one after
// another, each numbered after the ones before, even before the index has read their notes.
import { afterEach, describe, expect, it, vi } from "vitest";
import { App, loadPlugin } from "../../fake/obsidian";
import ClientDeskPlugin from "../../../src/main";

const CLIENTS = ["Acme", "Brightloop", "Clara Books", "Dune Studio", "Echo Media"];
const files = Object.fromEntries(
  CLIENTS.flatMap((c, i) => [
    [`Clients/${c}/${c}.md`, "---\ntype: client\ntimezone: Asia/Ho_Chi_Minh\ncurrency: USD\nrate: 40\n---\n"],
    [`Clients/${c}/Log/2026-11.md`, `- [start:: 2026-11-0${i + 2}T09:00+07:00] [end:: 2026-11-0${i + 2}T10:00+07:00] Work ^cd-svc0000${i}\n`],
  ]),
);

async function start() {
  vi.useFakeTimers({ now: Date.parse("2026-12-01T10:00:00+07:00"), toFake: ["Date"] });
  const app = new App({ files, pluginData: { "client-desk": { timeZone: "Asia/Ho_Chi_Minh" } } });
  const plugin = await loadPlugin(ClientDeskPlugin, app);
  await app.startLayout();
  await plugin.indexer.whenReady;
  const drafts = CLIENTS.map((c) => {
    const r = plugin.invoices.draft(c, null);
    if (!r?.ok) throw new Error(`no draft for ${c}`);
    return r.draft;
  });
  return { app, plugin, drafts };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("creating invoices at once", () => {
  it("four creations started together for four clients get four numbers, each note with its own", async () => {
    const { app, plugin, drafts } = await start();
    // Every draft was made before any note existed: all previewed the same number.
    expect(new Set(drafts.map((d) => d.number))).toEqual(new Set(["INV-2026-0001"]));
    const results = await Promise.all(drafts.slice(0, 4).map((d) => plugin.invoices.create(d)));
    await app.settle();
    const numbers = results.map((r) => (r.ok ? r.draft.number : r.key));
    expect(numbers).toEqual(["INV-2026-0001", "INV-2026-0002", "INV-2026-0003", "INV-2026-0004"]);
    for (const [i, r] of results.entries()) {
      if (!r.ok) throw new Error(r.key);
      expect(r.path).toBe(`Clients/${CLIENTS[i]}/Invoices/${numbers[i]}.md`);
      expect(app.vault.contentOf(r.path)).toContain(`number: "${numbers[i]}"`);
      expect(app.vault.contentOf(r.path)).toContain(`# Invoice ${numbers[i]}`);
    }
    expect(plugin.indexer.index.diagnostics().map((d) => d.code)).not.toContain("invoice-number-duplicate");
  });

  it("a number handed out counts as used until the index has read its note", async () => {
    const { app, plugin, drafts } = await start();
    // The index hears of the new invoice notes only later (as when Obsidian's metadata cache is slow).
    const index = plugin.indexer.index;
    const setFile = index.setFile.bind(index);
    const later: (() => void)[] = [];
    index.setFile = (...args: Parameters<typeof setFile>) => {
      if (args[0].includes("/Invoices/")) later.push(() => setFile(...args));
      else setFile(...args);
    };
    const seen = (path: string) => plugin.indexer.index.invoices.byPath(path) !== null;
    const first = await plugin.invoices.create(drafts[0]);
    expect(first.ok && seen(first.path)).toBe(false);
    const second = await plugin.invoices.create(drafts[1]);
    expect([first, second].map((r) => r.ok && r.draft.number)).toEqual(["INV-2026-0001", "INV-2026-0002"]);
    // Once the index has read them, the numbers come from the index itself.
    await app.settle();
    expect(later.length).toBeGreaterThan(0);
    index.setFile = setFile;
    for (const f of later) f();
    const third = await plugin.invoices.create(drafts[2]);
    expect(third.ok && third.draft.number).toBe("INV-2026-0003");
  });

  it("a failed creation does not stop the ones after it, and hands out no number", async () => {
    const { app, plugin, drafts } = await start();
    const create = app.vault.create.bind(app.vault);
    let calls = 0;
    app.vault.create = (...args: Parameters<typeof create>) => (++calls === 1 ? Promise.reject(new Error("disk full")) : create(...args));
    const [bad, good] = await Promise.all([plugin.invoices.create(drafts[0]), plugin.invoices.create(drafts[1])]);
    expect(bad).toEqual({ ok: false, key: "invoice.notice.write-failed", params: { reason: "disk full" } });
    expect(good.ok && good.draft.number).toBe("INV-2026-0001");
  });
});
