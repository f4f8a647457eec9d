// The fake obsidian module behaves like Obsidian where the plugin depends on it.
import { ItemView, Plugin, PluginSettingTab, Setting, type TAbstractFile, type WorkspaceLeaf } from "obsidian";
import { describe, expect, it, vi } from "vitest";
import {
  App,
  MarkdownRenderer,
  Menu,
  Platform,
  chooseSuggestion,
  debounce,
  getLanguage,
  lastMenu,
  networkAttempts,
  requestUrl,
  setLanguage,
  setPlatform,
  Component,
  FuzzySuggestModal,
  Modal,
  Notice,
  TFile,
  TFolder,
  getNotices,
  handlerErrors,
  liveRegistrations,
  loadPlugin,
  normalizePath,
  renderCodeBlock,
  suggestionEls,
  topModal,
  typeInSuggest,
  unloadPlugin,
} from "./fake/obsidian";

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

describe("plugin in the app", () => {
  class ClientsView extends ItemView {
    opened = 0;
    getViewType(): string {
      return "client-desk-clients";
    }
    getDisplayText(): string {
      return "Clients";
    }
    override async onOpen(): Promise<void> {
      this.opened++;
      this.contentEl.createEl("h2", { text: "Clients" });
      this.registerEvent(this.app.vault.on("modify", () => undefined));
      this.registerInterval(window.setInterval(() => undefined, 1000));
    }
  }

  class Tab extends PluginSettingTab {
    override display(): void {
      this.containerEl.empty();
      new Setting(this.containerEl).setName("Clients folder").addText((t) => t.setValue("Clients"));
    }
  }

  class TestPlugin extends Plugin {
    readyRan = false;
    override async onload(): Promise<void> {
      await this.loadData();
      this.registerView("client-desk-clients", (leaf: WorkspaceLeaf) => new ClientsView(leaf));
      this.addCommand({ id: "check-data", name: "Check data", callback: async () => new Notice("All good") });
      this.addCommand({ id: "needs-file", name: "Needs file", checkCallback: (checking) => (this.app.workspace.getActiveFile() ? (checking ? true : void 0) : false) });
      this.addRibbonIcon("briefcase", "Open clients", () => undefined);
      this.addStatusBarItem().setText("3 clients");
      this.addSettingTab(new Tab(this.app, this));
      this.registerMarkdownCodeBlockProcessor("client-desk", (src, el) => {
        el.createEl("p", { text: `rendered ${src}` });
      });
      this.registerEvent(this.app.vault.on("create", () => undefined));
      this.registerDomEvent(document, "keydown", () => undefined);
      this.app.workspace.onLayoutReady(() => (this.readyRan = true));
    }
  }

  it("loads, runs commands, hosts views and leaves nothing behind after unload", async () => {
    const app = new App({ files: { "Clients/Acme/Acme.md": CLIENT }, pluginData: { "client-desk": { clientsFolder: "Clients" } } });
    const baseline = app.listenerCount();
    const plugin = await loadPlugin(TestPlugin, app);
    expect(plugin.readyRan).toBe(false);
    await app.startLayout();
    expect(plugin.readyRan).toBe(true);
    expect(await plugin.loadData()).toEqual({ clientsFolder: "Clients" });

    expect(app.commands.listCommands().map((c) => c.id)).toEqual(["client-desk:check-data", "client-desk:needs-file"]);
    expect(app.commands.executeCommandById("client-desk:needs-file")).toBe(false);
    await app.commands.run("client-desk:check-data");
    expect(getNotices()).toEqual(["All good"]);
    expect(document.querySelector(".notice")?.textContent).toBe("All good");

    await app.workspace.openLinkText("Acme", "", false, { eState: { line: 8 } });
    expect(app.workspace.openHistory.at(-1)).toMatchObject({ path: "Clients/Acme/Acme.md", line: 8, linktext: "Acme" });
    expect(app.workspace.getActiveFile()?.path).toBe("Clients/Acme/Acme.md");
    expect(app.commands.executeCommandById("client-desk:needs-file")).toBe(true);

    const leaf = app.workspace.getRightLeaf(false)!;
    await leaf.setViewState({ type: "client-desk-clients", active: true });
    const view = leaf.view as ClientsView;
    expect(view).toBeInstanceOf(ClientsView);
    expect(view.opened).toBe(1);
    expect(view.containerEl.children[1]).toBe(view.contentEl);
    expect(document.body.contains(view.contentEl)).toBe(true);
    expect(app.workspace.getLeavesOfType("client-desk-clients")).toHaveLength(1);

    expect(document.querySelector('.side-dock-ribbon-action[aria-label="Open clients"]')).not.toBeNull();
    expect(document.querySelector(".status-bar-item.plugin-client-desk")?.textContent).toBe("3 clients");
    app.setting.openTabById("client-desk");
    expect(document.querySelector(".setting-item-name")?.textContent).toBe("Clients folder");
    app.setting.close();

    const block = await renderCodeBlock("client-desk", "week");
    expect(block.el.textContent).toBe("rendered week");
    block.unload();

    await unloadPlugin(plugin);
    expect(liveRegistrations().total).toBe(0);
    expect(app.listenerCount()).toBe(baseline);
    expect(app.commands.listCommands()).toEqual([]);
    expect(document.querySelector(".side-dock-ribbon-action")).toBeNull();
    expect(document.querySelector(".status-bar-item")).toBeNull();
    expect(app.setting.pluginTabs).toEqual([]);
    expect(app.workspace.getLeavesOfType("client-desk-clients")).toHaveLength(0);
    expect(handlerErrors).toEqual([]);
  });
});

