// The fake obsidian module behaves like Obsidian where the plugin depends on it: the vault, the
// metadata cache, the file manager and components (the app, views and helpers: fake-self-app.test.ts).
import type { TAbstractFile } from "obsidian";
import { describe, expect, it } from "vitest";
import { App, Component, TFile, TFolder, liveRegistrations } from "./fake/obsidian";

const CLIENT = "---\ntype: client\nname: Acme\nrate: 45\nworking_hours: 09:00-17:00\nsince: 2026-01-05\nworking_days: [mon, tue]\n---\n# Acme\n\nBody line with trailing spaces   \r\n- [ ] task ^t1\n\n\nlast line without newline";

function tick(ms = 0): Promise<void> {
  return new Promise((r) => window.setTimeout(r, ms));
}

describe("vault", () => {
  it("seeds files and folders with Obsidian's shapes", () => {
    const app = new App({ files: { "Clients/Acme/Acme.md": CLIENT, "Planner/2026-W48.md": "" } });
    const file = app.vault.getFileByPath("Clients/Acme/Acme.md")!;
    expect(file).toBeInstanceOf(TFile);
    expect([file.name, file.basename, file.extension]).toEqual(["Acme.md", "Acme", "md"]);
    expect(file.parent?.path).toBe("Clients/Acme");
    expect(file.parent).toBeInstanceOf(TFolder);
    expect(file.stat.size).toBe(new TextEncoder().encode(CLIENT).length);
    expect(app.vault.getRoot().isRoot()).toBe(true);
    expect(app.vault.getFolderByPath("Clients")?.children.map((c) => c.name)).toEqual(["Acme"]);
    expect(app.vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["Clients/Acme/Acme.md", "Planner/2026-W48.md"]);
    expect(app.vault.getAbstractFileByPath(".obsidian")).toBeNull();
  });

  it("process is atomic: concurrent calls all apply, and each fires modify", async () => {
    const app = new App({ files: { "n.md": "0" } });
    const file = app.vault.getFileByPath("n.md")!;
    const modified: string[] = [];
    app.vault.on("modify", (f: TAbstractFile) => modified.push(f.path));
    await Promise.all(Array.from({ length: 10 }, () => app.vault.process(file, (d) => String(Number(d) + 1))));
    expect(await app.vault.read(file)).toBe("10");
    expect(modified).toHaveLength(10);
  });

  it("a read-then-modify race loses updates (why process exists)", async () => {
    const app = new App({ files: { "n.md": "0" } });
    const file = app.vault.getFileByPath("n.md")!;
    const bump = async (): Promise<void> => {
      const d = await app.vault.read(file);
      await tick();
      await app.vault.modify(file, String(Number(d) + 1));
    };
    await Promise.all([bump(), bump()]);
    expect(app.vault.contentOf("n.md")).toBe("1");
  });

  it("modify fires before the promise resolves; create needs the parent folder", async () => {
    const app = new App();
    await expect(app.vault.create("Clients/Acme/Acme.md", "x")).rejects.toThrow(/ENOENT/);
    const created: string[] = [];
    app.vault.on("create", (f: TAbstractFile) => created.push(f.path));
    await app.vault.createFolder("Clients/Acme");
    expect(created).toEqual(["Clients", "Clients/Acme"]);
    const f = await app.vault.create("Clients/Acme/Acme.md", "x");
    await expect(app.vault.create("Clients/Acme/Acme.md", "y")).rejects.toThrow("File already exists.");
    await expect(app.vault.createFolder("Clients")).rejects.toThrow("Folder already exists.");
    let fired = false;
    app.vault.on("modify", () => (fired = true));
    const p = app.vault.modify(f, "y");
    expect(fired).toBe(true);
    await p;
  });

  it("rename keeps the TFile object and fires rename(file, oldPath), also for a folder's children", async () => {
    const app = new App({ files: { "Clients/Acme/Acme.md": "a", "Clients/Acme/Log/2026-10.md": "l" } });
    const file = app.vault.getFileByPath("Clients/Acme/Acme.md")!;
    const events: [string, string][] = [];
    app.vault.on("rename", (f: TAbstractFile, old: string) => events.push([f.path, old]));
    await app.vault.rename(file, "Clients/Acme/Acme Co.md");
    expect(events).toEqual([["Clients/Acme/Acme Co.md", "Clients/Acme/Acme.md"]]);
    expect(file.path).toBe("Clients/Acme/Acme Co.md");
    expect(file.basename).toBe("Acme Co");
    expect(app.vault.getFileByPath("Clients/Acme/Acme Co.md")).toBe(file);
    expect(app.vault.getFileByPath("Clients/Acme/Acme.md")).toBeNull();

    events.length = 0;
    await app.vault.rename(app.vault.getFolderByPath("Clients/Acme")!, "Clients/Acme Co");
    expect(events.map((e) => e[0]).sort()).toEqual(["Clients/Acme Co", "Clients/Acme Co/Acme Co.md", "Clients/Acme Co/Log", "Clients/Acme Co/Log/2026-10.md"]);
    expect(events.find((e) => e[0] === "Clients/Acme Co/Log/2026-10.md")?.[1]).toBe("Clients/Acme/Log/2026-10.md");
    expect(file.path).toBe("Clients/Acme Co/Acme Co.md");
    await expect(app.vault.rename(file, "Nowhere/x.md")).rejects.toThrow(/ENOENT/);
  });

  it("delete fires for children first; a non-empty folder needs force", async () => {
    const app = new App({ files: { "A/b.md": "", "A/C/d.md": "" } });
    const deleted: string[] = [];
    app.vault.on("delete", (f: TAbstractFile) => deleted.push(f.path));
    const folder = app.vault.getFolderByPath("A")!;
    await expect(app.vault.delete(folder)).rejects.toThrow(/ENOTEMPTY/);
    await app.vault.delete(folder, true);
    expect(deleted).toEqual(["A/b.md", "A/C/d.md", "A/C", "A"]);
    expect(app.vault.getAllLoadedFiles().map((f) => f.path)).toEqual(["/"]);
  });

  it("external changes (a sync) arrive as vault events", async () => {
    const app = new App({ files: { "n.md": "a" } });
    const seen: string[] = [];
    app.vault.on("modify", (f: TAbstractFile) => seen.push(`modify ${f.path}`));
    app.vault.on("create", (f: TAbstractFile) => seen.push(`create ${f.path}`));
    app.vault.on("delete", (f: TAbstractFile) => seen.push(`delete ${f.path}`));
    app.vault.externalWrite("n.md", "b");
    app.vault.externalWrite("New/m.md", "m");
    app.vault.externalDelete("n.md");
    expect(seen).toEqual(["modify n.md", "create New", "create New/m.md", "delete n.md"]);
    expect(app.vault.writeLog.every((r) => r.external)).toBe(true);
  });

  it("the adapter sees hidden config files; writes to visible paths reach the vault", async () => {
    const app = new App();
    expect(await app.vault.adapter.exists(".obsidian/plugins")).toBe(true);
    await app.vault.adapter.write("Report.md", "r");
    expect(app.vault.getFileByPath("Report.md")).toBeInstanceOf(TFile);
    await expect(app.vault.adapter.read("missing.md")).rejects.toThrow(/ENOENT/);
    expect((await app.vault.adapter.list("/")).files).toEqual(["Report.md"]);
  });
});

