// Notice and Menu. Notices are recorded for tests (getNotices), menus too (shownMenus/lastMenu).
import type * as O from "obsidian";
import { Component } from "./events";
import { setIcon } from "./icons";

export interface NoticeRecord {
  message: string;
  duration: number | undefined;
  notice: Notice;
}

/** Every Notice created since the last clearNotices(), oldest first. */
export const notices: NoticeRecord[] = [];

/** Test helper: the text of every notice shown so far. */
export function getNotices(): string[] {
  return notices.map((n) => n.message);
}

export function clearNotices(): void {
  for (const n of notices) n.notice.hide();
  notices.length = 0;
}

function noticeContainer(): HTMLElement {
  let c = document.body.find(".notice-container") as HTMLElement | null;
  if (!c) c = document.body.createDiv("notice-container");
  return c;
}

function textOf(message: string | DocumentFragment): string {
  return typeof message === "string" ? message : (message.textContent ?? "");
}

export class Notice implements O.Notice {
  noticeEl: HTMLElement;
  containerEl: HTMLElement;
  messageEl: HTMLElement;
  private readonly record: NoticeRecord;
  private timer: ReturnType<typeof setTimeout> | null = null;
  hidden = false;

  constructor(message: string | DocumentFragment, duration?: number) {
    this.containerEl = noticeContainer().createDiv("notice-wrapper");
    this.noticeEl = this.containerEl.createDiv("notice");
    this.messageEl = this.noticeEl.createDiv("notice-message");
    this.record = { message: textOf(message), duration, notice: this };
    this.messageEl.setText(message);
    notices.push(this.record);
    this.noticeEl.addEventListener("click", () => this.hide());
    const ms = duration ?? 5000;
    if (ms > 0) this.timer = setTimeout(() => this.hide(), ms);
  }

  setMessage(message: string | DocumentFragment): this {
    this.messageEl.setText(message);
    this.record.message = textOf(message);
    return this;
  }

  hide(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.hidden = true;
    this.containerEl.detach();
  }
}

export class MenuItem implements O.MenuItem {
  dom: HTMLElement;
  titleEl: HTMLElement;
  iconEl: HTMLElement;
  title = "";
  icon: string | null = null;
  checked: boolean | null = null;
  disabled = false;
  warning = false;
  isLabel = false;
  section = "";
  callback: ((evt: MouseEvent | KeyboardEvent) => any) | null = null;

  constructor(private readonly menu: Menu) {
    this.dom = createDiv("menu-item");
    this.iconEl = this.dom.createDiv("menu-item-icon");
    this.titleEl = this.dom.createDiv("menu-item-title");
    this.dom.addEventListener("click", (evt) => this.handleEvent(evt));
  }

  setTitle(title: string | DocumentFragment): this {
    this.titleEl.setText(title);
    this.title = textOf(title);
    return this;
  }

  setIcon(icon: string | null): this {
    this.icon = icon;
    if (icon) setIcon(this.iconEl, icon);
    else this.iconEl.empty();
    return this;
  }

  setChecked(checked: boolean | null): this {
    this.checked = checked;
    this.dom.toggleClass("mod-checked", checked === true);
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    this.dom.toggleClass("is-disabled", disabled);
    return this;
  }

  setWarning(isWarning: boolean): this {
    this.warning = isWarning;
    this.dom.toggleClass("mod-warning", isWarning);
    return this;
  }

  setIsLabel(isLabel: boolean): this {
    this.isLabel = isLabel;
    this.dom.toggleClass("is-label", isLabel);
    return this;
  }

  onClick(callback: (evt: MouseEvent | KeyboardEvent) => any): this {
    this.callback = callback;
    return this;
  }

  setSection(section: string): this {
    this.section = section;
    return this;
  }

  /** Test helper: clicks the item (runs its callback unless disabled, then hides the menu). */
  click(): void {
    this.dom.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
  }

