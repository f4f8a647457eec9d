// Workspace and leaves. Three splits (left sidebar, main area, right sidebar), each one tab group.
// onLayoutReady callbacks wait for app.startLayout(); after that they run on the next macrotask.
// openLinkText/openFile are recorded in workspace.openHistory so tests can assert what was opened.
import type * as O from "obsidian";
import { Events, handlerErrors } from "./events";
import { WorkspaceLeaf, WorkspaceRibbon, WorkspaceRoot, WorkspaceSidedock, WorkspaceWindow, type WorkspaceSplit } from "./leaf";
import { TFile } from "./files";
import { Menu } from "./ui";
import { EmptyView, FileView, MarkdownView, View } from "./view";
import { parseLinktext } from "./metadata-cache";
import { joinPath, normalizePath, parentPath } from "./path";
import { debounce } from "./platform";

const realSetTimeout: typeof setTimeout = globalThis.setTimeout.bind(globalThis);

export type AppLike = O.App & { vault: import("./vault").Vault; metadataCache: import("./metadata-cache").MetadataCache; fileManager: import("./file-manager").FileManager };

export interface OpenRecord {
  /** The vault path of the file opened. */
  path: string;
  leafId: string;
  eState?: Record<string, unknown>;
  /** eState.line when given (Obsidian scrolls to it). */
  line?: number;
  /** Set for openLinkText calls. */
  linktext?: string;
  sourcePath?: string;
  newLeaf?: O.PaneType | boolean;
  /** True when openLinkText had to create the note. */
  created?: boolean;
}

export class Workspace extends Events implements O.Workspace {
  leftSplit: WorkspaceSidedock;
  rightSplit: WorkspaceSidedock;
  leftRibbon = new WorkspaceRibbon();
  rightRibbon = new WorkspaceRibbon();
  rootSplit: WorkspaceRoot;
  activeLeaf: WorkspaceLeaf | null = null;
  containerEl: HTMLElement;
  layoutReady = false;
  requestSaveLayout: O.Debouncer<[], Promise<void>>;
  /** Test helper: every file opened through openFile/openLinkText, oldest first. */
  readonly openHistory: OpenRecord[] = [];
  /** Test helper: every leaf passed to revealLeaf. */
  readonly revealed: WorkspaceLeaf[] = [];
  readonly app: AppLike;

  private readonly viewTypes = new Map<string, O.ViewCreator>();
  private readonly extensions = new Map<string, string>();
  private readonly layoutCallbacks: (() => any)[] = [];
  private readonly pending = new Set<Promise<unknown>>();
  private recent: WorkspaceLeaf[] = [];
  private lastFile: TFile | null = null;
  private readonly floating: WorkspaceLeaf[] = [];

  constructor(app: AppLike) {
    super();
    this.app = app;
    this.containerEl = createDiv("workspace");
    this.leftSplit = new WorkspaceSidedock(this, "mod-horizontal mod-left-split mod-sidedock");
    this.rootSplit = new WorkspaceRoot(this, "mod-vertical mod-root");
    this.rightSplit = new WorkspaceSidedock(this, "mod-horizontal mod-right-split mod-sidedock");
    this.containerEl.append(this.leftSplit.containerEl, this.rootSplit.containerEl, this.rightSplit.containerEl);
    this.requestSaveLayout = debounce(async () => undefined, 2000);
    this.viewTypes.set("markdown", (leaf) => new MarkdownView(leaf) as unknown as O.View);
    this.viewTypes.set("empty", (leaf) => new EmptyView(leaf) as unknown as O.View);
    this.extensions.set("md", "markdown");
    app.vault.on("rename", (file: unknown) => {
      if (!(file instanceof TFile)) return;
      this.iterateAllLeaves((leaf) => {
        const v = (leaf as unknown as WorkspaceLeaf).view as unknown as View;
        if (v instanceof FileView && v.file === file) void v.onRename(file);
      });
    });
    app.vault.on("delete", (file: unknown) => {
      if (!(file instanceof TFile)) return;
      for (const leaf of this.allLeaves()) {
        const v = leaf.view as unknown as View;
        if (v instanceof FileView && v.file === file) leaf.detach();
      }
    });
  }

  get activeEditor(): O.MarkdownFileInfo | null {
    const v = this.activeLeaf?.view as unknown as View | undefined;
    return v instanceof MarkdownView ? v : null;
  }

