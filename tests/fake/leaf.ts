// Workspace items: splits, tab groups, sidebars and the leaves that host views. A leaf opens a
// view with load() + onOpen() and closes it with onClose() + unload(), like Obsidian.
import type * as O from "obsidian";
import { Events } from "./events";
import { EmptyView, type View } from "./view";
import type { AppLike, Workspace } from "./workspace";

export abstract class WorkspaceItem extends Events implements O.WorkspaceItem {
  abstract parent: O.WorkspaceParent;
  containerEl: HTMLElement;
  /** Internal: the workspace it belongs to. */
  workspace: Workspace;

  constructor(workspace: Workspace, cls: string) {
    super();
    this.workspace = workspace;
    this.containerEl = createDiv(cls);
  }

  getRoot(): O.WorkspaceItem {
    let item = this as WorkspaceItem;
    while (item.parent && (item.parent as unknown) !== item) item = item.parent as unknown as WorkspaceItem;
    return item;
  }

  getContainer(): O.WorkspaceContainer {
    return this.getRoot() as unknown as O.WorkspaceContainer;
  }
}

export abstract class WorkspaceParent extends WorkspaceItem implements O.WorkspaceParent {}

export class WorkspaceTabs extends WorkspaceParent implements O.WorkspaceTabs {
  parent: WorkspaceSplit;
  children: WorkspaceLeaf[] = [];
  /** The tab on show. */
  current: WorkspaceLeaf | null = null;
  readonly tabContainerEl: HTMLElement;

  constructor(workspace: Workspace, parent: WorkspaceSplit) {
    super(workspace, "workspace-tabs");
    this.parent = parent;
    this.tabContainerEl = this.containerEl.createDiv("workspace-tab-container");
    parent.containerEl.appendChild(this.containerEl);
  }

  add(leaf: WorkspaceLeaf, index = this.children.length): void {
    this.children.splice(index, 0, leaf);
    leaf.parent = this;
    this.tabContainerEl.appendChild(leaf.containerEl);
    this.show(leaf);
  }

  remove(leaf: WorkspaceLeaf): void {
    const i = this.children.indexOf(leaf);
    if (i !== -1) this.children.splice(i, 1);
    leaf.containerEl.detach();
    if (this.current === leaf) {
      this.current = null;
      const next = this.children[Math.min(i, this.children.length - 1)];
      if (next) this.show(next);
    }
  }

  show(leaf: WorkspaceLeaf): void {
    this.current = leaf;
    for (const l of this.children) l.containerEl.toggle(l === leaf);
  }
}

export class WorkspaceSplit extends WorkspaceParent implements O.WorkspaceSplit {
  parent: O.WorkspaceParent;
  tabs: WorkspaceTabs;

  constructor(workspace: Workspace, cls: string, parent?: WorkspaceParent) {
    super(workspace, `workspace-split ${cls}`);
    this.parent = parent ?? this;
    this.tabs = new WorkspaceTabs(workspace, this);
  }
}

export abstract class WorkspaceContainer extends WorkspaceSplit implements O.WorkspaceContainer {
  abstract win: Window;
  abstract doc: Document;
}

export class WorkspaceRoot extends WorkspaceContainer implements O.WorkspaceRoot {
  win: Window = window;
  doc: Document = document;
}

export class WorkspaceWindow extends WorkspaceContainer implements O.WorkspaceWindow {
  win: Window = window;
  doc: Document = document;
}

export class WorkspaceFloating extends WorkspaceParent implements O.WorkspaceFloating {
  parent: O.WorkspaceParent = this;
}

export class WorkspaceSidedock extends WorkspaceSplit implements O.WorkspaceSidedock {
  collapsed = false;

  toggle(): void {
    if (this.collapsed) this.expand();
    else this.collapse();
  }

  collapse(): void {
    this.collapsed = true;
    this.containerEl.addClass("is-collapsed");
  }

  expand(): void {
    this.collapsed = false;
    this.containerEl.removeClass("is-collapsed");
  }
}

export class WorkspaceMobileDrawer extends WorkspaceParent implements O.WorkspaceMobileDrawer {
  parent: O.WorkspaceParent = this;
  collapsed = true;
  expand(): void {
    this.collapsed = false;
  }
  collapse(): void {
    this.collapsed = true;
  }
  toggle(): void {
    this.collapsed = !this.collapsed;
  }
}