describe("metadata cache", () => {
  it("gives frontmatter with the core schema (dates and times stay text)", () => {
    const app = new App({ files: { "Clients/Acme/Acme.md": CLIENT } });
    const cache = app.metadataCache.getFileCache(app.vault.getFileByPath("Clients/Acme/Acme.md")!)!;
    expect(cache.frontmatter).toEqual({ type: "client", name: "Acme", rate: 45, working_hours: "09:00-17:00", since: "2026-01-05", working_days: ["mon", "tue"] });
    expect(cache.frontmatterPosition?.start.line).toBe(0);
    expect(cache.frontmatterPosition?.end.line).toBe(7);
    expect(cache.headings?.[0]).toMatchObject({ heading: "Acme", level: 1, position: { start: { line: 8 } } });
    expect(cache.listItems?.[0]).toMatchObject({ task: " ", id: "t1", position: { start: { line: 11 } } });
    expect(cache.blocks?.t1.position.start.line).toBe(11);
    expect(cache.sections?.map((s) => s.type)).toEqual(["yaml", "heading", "paragraph", "list", "paragraph"]);
  });

  it("gives no frontmatter for broken YAML, and none for duplicate keys", () => {
    const app = new App({ files: { "a.md": "---\nname: [unclosed\n---\nbody", "b.md": "---\na: 1\na: 2\n---\n", "c.md": "no yaml" } });
    for (const p of ["a.md", "b.md", "c.md"]) expect(app.metadataCache.getCache(p)?.frontmatter).toBeUndefined();
    expect(app.metadataCache.getCache("a.md")?.frontmatterPosition).toBeDefined();
  });

  it("updates asynchronously after a write: stale first, then 'changed', then 'resolved'", async () => {
    const app = new App({ files: { "n.md": "---\nv: 1\n---\n" } });
    await app.startLayout();
    const file = app.vault.getFileByPath("n.md")!;
    const order: string[] = [];
    app.metadataCache.on("changed", (f: TFile, data: string) => order.push(`changed ${f.path} ${data.length}`));
    app.metadataCache.on("resolved", () => order.push("resolved"));
    await app.vault.modify(file, "---\nv: 2\n---\n");
    expect(app.metadataCache.getFileCache(file)?.frontmatter?.v).toBe(1);
    await app.settle();
    expect(app.metadataCache.getFileCache(file)?.frontmatter?.v).toBe(2);
    expect(order).toEqual(["changed n.md 13", "resolved"]);
  });

  it("resolves links by name, preferring the source's folder, and by path", () => {
    const app = new App({ files: { "Clients/Acme/Acme.md": "", "Other/Acme.md": "", "Planner/W1.md": "[[Acme]] [[Clients/Acme/Acme|A]]" } });
    const mc = app.metadataCache;
    expect(mc.getFirstLinkpathDest("Acme", "Other/x.md")?.path).toBe("Other/Acme.md");
    expect(mc.getFirstLinkpathDest("Clients/Acme/Acme", "x.md")?.path).toBe("Clients/Acme/Acme.md");
    expect(mc.getFirstLinkpathDest("acme.md", "Clients/Acme/z.md")?.path).toBe("Clients/Acme/Acme.md");
    expect(mc.getFirstLinkpathDest("Nope", "x.md")).toBeNull();
    expect(mc.getCache("Planner/W1.md")?.links?.map((l) => [l.link, l.displayText])).toEqual([["Acme", "Acme"], ["Clients/Acme/Acme", "A"]]);
    expect(Object.keys(mc.resolvedLinks["Planner/W1.md"]).length).toBeGreaterThan(0);
  });
});