  private handleEvent(evt: MouseEvent): void {
    if (this.disabled || this.isLabel) return;
    this.menu.hide();
    this.callback?.(evt);
  }
}

export class MenuSeparator implements O.MenuSeparator {}

/** Menus shown since the last reset, oldest first. */
export const shownMenus: Menu[] = [];

export function lastMenu(): Menu | undefined {
  return shownMenus[shownMenus.length - 1];
}

export class Menu extends Component implements O.Menu {
  dom: HTMLElement;
  items: (MenuItem | MenuSeparator)[] = [];
  shown = false;
  position: O.MenuPositionDef | null = null;
  private hideCallbacks: (() => any)[] = [];
  private parentEl: HTMLElement | null = null;

  constructor() {
    super();
    this.dom = createDiv("menu");
  }

  setNoIcon(): this {
    this.dom.addClass("mod-no-icon");
    return this;
  }

  setUseNativeMenu(_useNativeMenu: boolean): this {
    return this;
  }

  addItem(cb: (item: MenuItem) => any): this {
    const item = new MenuItem(this);
    this.items.push(item);
    cb(item);
    return this;
  }

  addSeparator(): this {
    this.items.push(new MenuSeparator());
    return this;
  }

  setParentElement(el: HTMLElement): this {
    this.parentEl = el;
    return this;
  }

  showAtMouseEvent(evt: MouseEvent): this {
    return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
  }

  showAtPosition(position: O.MenuPositionDef, doc?: Document): this {
    this.position = position;
    this.dom.empty();
    // Items are grouped by section in order of first appearance, as Obsidian shows them.
    const order: string[] = [];
    for (const it of this.items) if (it instanceof MenuItem && !order.includes(it.section)) order.push(it.section);
    let first = true;
    for (const section of order) {
      if (!first) this.dom.createDiv("menu-separator");
      first = false;
      for (const it of this.items) if (it instanceof MenuItem && it.section === section) this.dom.appendChild(it.dom);
    }
    this.dom.setCssStyles({ left: `${position.x}px`, top: `${position.y}px` });
    (this.parentEl ?? (doc ?? document).body).appendChild(this.dom);
    // Like Obsidian, keep the menu inside the window: open upwards / leftwards when it would not fit
    // (a menu opened from the status bar). Layout-less DOMs (happy-dom) measure 0 and stay put.
    const win = (doc ?? document).defaultView;
    if (win) {
      // Measured at the window's top left, where it has its natural size.
      this.dom.setCssStyles({ left: "0px", top: "0px" });
      const { width, height } = this.dom.getBoundingClientRect();
      const x = width > 0 && position.x + width > win.innerWidth ? Math.max(0, win.innerWidth - width) : position.x;
      const y = height > 0 && position.y + height > win.innerHeight ? Math.max(0, position.y - height) : position.y;
      this.dom.setCssStyles({ left: `${x}px`, top: `${y}px` });
    }
    this.shown = true;
    this.load();
    shownMenus.push(this);
    return this;
  }

  hide(): this {
    if (!this.shown) return this;
    this.shown = false;
    this.dom.detach();
    this.unload();
    for (const cb of this.hideCallbacks) cb();
    return this;
  }

  close(): void {
    this.hide();
  }

  onHide(callback: () => any): void {
    this.hideCallbacks.push(callback);
  }

  static forEvent(_evt: PointerEvent | MouseEvent): Menu {
    return new Menu();
  }

  /** Test helper: titles of the items, in the order added. */
  titles(): string[] {
    return this.items.filter((i): i is MenuItem => i instanceof MenuItem).map((i) => i.title);
  }

  /** Test helper: clicks the first item with this title. */
  clickItem(title: string): void {
    const item = this.items.find((i): i is MenuItem => i instanceof MenuItem && i.title === title);
    if (!item) throw new Error(`No menu item "${title}" (have: ${this.titles().join(", ")})`);
    item.click();
  }
}
