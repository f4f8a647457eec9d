// The App: vault, metadata cache, file manager, workspace, commands, settings window, and the test
// controls (startLayout, settle, destroy). Its DOM (ribbon, workspace, status bar) lives in
// document.body under div.app-container.
import type * as O from "obsidian";
import { Events, totalEventListeners } from "./events";
import { FileManager } from "./file-manager";
import { Keymap, Scope } from "./keymap";
import { MetadataCache } from "./metadata-cache";
import { AppSettings } from "./setting-tab";
import type { DiskData } from "./adapter";
import { asText } from "./adapter";
import { Vault } from "./vault";
import { MarkdownView, View } from "./view";
import { Workspace } from "./workspace";
import { TFile } from "./files";

// RenderContext and SecretStorage are newer than the plugin's minAppVersion: typed through App
// so the fake offers them without naming them.
type RenderContextLike = O.App["renderContext"];
type SecretStorageLike = O.App["secretStorage"];

export class RenderContext implements RenderContextLike {
  hoverPopover: O.HoverPopover | null = null;
}

export class SecretStorage extends Events implements SecretStorageLike {
  private readonly secrets = new Map<string, string>();
  setSecret(id: string, secret: string): void {
    this.secrets.set(id, secret);
    this.trigger("changed", id);
  }
  getSecret(id: string): string | null {
    return this.secrets.get(id) ?? null;
  }
  listSecrets(): string[] {
    return [...this.secrets.keys()];
  }
}

/** app.commands (not public API in Obsidian, but it is where addCommand lands). */
export class Commands {
  readonly commands: Record<string, O.Command> = {};
  /** What the last executed callback returned (a promise for async commands). */
  lastResult: unknown;

  constructor(private readonly app: App) {}

  addCommand(command: O.Command): void {
    this.commands[command.id] = command;
  }

  removeCommand(id: string): void {
    delete this.commands[id];
  }

  listCommands(): O.Command[] {
    return Object.values(this.commands);
  }

  findCommand(id: string): O.Command | undefined {
    return this.commands[id];
  }

  /** Obsidian's rules: checkCallback(true) must pass; editor commands need an active markdown editor. */
  executeCommand(command: O.Command): boolean {
    const view = this.app.workspace.activeLeaf?.view as unknown as View | undefined;
    const md = view instanceof MarkdownView ? view : null;
    if (command.editorCheckCallback) {
      if (!md) return false;
      if (!command.editorCheckCallback(true, md.editor, md)) return false;
      this.lastResult = command.editorCheckCallback(false, md.editor, md);
      return true;
    }
    if (command.editorCallback) {
      if (!md) return false;
      this.lastResult = command.editorCallback(md.editor, md);
      return true;
    }
    if (command.checkCallback) {
      if (!command.checkCallback(true)) return false;
      this.lastResult = command.checkCallback(false);
      return true;
    }
    if (command.callback) {
      this.lastResult = command.callback();
      return true;
    }
    return false;
  }

  executeCommandById(id: string): boolean {
    const command = this.commands[id];
    if (!command) return false;
    return this.executeCommand(command);
  }

  /** Test helper: runs a command, awaits what its callback returned, then app.settle(). Throws if it cannot run. */
  async run(id: string): Promise<unknown> {
    if (!this.commands[id]) throw new Error(`No command "${id}". Have: ${Object.keys(this.commands).join(", ")}`);
    this.lastResult = undefined;
    if (!this.executeCommandById(id)) throw new Error(`Command "${id}" is not available now`);
    const result = await this.lastResult;
    await this.app.settle();
    return result;
  }
}

/** app.plugins (not public API): the loaded plugins by id. */
export class Plugins {
  readonly plugins: Record<string, O.Plugin> = {};
  readonly manifests: Record<string, O.PluginManifest> = {};
  readonly enabledPlugins = new Set<string>();

  getPlugin(id: string): O.Plugin | null {
    return this.plugins[id] ?? null;
  }
}

export interface AppOptions {
  /** Vault files by path: text or bytes. Folders are made as needed. */
  files?: Record<string, DiskData>;
  /** data.json content by plugin id (what loadData() returns). */
  pluginData?: Record<string, unknown>;
  vaultName?: string;
  /** Body theme class; default: what document.body already has, else light. */
  theme?: "light" | "dark";
  /** Clock for file times; defaults to Date.now (so fake timers move it). */
  now?: () => number;
  /** A desktop vault: the adapter is a FileSystemAdapter whose getBasePath() is this folder. */
  basePath?: string;
}

const liveApps = new Set<App>();

/** Internal (resetFake): tears down every app not yet destroyed, synchronously. */
export function destroyAllApps(): void {
  for (const app of [...liveApps]) app.destroyNow();
}

export class App implements O.App {
  keymap: Keymap;
  scope: Scope;
  workspace: Workspace;
  vault: Vault;
  metadataCache: MetadataCache;
  fileManager: FileManager;
  lastEvent: O.UserEvent | null = null;
  renderContext = new RenderContext();
  secretStorage = new SecretStorage();
  commands: Commands;
  plugins = new Plugins();
  setting = new AppSettings();