  onLayoutReady(callback: () => any): void {
    if (this.layoutReady) this.soon(callback);
    else this.layoutCallbacks.push(callback);
  }

  async changeLayout(_workspace: any): Promise<void> {}

  getLayout(): Record<string, unknown> {
    return { main: this.rootSplit.tabs.children.map((l) => l.getViewState()), left: this.leftSplit.tabs.children.map((l) => l.getViewState()), right: this.rightSplit.tabs.children.map((l) => l.getViewState()), active: this.activeLeaf?.id };
  }

  createLeafInParent(parent: O.WorkspaceSplit, index: number): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this);
    (parent as unknown as WorkspaceSplit).tabs.add(leaf, index);
    this.trigger("layout-change");
    return leaf;
  }

  createLeafBySplit(leaf: O.WorkspaceLeaf, _direction?: O.SplitDirection, _before?: boolean): WorkspaceLeaf {
    const l = leaf as unknown as WorkspaceLeaf;
    const split = l.parent?.parent ?? this.rootSplit;
    return this.createLeafInParent(split, split.tabs.children.length);
  }

  splitActiveLeaf(direction?: O.SplitDirection): WorkspaceLeaf {
    return this.createLeafBySplit(this.activeLeaf ?? this.getUnpinnedLeaf(), direction);
  }

  async duplicateLeaf(leaf: O.WorkspaceLeaf, leafType?: O.PaneType | boolean | O.SplitDirection, _direction?: O.SplitDirection): Promise<WorkspaceLeaf> {
    const l = leaf as unknown as WorkspaceLeaf;
    const next = leafType === "window" ? this.openPopoutLeaf() : this.createLeafBySplit(leaf);
    await next.setViewState(l.getViewState());
    return next;
  }

  getUnpinnedLeaf(): WorkspaceLeaf {
    const active = this.activeLeaf;
    if (active && this.isRootLeaf(active) && !active.pinned) return active;
    const recent = this.recent.find((l) => this.isRootLeaf(l) && !l.pinned);
    if (recent) return recent;
    const any = this.rootSplit.tabs.children.find((l) => !l.pinned);
    return any ?? this.createLeafInParent(this.rootSplit, this.rootSplit.tabs.children.length);
  }

  getLeaf(newLeaf?: O.PaneType | boolean | "split", direction?: O.SplitDirection): WorkspaceLeaf {
    if (newLeaf === "split") return this.splitActiveLeaf(direction);
    if (newLeaf === "window") return this.openPopoutLeaf();
    if (newLeaf === true || newLeaf === "tab") return this.createLeafInParent(this.rootSplit, this.rootSplit.tabs.children.length);
    return this.getUnpinnedLeaf();
  }

  moveLeafToPopout(leaf: O.WorkspaceLeaf, _data?: O.WorkspaceWindowInitData): WorkspaceWindow {
    const l = leaf as unknown as WorkspaceLeaf;
    l.parent.remove(l);
    const win = new WorkspaceWindow(this, "mod-popout");
    win.tabs.add(l);
    this.floating.push(l);
    return win;
  }

  openPopoutLeaf(_data?: O.WorkspaceWindowInitData): WorkspaceLeaf {
    const win = new WorkspaceWindow(this, "mod-popout");
    const leaf = new WorkspaceLeaf(this);
    win.tabs.add(leaf);
    this.floating.push(leaf);
    return leaf;
  }

  async openLinkText(linktext: string, sourcePath: string, newLeaf?: O.PaneType | boolean, openViewState?: O.OpenViewState): Promise<void> {
    const { path, subpath } = parseLinktext(linktext);
    let file = path === "" ? this.app.vault.getFileByPath(sourcePath) : this.app.metadataCache.getFirstLinkpathDest(path, sourcePath);
    let created = false;
    if (!file) {
      // Like Obsidian: following a link to a missing note creates it.
      const folder = this.app.fileManager.getNewFileParent(sourcePath);
      const name = /\.[^/]+$/.test(path) ? path : `${path}.md`;
      const target = normalizePath(joinPath(folder.path, name));
      const parent = parentPath(target);
      if (parent !== "/" && !this.app.vault.getAbstractFileByPath(parent)) await this.app.vault.createFolder(parent);
      file = await this.app.vault.create(target, "");
      created = true;
    }
    const leaf = this.getLeaf(newLeaf);
    const eState = { ...(openViewState?.eState ?? {}), ...(subpath ? { subpath } : {}) };
    const state: O.OpenViewState = { ...openViewState, eState: Object.keys(eState).length > 0 ? eState : undefined };
    await leaf.openFile(file, state);
    const rec = this.openHistory[this.openHistory.length - 1];
    Object.assign(rec, { linktext, sourcePath, newLeaf, created });
  }

  setActiveLeaf(leaf: O.WorkspaceLeaf, params?: { focus?: boolean } | boolean, _focus?: boolean): void {
    void params;
    const l = leaf as unknown as WorkspaceLeaf;
    if (!this.allLeaves().includes(l)) return;
    l.parent?.show(l);
    this.recent = [l, ...this.recent.filter((x) => x !== l)];
    const changed = this.activeLeaf !== l;
    this.activeLeaf?.containerEl.removeClass("mod-active");
    this.activeLeaf = l;
    l.containerEl.addClass("mod-active");
    if (changed) this.trigger("active-leaf-change", l);
    this._fileMaybeChanged();
  }

  getLeafById(id: string): WorkspaceLeaf | null {
    return this.allLeaves().find((l) => l.id === id) ?? null;
  }

  getGroupLeaves(group: string): WorkspaceLeaf[] {
    return this.allLeaves().filter((l) => l.group === group);
  }

  getMostRecentLeaf(root?: O.WorkspaceParent): WorkspaceLeaf | null {
    const inRoot = (l: WorkspaceLeaf): boolean => (root ? l.getRoot() === (root as unknown) || l.parent?.parent === (root as unknown) : this.isRootLeaf(l));
    return this.recent.find(inRoot) ?? this.rootSplit.tabs.children.find(inRoot) ?? null;
  }

  getLeftLeaf(split: boolean): WorkspaceLeaf | null {
    return this.sideLeaf(this.leftSplit, split);
  }

  getRightLeaf(split: boolean): WorkspaceLeaf | null {
    return this.sideLeaf(this.rightSplit, split);
  }

  async ensureSideLeaf(type: string, side: O.Side, options?: { active?: boolean; split?: boolean; reveal?: boolean; state?: any }): Promise<WorkspaceLeaf> {
    const existing = this.getLeavesOfType(type).find((l) => l.parent?.parent === (side === "left" ? this.leftSplit : this.rightSplit));
    let leaf = existing;
    if (!leaf) {
      leaf = (side === "left" ? this.getLeftLeaf(options?.split ?? false) : this.getRightLeaf(options?.split ?? false))!;
      await leaf.setViewState({ type, active: options?.active, state: options?.state as Record<string, unknown> | undefined });
    }
    if (options?.reveal !== false) await this.revealLeaf(leaf);
    return leaf;
  }

  getActiveViewOfType<T extends O.View>(type: O.Constructor<T>): T | null {
    const v = this.activeLeaf?.view;
    return v instanceof (type as unknown as new (...a: unknown[]) => T) ? v : null;
  }

  getActiveFile(): TFile | null {
    for (const l of this.recent) {
      if (!this.isRootLeaf(l)) continue;
      const v = l.view as unknown as View;
      return v instanceof FileView ? v.file : null;
    }
    return null;
  }

  iterateRootLeaves(callback: (leaf: O.WorkspaceLeaf) => any): void {
    for (const l of this.rootSplit.tabs.children.slice()) callback(l);
  }

  iterateAllLeaves(callback: (leaf: O.WorkspaceLeaf) => any): void {
    for (const l of this.allLeaves()) callback(l);
  }

  getLeavesOfType(viewType: string): WorkspaceLeaf[] {
    return this.allLeaves().filter((l) => (l.view as unknown as View).getViewType() === viewType);
  }

  detachLeavesOfType(viewType: string): void {
    for (const l of this.getLeavesOfType(viewType)) l.detach();
  }

  async revealLeaf(leaf: O.WorkspaceLeaf): Promise<void> {
    const l = leaf as unknown as WorkspaceLeaf;
    this.revealed.push(l);
    const split = l.parent?.parent;
    if (split instanceof WorkspaceSidedock) split.expand();
    l.parent?.show(l);
  }

  getLastOpenFiles(): string[] {
    return [...new Set(this.openHistory.map((r) => r.path).reverse())].slice(0, 10);
  }

  updateOptions(): void {}

  handleLinkContextMenu(menu: O.Menu, linktext: string, sourcePath: string, _leaf?: O.WorkspaceLeaf): boolean {
    (menu as unknown as Menu).addItem((item) => item.setTitle("Open in new tab").setIcon("file-plus").onClick(() => void this.openLinkText(linktext, sourcePath, "tab")));
    return true;
  }

  // ---------------------------------------------------------------- internals and test helpers

  /** Internal: Plugin.registerView. */
  registerViewType(type: string, creator: O.ViewCreator): void {
    if (this.viewTypes.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
    this.viewTypes.set(type, creator);
  }

  /** Internal: on plugin unload. Open views of the type close; their leaves stay, empty. */
  unregisterViewType(type: string): void {
    this.viewTypes.delete(type);
    for (const l of this.getLeavesOfType(type)) {
      const empty = new EmptyView(l);
      empty.missingType = type;
      this._track(l.replaceView(empty));
    }
  }

  registerExtensions(extensions: string[], viewType: string): void {
    for (const e of extensions) {
      if (this.extensions.has(e)) throw new Error(`Attempting to register an existing file extension "${e}"`);
      this.extensions.set(e, viewType);
    }
  }

  unregisterExtensions(extensions: string[]): void {
    for (const e of extensions) this.extensions.delete(e);
  }

  viewCreator(type: string): O.ViewCreator | undefined {
    return this.viewTypes.get(type);
  }

  viewTypeForExtension(ext: string): string {
    return this.extensions.get(ext) ?? "empty";
  }

  /** Every leaf, main area first, then sidebars and popouts. */
  allLeaves(): WorkspaceLeaf[] {
    return [...this.rootSplit.tabs.children, ...this.leftSplit.tabs.children, ...this.rightSplit.tabs.children, ...this.floating];
  }

  /** Internal: app.startLayout(). */
  _setLayoutReady(): void {
    if (this.layoutReady) return;
    this.layoutReady = true;
    const callbacks = this.layoutCallbacks.splice(0);
    for (const cb of callbacks) this.runCallback(cb);
    this.trigger("layout-change");
  }

  /** Internal: keeps a promise so app.settle() can wait for it. */
  _track(p: Promise<unknown>): void {
    this.pending.add(p);
    p.then(
      () => this.pending.delete(p),
      (error) => {
        this.pending.delete(p);
        handlerErrors.push({ event: "workspace", error });
        console.error(error);
      },
    );
  }

  /** Resolves when view opens/closes and deferred layout callbacks have finished. */
  async whenIdle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  isIdle(): boolean {
    return this.pending.size === 0;
  }

  _fileMaybeChanged(): void {
    const file = this.getActiveFile();
    if (file !== this.lastFile) {
      this.lastFile = file;
      this.trigger("file-open", file);
    }
  }

  _detach(leaf: WorkspaceLeaf): void {
    const all = this.allLeaves();
    if (!all.includes(leaf)) return;
    leaf.parent?.remove(leaf);
    const fi = this.floating.indexOf(leaf);
    if (fi !== -1) this.floating.splice(fi, 1);
    this.recent = this.recent.filter((l) => l !== leaf);
    this._track(leaf.closeView());
    if (this.activeLeaf === leaf) {
      this.activeLeaf = null;
      const next = this.recent[0] ?? this.rootSplit.tabs.children[0] ?? null;
      if (next) this.setActiveLeaf(next);
      else {
        this.trigger("active-leaf-change", null);
        this._fileMaybeChanged();
      }
    }
    this.trigger("layout-change");
  }

  private isRootLeaf(l: WorkspaceLeaf): boolean {
    return l.parent?.parent === (this.rootSplit as unknown);
  }

  private sideLeaf(split: WorkspaceSidedock, _split: boolean): WorkspaceLeaf {
    return this.createLeafInParent(split, split.tabs.children.length);
  }

  private soon(cb: () => any): void {
    this._track(
      new Promise<void>((resolve) =>
        realSetTimeout(() => {
          this.runCallback(cb);
          resolve();
        }, 0),
      ),
    );
  }

  private runCallback(cb: () => any): void {
    try {
      const r: unknown = cb();
      if (r instanceof Promise) this._track(r);
    } catch (error) {
      handlerErrors.push({ event: "onLayoutReady", error });
      console.error(error);
    }
  }
}