describe("file manager", () => {
  it("processFrontMatter rewrites the YAML and keeps the body byte for byte", async () => {
    const app = new App({ files: { "c.md": CLIENT } });
    const file = app.vault.getFileByPath("c.md")!;
    const body = CLIENT.slice(CLIENT.indexOf("---\n# Acme"));
    await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
      fm.rate = 50;
      fm.tags = ["x", "[[Acme]]"];
    });
    const out = app.vault.contentOf("c.md");
    expect(out.endsWith(body)).toBe(true);
    expect(out.slice(0, out.length - body.length)).toBe(
      '---\ntype: client\nname: Acme\nrate: 50\nworking_hours: 09:00-17:00\nsince: 2026-01-05\nworking_days:\n  - mon\n  - tue\ntags:\n  - x\n  - "[[Acme]]"\n',
    );
  });

  it("processFrontMatter adds frontmatter to a note without one and throws on broken YAML", async () => {
    const app = new App({ files: { "a.md": "body\n", "b.md": "---\nx: [\n---\nbody" } });
    await app.fileManager.processFrontMatter(app.vault.getFileByPath("a.md")!, (fm: Record<string, unknown>) => (fm.status = "active"));
    expect(app.vault.contentOf("a.md")).toBe("---\nstatus: active\n---\nbody\n");
    await expect(app.fileManager.processFrontMatter(app.vault.getFileByPath("b.md")!, () => undefined)).rejects.toThrow();
    expect(app.vault.contentOf("b.md")).toBe("---\nx: [\n---\nbody");
  });

  it("renameFile updates links in other notes", async () => {
    const app = new App({ files: { "Clients/Acme/Acme.md": "", "Log.md": "see [[Acme]] and [[Acme#Rates|rates]]\n", "P.md": "---\nclient: \"[[Acme]]\"\n---\n" } });
    await app.fileManager.renameFile(app.vault.getFileByPath("Clients/Acme/Acme.md")!, "Clients/Acme/Acme Co.md");
    expect(app.vault.contentOf("Log.md")).toBe("see [[Acme Co]] and [[Acme Co#Rates|rates]]\n");
    expect(app.vault.contentOf("P.md")).toBe('---\nclient: "[[Acme Co]]"\n---\n');
    expect(app.fileManager.generateMarkdownLink(app.vault.getFileByPath("Clients/Acme/Acme Co.md")!, "Log.md")).toBe("[[Acme Co]]");
  });
});

describe("component", () => {
  it("unload removes DOM listeners, event refs, intervals and children", () => {
    const app = new App({ files: { "n.md": "" } });
    const c = new Component();
    c.load();
    let clicks = 0;
    const el = document.body.createDiv();
    c.registerDomEvent(el, "click", () => clicks++);
    c.registerDomEvent(window, "resize", () => undefined);
    c.registerEvent(app.vault.on("modify", () => undefined));
    let ticks = 0;
    c.registerInterval(window.setInterval(() => ticks++, 1));
    const child = new Component();
    let childUnloaded = false;
    child.onunload = () => (childUnloaded = true);
    c.addChild(child);
    child.registerEvent(app.workspace.on("file-open", () => undefined));
    expect(liveRegistrations(c)).toMatchObject({ dom: 2, event: 2, interval: 1, total: 5 });
    el.click();
    c.unload();
    el.click();
    expect(clicks).toBe(1);
    expect(childUnloaded).toBe(true);
    expect(liveRegistrations(c).total).toBe(0);
    expect(app.vault.listenerCount("modify")).toBe(0);
    expect(app.workspace.listenerCount("file-open")).toBe(0);
  });
});
