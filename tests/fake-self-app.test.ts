// The fake obsidian module behaves like Obsidian where the plugin depends on it: plugins in the
// app, views and modals, DOM helpers, the app's lifecycle and the module's helpers (the vault,
// metadata cache, file manager and components are in fake-self.test.ts).
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