describe("ui", () => {
  it("modal opens on body, closes on Escape", async () => {
    const app = new App();
    let closed = false;
    class M extends Modal {
      override onOpen(): void {
        this.setTitle("Hello");
        this.contentEl.createEl("p", { text: "Body" });
      }
      override onClose(): void {
        closed = true;
      }
    }
    new M(app).open();
    expect(document.querySelector(".modal .modal-title")?.textContent).toBe("Hello");
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    expect(closed).toBe(true);
    expect(document.querySelector(".modal")).toBeNull();
  });

  it("fuzzy suggest modal filters and chooses", async () => {
    const app = new App();
    let chosen = "";
    class Pick extends FuzzySuggestModal<string> {
      getItems(): string[] {
        return ["Acme", "Harbour Goods", "Globex"];
      }
      getItemText(item: string): string {
        return item;
      }
      onChooseItem(item: string): void {
        chosen = item;
      }
    }
    new Pick(app).open();
    const modal = topModal() as Pick;
    expect((await typeInSuggest(modal, "")).map((m) => m.item)).toEqual(["Acme", "Harbour Goods", "Globex"]);
    expect((await typeInSuggest(modal, "hg")).map((m) => m.item)).toEqual(["Harbour Goods"]);
    expect(suggestionEls(modal)[0].querySelector(".suggestion-highlight")?.textContent).toBe("H");
    chooseSuggestion(modal, 0);
    expect(chosen).toBe("Harbour Goods");
    expect(topModal()).toBeUndefined();
  });

  it("setting controls render Obsidian's DOM and react to input", () => {
    const el = document.body.createDiv();
    let toggled: boolean | null = null;
    let picked = "";
    new Setting(el)
      .setName("Rounding")
      .setDesc("Per entry")
      .addToggle((t) => t.setValue(false).onChange((v) => (toggled = v)))
      .addDropdown((d) => d.addOptions({ up: "Up", down: "Down" }).setValue("down").onChange((v) => (picked = v)))
      .addButton((b) => b.setButtonText("Save").setCta());
    expect(el.querySelector(".setting-item > .setting-item-info > .setting-item-name")?.textContent).toBe("Rounding");
    const toggle = el.querySelector<HTMLElement>(".checkbox-container")!;
    toggle.click();
    expect(toggled).toBe(true);
    expect(toggle.hasClass("is-enabled")).toBe(true);
    const select = el.querySelector<HTMLSelectElement>("select.dropdown")!;
    expect(select.value).toBe("down");
    select.value = "up";
    select.dispatchEvent(new Event("change"));
    expect(picked).toBe("up");
    expect(el.querySelector("button.mod-cta")?.textContent).toBe("Save");
  });
});

describe("dom helpers and utilities", () => {
  it("createEl and friends follow Obsidian's options", () => {
    const parent = createDiv({ cls: ["a", "b"], attr: { "data-x": 1, hidden: null } });
    const input = parent.createEl("input", { type: "number", value: "5", placeholder: "n", cls: "num" });
    const first = parent.createSpan({ text: "first", prepend: true });
    expect(parent.className).toBe("a b");
    expect(parent.getAttr("data-x")).toBe("1");
    expect(parent.firstChild).toBe(first);
    expect([input.type, input.value, input.placeholder]).toEqual(["number", "5", "n"]);
    parent.toggleClass("c", true);
    expect(parent.hasClass("c")).toBe(true);
    parent.setText("x");
    expect(parent.childNodes.length).toBe(1);
    parent.empty();
    expect(parent.childNodes.length).toBe(0);
    document.body.appendChild(parent);
    parent.hide();
    expect(parent.isShown()).toBe(false);
    parent.show();
    expect(parent.isShown()).toBe(true);
    expect([1, 2, 3].last()).toBe(3);
    expect("abc".contains("b")).toBe(true);
  });

  it("normalizePath matches Obsidian", () => {
    expect(normalizePath("a//b/")).toBe("a/b");
    expect(normalizePath("/a")).toBe("a");
    expect(normalizePath("a\u00a0b")).toBe("a b");
    expect(normalizePath("a\\b\\\\c")).toBe("a/b/c");
    expect(normalizePath("")).toBe("/");
    expect(normalizePath("/")).toBe("/");
    expect(normalizePath("e\u0301.md")).toBe("\u00e9.md");
  });
});

