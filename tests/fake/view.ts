// Views. containerEl is div.workspace-leaf-content[data-type] whose children[0] is the header and
// children[1] the content (ItemView.contentEl), as in Obsidian. The leaf opens a view with
// load() then onOpen(), and closes it with onClose() then unload().
import type * as O from "obsidian";
import { Editor } from "./editor";
import { Component } from "./events";
import { TFile } from "./files";
import { setIcon } from "./icons";
import { debounce } from "./platform";

export abstract class View extends Component implements Omit<O.View, "onOpen" | "onClose"> {
  app: O.App;
  icon = "";
  navigation = false;
  leaf: O.WorkspaceLeaf;
  containerEl: HTMLElement;
  scope: O.Scope | null = null;
  /** Test helper: resolves once onOpen() has finished. */
  _fakeOpened: Promise<void> = Promise.resolve();

  constructor(leaf: O.WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = (leaf as unknown as { app: O.App }).app;
    this.containerEl = createDiv("workspace-leaf-content");
  }

  protected async onOpen(): Promise<void> {}

  protected async onClose(): Promise<void> {}

  abstract getViewType(): string;

  getState(): Record<string, unknown> {
    return {};
  }

  async setState(_state: unknown, _result: O.ViewStateResult): Promise<void> {}

  getEphemeralState(): Record<string, unknown> {
    return {};
  }

  setEphemeralState(_state: unknown): void {}

  getIcon(): string {
    return this.icon;
  }

  onResize(): void {}

  abstract getDisplayText(): string;

  onPaneMenu(_menu: O.Menu, _source: string): void {}

  /** Internal, used by the leaf. */
  async _open(parentEl: HTMLElement): Promise<void> {
    this.containerEl.setAttr("data-type", this.getViewType());
    parentEl.appendChild(this.containerEl);
    this.load();
    this._fakeOpened = this.onOpen();
    await this._fakeOpened;
  }

  /** Internal, used by the leaf. */
  async _close(): Promise<void> {
    try {
      await this.onClose();
    } finally {
      this.unload();
      this.containerEl.detach();
    }
  }
}

export abstract class ItemView extends View implements Omit<O.ItemView, "onOpen" | "onClose"> {
  contentEl: HTMLElement;
  headerEl: HTMLElement;
  titleEl: HTMLElement;
  actionsEl: HTMLElement;

  constructor(leaf: O.WorkspaceLeaf) {
    super(leaf);
    this.headerEl = this.containerEl.createDiv("view-header");
    const titleContainer = this.headerEl.createDiv("view-header-title-container");
    this.titleEl = titleContainer.createDiv("view-header-title");
    this.actionsEl = this.headerEl.createDiv("view-actions");
    this.contentEl = this.containerEl.createDiv("view-content");
  }

  addAction(icon: string, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
    const el = this.actionsEl.createEl("a", { cls: "clickable-icon view-action", attr: { "aria-label": title }, prepend: true });
    setIcon(el, icon);
    el.addEventListener("click", callback);
    return el;
  }

  override async _open(parentEl: HTMLElement): Promise<void> {
    this.titleEl.setText(this.getDisplayText());
    await super._open(parentEl);
    this.titleEl.setText(this.getDisplayText());
  }
}

export class EmptyView extends ItemView {
  /** The view type the leaf asked for when it is not registered (plugin unloaded). */
  missingType: string | null = null;

  getViewType(): string {
    return "empty";
  }

  getDisplayText(): string {
    return this.missingType ? "Plugin no longer active" : "New tab";
  }
}

export abstract class FileView extends ItemView implements Omit<O.FileView, "onOpen" | "onClose"> {
  allowNoFile = false;
  file: TFile | null = null;
  override navigation = true;

  getDisplayText(): string {
    return this.file ? this.file.basename : "No file";
  }

  override onload(): void {}

  override getState(): Record<string, unknown> {
    return { file: this.file?.path ?? null };
  }

  override async setState(state: unknown, _result: O.ViewStateResult): Promise<void> {
    const path = (state as { file?: string } | null)?.file;
    if (!path) return;
    const file = this.app.vault.getFileByPath(path) as TFile | null;
    if (!file || file === this.file) return;
    if (this.file) await this.onUnloadFile(this.file);
    this.file = file;
    await this.onLoadFile(file);
    this.titleEl.setText(this.getDisplayText());
  }

  async onLoadFile(_file: O.TFile): Promise<void> {}

  async onUnloadFile(_file: O.TFile): Promise<void> {}

  async onRename(_file: O.TFile): Promise<void> {
    this.titleEl.setText(this.getDisplayText());
  }

  canAcceptExtension(_extension: string): boolean {
    return false;
  }
}

export abstract class EditableFileView extends FileView implements Omit<O.EditableFileView, "onOpen" | "onClose"> {}

export abstract class TextFileView extends EditableFileView implements Omit<O.TextFileView, "onOpen" | "onClose"> {
  data = "";
  requestSave: () => void;

  constructor(leaf: O.WorkspaceLeaf) {
    super(leaf);
    const d = debounce(() => void this.save(), 2000, true);
    this.requestSave = () => void d();
  }

  override async onUnloadFile(_file: O.TFile): Promise<void> {
    await this.save();
  }

  override async onLoadFile(file: O.TFile): Promise<void> {
    this.data = await this.app.vault.read(file);
    this.setViewData(this.data, true);
  }

  async save(_clear?: boolean): Promise<void> {
    if (!this.file) return;
    const next = this.getViewData();
    if (next === this.data) return;
    this.data = next;
    await this.app.vault.modify(this.file, next);
  }

  abstract getViewData(): string;
  abstract setViewData(data: string, clear: boolean): void;
  abstract clear(): void;
}

export class MarkdownView extends TextFileView implements Omit<O.MarkdownView, "previewMode" | "currentMode"> {
  editor: Editor;
  hoverPopover: O.HoverPopover | null = null;

  constructor(leaf: O.WorkspaceLeaf) {
    super(leaf);
    this.editor = new Editor();
    this.editor.onChange = () => this.requestSave();
  }

  getViewType(): string {
    return "markdown";
  }

  getMode(): O.MarkdownViewModeType {
    return "source";
  }

  getViewData(): string {
    return this.editor.getValue();
  }

  clear(): void {
    this.editor.setValue("");
  }

  setViewData(data: string, _clear: boolean): void {
    const save = this.editor.onChange;
    this.editor.onChange = null;
    this.editor.setValue(data);
    this.editor.onChange = save;
    this.contentEl.empty();
    this.contentEl.createEl("pre", { cls: "markdown-source-view", text: data });
  }

  showSearch(_replace?: boolean): void {}

  override canAcceptExtension(extension: string): boolean {
    return extension === "md";
  }
}