export class WorkspaceRibbon implements O.WorkspaceRibbon {}

let leafCounter = 0;

export class WorkspaceLeaf extends WorkspaceItem implements O.WorkspaceLeaf {
  id: string;
  app: AppLike;
  parent!: WorkspaceTabs;
  hoverPopover: O.HoverPopover | null = null;
  pinned = false;
  group: string | null = null;
  private _view: View;

  constructor(workspace: Workspace) {
    super(workspace, "workspace-leaf");
    this.id = `leaf-${++leafCounter}`;
    this.app = workspace.app;
    this._view = new EmptyView(this);
    workspace._track(this._view._open(this.containerEl));
  }

  get view(): O.View {
    return this._view as unknown as O.View;
  }

  get isDeferred(): boolean {
    return false;
  }

  async loadIfDeferred(): Promise<void> {}

  async openFile(file: O.TFile, openState?: O.OpenViewState): Promise<void> {
    const type = this.workspace.viewTypeForExtension(file.extension);
    this.workspace.openHistory.push({ path: file.path, leafId: this.id, eState: openState?.eState, line: lineOf(openState) });
    await this.setViewState({ type, state: { ...(openState?.state ?? {}), file: file.path }, active: openState?.active ?? true, group: openState?.group }, openState?.eState);
  }

  async open(view: O.View): Promise<O.View> {
    await this.replaceView(view as unknown as View);
    this.workspace.trigger("layout-change");
    return view;
  }

  getViewState(): O.ViewState {
    return { type: this._view instanceof EmptyView && this._view.missingType ? this._view.missingType : this._view.getViewType(), state: this._view.getState(), pinned: this.pinned, active: this.workspace.activeLeaf === this };
  }

  async setViewState(viewState: O.ViewState, eState?: any): Promise<void> {
    const current = this._view;
    const sameType = current.getViewType() === viewState.type && !(current instanceof EmptyView && current.missingType);
    if (!sameType) {
      const creator = this.workspace.viewCreator(viewState.type);
      let next: View;
      if (creator) next = creator(this) as unknown as View;
      else {
        const empty = new EmptyView(this);
        if (viewState.type !== "empty") empty.missingType = viewState.type;
        next = empty;
      }
      await this.replaceView(next);
    }
    await this._view.setState(viewState.state ?? {}, { history: false });
    if (eState !== undefined) this._view.setEphemeralState(eState);
    if (viewState.pinned !== undefined) this.setPinned(viewState.pinned);
    if (viewState.group) this.setGroupMember(viewState.group);
    if (viewState.active) this.workspace.setActiveLeaf(this, { focus: true });
    else if (this.workspace.activeLeaf === this) this.workspace._fileMaybeChanged();
    this.workspace.trigger("layout-change");
  }

  getEphemeralState(): any {
    return this._view.getEphemeralState();
  }

  setEphemeralState(state: any): void {
    this._view.setEphemeralState(state);
  }

  togglePinned(): void {
    this.setPinned(!this.pinned);
  }

  setPinned(pinned: boolean): void {
    if (this.pinned === pinned) return;
    this.pinned = pinned;
    this.trigger("pinned-change", pinned);
  }

  setGroupMember(other: O.WorkspaceLeaf): void {
    const o = other as unknown as WorkspaceLeaf;
    o.group ??= `group-${o.id}`;
    this.setGroup(o.group);
  }

  setGroup(group: string): void {
    this.group = group;
    this.trigger("group-change", group);
  }

  detach(): void {
    this.workspace._detach(this);
  }

  getIcon(): string {
    return this._view.getIcon();
  }

  getDisplayText(): string {
    return this._view.getDisplayText();
  }

  onResize(): void {
    this._view.onResize();
  }

  /** Internal. */
  async replaceView(next: View): Promise<void> {
    const prev = this._view;
    this._view = next;
    const closing = prev._close();
    this.workspace._track(closing);
    await closing;
    const opening = next._open(this.containerEl);
    this.workspace._track(opening);
    await opening;
  }

  /** Internal: closes the view for good (detach / app teardown). */
  async closeView(): Promise<void> {
    await this._view._close();
  }
}

function lineOf(openState?: O.OpenViewState): number | undefined {
  const line = (openState?.eState as { line?: unknown } | undefined)?.line;
  return typeof line === "number" ? line : undefined;
}