describe("app lifecycle", () => {
  it("startLayout announces existing files, then runs onLayoutReady, then 'resolved'", async () => {
    const app = new App({ files: { "A/b.md": "x" } });
    const order: string[] = [];
    app.vault.on("create", (f: TAbstractFile) => order.push(`create ${f.path}`));
    app.workspace.onLayoutReady(() => order.push("ready"));
    app.metadataCache.on("resolved", () => order.push("resolved"));
    expect(app.workspace.layoutReady).toBe(false);
    await app.startLayout();
    expect(order).toEqual(["create A", "create A/b.md", "ready", "resolved"]);
    let late = false;
    app.workspace.onLayoutReady(() => (late = true));
    expect(late).toBe(false);
    await app.settle();
    expect(late).toBe(true);
  });

  it("indexing and settle work under fake timers; debounce follows the fake clock", async () => {
    vi.useFakeTimers();
    try {
      const app = new App({ files: { "n.md": "---\nv: 1\n---\n" } });
      await app.startLayout();
      await app.vault.modify(app.vault.getFileByPath("n.md")!, "---\nv: 2\n---\n");
      await app.settle();
      expect(app.metadataCache.getCache("n.md")?.frontmatter?.v).toBe(2);
      const calls: number[] = [];
      const d = debounce((n: number) => calls.push(n), 100, true);
      d(1);
      d(2);
      vi.advanceTimersByTime(99);
      expect(calls).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(calls).toEqual([2]);
    } finally {
      vi.useRealTimers();
    }
  });

  it("editor commands need an active markdown view", async () => {
    const app = new App({ files: { "n.md": "hello" } });
    await app.startLayout();
    app.commands.addCommand({ id: "x:upper", name: "Upper", editorCallback: (editor) => editor.setValue(editor.getValue().toUpperCase()) });
    expect(app.commands.executeCommandById("x:upper")).toBe(false);
    await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath("n.md")!);
    expect(app.commands.executeCommandById("x:upper")).toBe(true);
    const view = app.workspace.activeLeaf!.view as unknown as { save(): Promise<void> };
    await view.save();
    expect(app.vault.contentOf("n.md")).toBe("HELLO");
  });

  it("resetFake leaves no app listening on window", () => {
    // (runs after the previous tests' resetFake) a fresh app still handles Escape exactly once
    const app = new App();
    let closes = 0;
    class M extends Modal {
      override onClose(): void {
        closes++;
      }
    }
    new M(app).open();
    window.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    expect(closes).toBe(1);
  });
});

describe("module helpers", () => {
  it("menus record their items and run the clicked one", () => {
    let ran = "";
    new Menu()
      .addItem((i) => i.setTitle("Open").setIcon("file").onClick(() => (ran = "open")))
      .addItem((i) => i.setTitle("Delete").setSection("danger").setWarning(true).onClick(() => (ran = "delete")))
      .showAtPosition({ x: 10, y: 10 });
    const menu = lastMenu()!;
    expect(menu.titles()).toEqual(["Open", "Delete"]);
    expect(document.querySelectorAll(".menu .menu-item")).toHaveLength(2);
    menu.clickItem("Delete");
    expect(ran).toBe("delete");
    expect(document.querySelector(".menu")).toBeNull();
  });

  it("MarkdownRenderer renders plain markdown and plugin code blocks", async () => {
    const el = document.body.createDiv();
    const host = new Component();
    host.load();
    await MarkdownRenderer.render(new App(), "# Title\n\nSee [[Acme|the client]] and **bold**.\n\n- [x] done\n", el, "", host);
    expect(el.querySelector("h1")?.textContent).toBe("Title");
    expect(el.querySelector("a.internal-link")?.getAttribute("data-href")).toBe("Acme");
    expect(el.querySelector("strong")?.textContent).toBe("bold");
    expect(el.querySelector<HTMLInputElement>("li.task-list-item input")?.checked).toBe(true);
  });

  it("language, platform and the network ban are controllable", async () => {
    expect(getLanguage()).toBe("en");
    setLanguage("vi");
    expect(getLanguage()).toBe("vi");
    expect(Platform.isMobile).toBe(false);
    setPlatform("phone");
    expect(Platform.isMobile && Platform.isPhone).toBe(true);
    expect(document.body.hasClass("is-mobile")).toBe(true);
    expect(() => requestUrl("https://example.com")).toThrow(/Network access is not allowed/);
    expect(networkAttempts).toHaveLength(1);
  });

  it("state is reset between tests", () => {
    expect(getLanguage()).toBe("en");
    expect(Platform.isMobile).toBe(false);
    expect(networkAttempts).toHaveLength(0);
    expect(getNotices()).toEqual([]);
    expect(liveRegistrations().total).toBe(0);
  });
});
