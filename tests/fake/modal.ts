// Modal: attaches to document.body on open(), Escape and the close button close it, onOpen and
// onClose are called like Obsidian. Open modals are listed for tests (openModals()).
import type * as O from "obsidian";
import { Scope } from "./keymap";

const open: Modal[] = [];

/** Test helper: modals currently open, oldest first. */
export function openModals(): Modal[] {
  return open.slice();
}

/** Test helper: the most recently opened modal still open. */
export function topModal(): Modal | undefined {
  return open[open.length - 1];
}

export function closeAllModals(): void {
  for (const m of open.slice().reverse()) m.close();
}

export class Modal implements O.Modal {
  app: O.App;
  scope: Scope;
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  headerEl: HTMLElement;
  closeButtonEl: HTMLElement;
  shouldRestoreSelection = false;
  /** Internal state; "_fake" names keep clear of fields a plugin's subclass may declare. */
  _fakeIsOpen = false;
  /** What onOpen() returned (awaitable by tests). */
  _fakeOpened: Promise<void> = Promise.resolve();
  _fakeCloseCallback: (() => any) | null = null;

  constructor(app: O.App) {
    this.app = app;
    this.scope = new Scope(app.scope as Scope);
    this.scope.register([], "Escape", () => {
      this.close();
      return false;
    });
    this.containerEl = createDiv("modal-container mod-dim");
    const bg = this.containerEl.createDiv("modal-bg");
    bg.addEventListener("click", () => this.close());
    this.modalEl = this.containerEl.createDiv("modal");
    this.closeButtonEl = this.modalEl.createDiv({ cls: "modal-close-button", attr: { "aria-label": "Close" } });
    this.closeButtonEl.addEventListener("click", () => this.close());
    this.headerEl = this.modalEl.createDiv("modal-header");
    this.titleEl = this.headerEl.createDiv("modal-title");
    this.contentEl = this.modalEl.createDiv("modal-content");
  }

  open(): void {
    if (this._fakeIsOpen) return;
    this._fakeIsOpen = true;
    document.body.appendChild(this.containerEl);
    this.app.keymap.pushScope(this.scope);
    open.push(this);
    this._fakeOpened = Promise.resolve(this.onOpen()).then(() => undefined);
  }

  close(): void {
    if (!this._fakeIsOpen) return;
    this._fakeIsOpen = false;
    this.containerEl.detach();
    this.app.keymap.popScope(this.scope);
    const i = open.indexOf(this);
    if (i !== -1) open.splice(i, 1);
    this.onClose();
    this._fakeCloseCallback?.();
  }

  onOpen(): Promise<void> | void {}

  onClose(): void {}

  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }

  setContent(content: string | DocumentFragment): this {
    this.contentEl.setText(content);
    return this;
  }

  setCloseCallback(callback: () => any): this {
    this._fakeCloseCallback = callback;
    return this;
  }
}