  /** div.app-container in document.body. */
  readonly containerEl: HTMLElement;
  readonly ribbonEl: HTMLElement;
  readonly statusBarEl: HTMLElement;
  private readonly localStorage = new Map<string, unknown>();
  private started = false;
  private destroyed = false;

  constructor(options: AppOptions = {}) {
    this.scope = new Scope();
    this.keymap = new Keymap(this.scope);
    this.vault = new Vault(options.vaultName ?? "Test Vault", options.now);
    if (options.basePath !== undefined) this.vault.useFileSystem(options.basePath);
    this.metadataCache = new MetadataCache(this.vault);
    this.fileManager = new FileManager(this.vault, this.metadataCache);
    this.commands = new Commands(this);

    this.containerEl = createDiv("app-container");
    const main = this.containerEl.createDiv("horizontal-main-container");
    this.ribbonEl = main.createDiv("workspace-ribbon side-dock-ribbon mod-left");
    this.workspace = new Workspace(this);
    main.appendChild(this.workspace.containerEl);
    this.statusBarEl = this.containerEl.createDiv("status-bar");
    document.body.appendChild(this.containerEl);
    // Without an explicit theme, keep the one the page already has (browser pages set it).
    this.setTheme(options.theme ?? (document.body.hasClass("theme-dark") ? "dark" : "light"));
    this.keymap.attach(window);

    this.vault.disk.mkdirp(`${this.vault.configDir}/plugins`);
    for (const [id, data] of Object.entries(options.pluginData ?? {})) {
      this.vault.disk.mkdirp(`${this.vault.configDir}/plugins/${id}`);
      this.vault.disk.write(`${this.vault.configDir}/plugins/${id}/data.json`, JSON.stringify(data, null, 2));
    }
    if (options.files) this.seed(options.files);
    liveApps.add(this);
  }

  isDarkMode(): boolean {
    return document.body.hasClass("theme-dark");
  }

  loadLocalStorage(key: string): unknown {
    return this.localStorage.has(key) ? structuredClone(this.localStorage.get(key)) : null;
  }

  saveLocalStorage(key: string, data: unknown): void {
    if (data === null || data === undefined) this.localStorage.delete(key);
    else this.localStorage.set(key, structuredClone(data));
  }

  // ---------------------------------------------------------------- test controls

  /** Adds files as if they were in the vault at startup: no events, already indexed. */
  seed(files: Record<string, DiskData>): void {
    this.vault.seed(files);
    for (const path of Object.keys(files)) {
      const f = this.vault.getFileByPath(path.replace(/^\/+/, ""));
      if (f instanceof TFile) this.metadataCache.indexNow(f, asText(files[path]), false);
    }
    this.metadataCache.refreshLinks();
  }

  /**
   * The app finishes starting: like Obsidian, 'create' fires for every file already in the vault
   * (unless announceExisting is false), then the layout becomes ready (onLayoutReady callbacks run),
   * then the metadata cache fires 'resolved'. Resolves once all of that has settled.
   */
  async startLayout(options: { announceExisting?: boolean } = {}): Promise<void> {
    if (this.started) return;
    this.started = true;
    if (options.announceExisting !== false) {
      for (const f of this.vault.getAllLoadedFiles()) if (f.path !== "/") this.vault.trigger("create", f);
    }
    if (this.workspace.rootSplit.tabs.children.length === 0) this.workspace.getLeaf(false);
    this.workspace._setLayoutReady();
    this.metadataCache.scheduleResolved();
    await this.settle();
  }

  /** Waits until indexing, view opening/closing and deferred callbacks have all finished. */
  async settle(): Promise<void> {
    for (let i = 0; i < 50; i++) {
      await this.workspace.whenIdle();
      await this.metadataCache.whenIdle();
      await new Promise<void>((r) => queueMicrotask(r));
      if (!this.busy()) return;
    }
  }

  /** Switches body.theme-light / body.theme-dark and fires 'css-change'. */
  setTheme(theme: "light" | "dark"): void {
    document.body.toggleClass("theme-dark", theme === "dark");
    document.body.toggleClass("theme-light", theme === "light");
    this.workspace.trigger("css-change");
  }

  /** Handlers attached to the app's event sources (vault, metadata cache, workspace, leaves). */
  listenerCount(): number {
    const leaves = this.workspace.allLeaves();
    return totalEventListeners([this.vault, this.metadataCache, this.workspace, this.secretStorage, ...leaves]);
  }

  /** Unloads every plugin, closes views and removes the app's DOM (like quitting Obsidian). */
  async destroy(): Promise<void> {
    this.destroyNow();
    await this.settle();
  }

  /** destroy() without waiting for views' async onClose. */
  destroyNow(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    liveApps.delete(this);
    for (const p of Object.values(this.plugins.plugins)) (p as unknown as { unload(): void }).unload();
    for (const leaf of this.workspace.allLeaves()) leaf.detach();
    this.setting.close();
    this.keymap.detach();
    this.containerEl.detach();
  }

  private busy(): boolean {
    return !this.workspace.isIdle() || !this.metadataCache.isIdle();
  }
}

export { App as FakeApp };
