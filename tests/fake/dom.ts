// Obsidian's DOM helpers (createEl, addClass, setText, …) installed on the prototypes, the same
// way Obsidian does before any plugin code runs. Works under happy-dom and in real Chromium.
// Never uses innerHTML. installDomHelpers() and installLanguageHelpers() are idempotent.

type AttrValue = string | number | boolean | null;

interface ElementInfo {
  cls?: string | string[];
  text?: string | DocumentFragment;
  attr?: Record<string, AttrValue>;
  title?: string;
  parent?: Node;
  value?: string;
  type?: string;
  prepend?: boolean;
  placeholder?: string;
  href?: string;
}

const SVG_NS = "http://www.w3.org/2000/svg";
const INSTALLED = Symbol.for("client-desk.fake.dom-installed");

function define(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
}

function defineGetter(target: object, name: string, get: () => unknown): void {
  Object.defineProperty(target, name, { get, configurable: true, enumerable: false });
}

function toInfo(o: ElementInfo | string | undefined): ElementInfo {
  if (typeof o === "string") return { cls: o };
  return o ?? {};
}

function applyClasses(el: Element, cls: string | string[] | undefined): void {
  if (cls === undefined) return;
  const list = (Array.isArray(cls) ? cls : cls.split(" ")).filter((c) => c.length > 0);
  for (const c of list) el.classList.add(c);
}

function setAttrOn(el: Element, name: string, value: AttrValue): void {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, String(value));
}

function setTextOn(el: Node, val: string | DocumentFragment): void {
  if (typeof val === "string") {
    el.textContent = val;
  } else {
    while (el.firstChild) el.removeChild(el.firstChild);
    el.appendChild(val);
  }
}

function place(el: Element, parent: Node | undefined, prepend: boolean | undefined): void {
  if (!parent) return;
  if (prepend) parent.insertBefore(el, parent.firstChild);
  else parent.appendChild(el);
}

function docOf(node: Node | undefined): Document {
  if (node && node.nodeType === 9) return node as Document;
  return node?.ownerDocument ?? document;
}

function makeEl(doc: Document, tag: string, o: ElementInfo | string | undefined, cb?: (el: HTMLElement) => void): HTMLElement {
  const info = toInfo(o);
  const el = doc.createElement(tag);
  applyClasses(el, info.cls);
  if (info.text !== undefined && info.text !== null) setTextOn(el, info.text);
  if (info.attr) for (const [k, v] of Object.entries(info.attr)) setAttrOn(el, k, v);
  if (info.title !== undefined) el.title = info.title;
  const view = doc.defaultView ?? window;
  if (info.value !== undefined) {
    if (el instanceof view.HTMLInputElement || el instanceof view.HTMLSelectElement || el instanceof view.HTMLOptionElement || el instanceof view.HTMLTextAreaElement || el instanceof view.HTMLButtonElement) {
      (el as HTMLInputElement).value = info.value;
    }
  }
  if (info.type !== undefined) {
    if (el instanceof view.HTMLInputElement) el.type = info.type;
    else el.setAttribute("type", info.type);
  }
  if (info.placeholder !== undefined && (el instanceof view.HTMLInputElement || el instanceof view.HTMLTextAreaElement)) {
    el.placeholder = info.placeholder;
  }
  if (info.href !== undefined && (el instanceof view.HTMLAnchorElement || el instanceof view.HTMLLinkElement || el instanceof view.HTMLBaseElement)) {
    el.href = info.href;
  }
  if (cb) cb(el);
  place(el, info.parent, info.prepend);
  return el;
}

function makeSvg(doc: Document, tag: string, o: ElementInfo | string | undefined, cb?: (el: SVGElement) => void): SVGElement {
  const info = toInfo(o);
  const el: SVGElement = doc.createElementNS(SVG_NS, tag);
  applyClasses(el, info.cls);
  if (info.attr) for (const [k, v] of Object.entries(info.attr)) setAttrOn(el, k, v);
  if (cb) cb(el);
  place(el, info.parent, info.prepend);
  return el;
}

function isHidden(el: Element): boolean {
  const style = (el as HTMLElement).style;
  if (style && style.display === "none") return true;
  const view = el.ownerDocument?.defaultView;
  if (view && typeof view.getComputedStyle === "function") {
    try {
      return view.getComputedStyle(el).display === "none";
    } catch {
      return false;
    }
  }
  return false;
}

function matchParent(start: Element, selector: string, lastParent?: Element): Element | null {
  for (let el: Element | null = start; el; el = el.parentElement) {
    if (el.matches(selector)) return el;
    if (el === lastParent) return null;
  }
  return null;
}

function isShown(start: HTMLElement): boolean {
  if (!start.isConnected) return false;
  const doc = start.ownerDocument;
  for (let el: Element | null = start; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
    if (isHidden(el)) return false;
  }
  return true;
}

/** Installs Obsidian's DOM prototype extensions and globals. Safe to call many times. */
export function installDomHelpers(win: Window & typeof globalThis = globalThis as Window & typeof globalThis): void {
  if (typeof win.Node === "undefined" || typeof win.document === "undefined") return;
  // The mark sits on Node.prototype, not on the global: a test runner may give the same global a
  // new DOM (new prototypes) for each test file.
  const marker = win.Node.prototype as unknown as Record<symbol, boolean>;
  if (Object.prototype.hasOwnProperty.call(marker, INSTALLED)) return;
  Object.defineProperty(marker, INSTALLED, { value: true, enumerable: false });

  const NodeP = win.Node.prototype;
  const ElementP = win.Element.prototype;
  const HTMLElementP = win.HTMLElement.prototype;
  const SVGElementP = win.SVGElement.prototype;
  const FragmentP = win.DocumentFragment.prototype;
  const DocumentP = win.Document.prototype;

  // ---- Node
  define(NodeP, "createEl", function (this: Node, tag: string, o?: ElementInfo | string, cb?: (el: HTMLElement) => void) {
    const info = { ...toInfo(o), parent: this };
    return makeEl(docOf(this), tag, info, cb);
  });
  define(NodeP, "createDiv", function (this: Node, o?: ElementInfo | string, cb?: (el: HTMLElement) => void) {
    return this.createEl("div", o, cb);
  });
  define(NodeP, "createSpan", function (this: Node, o?: ElementInfo | string, cb?: (el: HTMLElement) => void) {
    return this.createEl("span", o, cb);
  });
  define(NodeP, "createSvg", function (this: Node, tag: string, o?: ElementInfo | string, cb?: (el: SVGElement) => void) {
    const info = { ...toInfo(o), parent: this };
    return makeSvg(docOf(this), tag, info, cb);
  });
  define(NodeP, "detach", function (this: Node) {
    this.parentNode?.removeChild(this);
  });
  define(NodeP, "empty", function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  });
  define(NodeP, "insertAfter", function <T extends Node>(this: Node, node: T, child: Node | null): T {
    this.insertBefore(node, child ? child.nextSibling : this.firstChild);
    return node;
  });
  define(NodeP, "indexOf", function (this: Node, other: Node) {
    return Array.prototype.indexOf.call(this.childNodes, other);
  });
  define(NodeP, "setChildrenInPlace", function (this: Node, children: Node[]) {
    const keep = new Set(children);
    for (const c of Array.from(this.childNodes)) if (!keep.has(c)) this.removeChild(c);
    let cursor: Node | null = this.firstChild;
    for (const c of children) {
      if (c === cursor) cursor = cursor.nextSibling;
      else this.insertBefore(c, cursor);
    }
  });
  define(NodeP, "appendText", function (this: Node, val: string) {
    this.appendChild(docOf(this).createTextNode(val));
  });
  define(NodeP, "instanceOf", function (this: Node, type: { new (): unknown }) {
    return this instanceof (type as unknown as new () => Node);
  });
  defineGetter(NodeP, "doc", function (this: Node) {
    return docOf(this);
  });
  defineGetter(NodeP, "win", function (this: Node) {
    return docOf(this).defaultView ?? win;
  });
  defineGetter(NodeP, "constructorWin", function (this: Node) {
    return docOf(this).defaultView ?? win;
  });

  // ---- Element
  define(ElementP, "getText", function (this: Element) {
    return this.textContent ?? "";
  });
  define(ElementP, "setText", function (this: Element, val: string | DocumentFragment) {
    setTextOn(this, val);
  });
  define(ElementP, "addClass", function (this: Element, ...classes: string[]) {
    for (const c of classes) if (c) this.classList.add(c);
  });
  define(ElementP, "addClasses", function (this: Element, classes: string[]) {
    for (const c of classes) if (c) this.classList.add(c);
  });
  define(ElementP, "removeClass", function (this: Element, ...classes: string[]) {
    for (const c of classes) if (c) this.classList.remove(c);
  });
  define(ElementP, "removeClasses", function (this: Element, classes: string[]) {
    for (const c of classes) if (c) this.classList.remove(c);
  });
  define(ElementP, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
    for (const c of Array.isArray(classes) ? classes : [classes]) if (c) this.classList.toggle(c, value);
  });
  define(ElementP, "hasClass", function (this: Element, cls: string) {
    return this.classList.contains(cls);
  });
  define(ElementP, "setAttr", function (this: Element, name: string, value: AttrValue) {
    setAttrOn(this, name, value);
  });
  define(ElementP, "setAttrs", function (this: Element, obj: Record<string, AttrValue>) {
    for (const [k, v] of Object.entries(obj)) setAttrOn(this, k, v);
  });
  define(ElementP, "getAttr", function (this: Element, name: string) {
    return this.getAttribute(name);
  });
  define(ElementP, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
    return matchParent(this, selector, lastParent);
  });
  define(ElementP, "getCssPropertyValue", function (this: Element, property: string, pseudo?: string) {
    const view = this.ownerDocument?.defaultView ?? win;
    return view.getComputedStyle(this, pseudo).getPropertyValue(property);
  });
  define(ElementP, "isActiveElement", function (this: Element) {
    return this.ownerDocument?.activeElement === this;
  });
  define(ElementP, "find", function (this: Element, selector: string) {
    return this.querySelector(selector);
  });
  define(ElementP, "findAll", function (this: Element, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });
  define(ElementP, "findAllSelf", function (this: Element, selector: string) {
    const found = Array.from(this.querySelectorAll(selector));
    if (this.matches(selector)) found.unshift(this);
    return found;
  });
  define(FragmentP, "find", function (this: DocumentFragment, selector: string) {
    return this.querySelector(selector);
  });
  define(FragmentP, "findAll", function (this: DocumentFragment, selector: string) {
    return Array.from(this.querySelectorAll(selector));
  });

  // ---- HTMLElement / SVGElement
  for (const P of [HTMLElementP, SVGElementP]) {
    define(P, "setCssStyles", function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
      Object.assign(this.style, styles);
    });
    define(P, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
      for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
    });
  }
  define(HTMLElementP, "show", function (this: HTMLElement) {
    this.style.removeProperty("display");
  });
  define(HTMLElementP, "hide", function (this: HTMLElement) {
    this.setCssProps({ display: "none" });
  });
  define(HTMLElementP, "toggle", function (this: HTMLElement, show: boolean) {
    if (show) this.show();
    else this.hide();
  });
  define(HTMLElementP, "toggleVisibility", function (this: HTMLElement, visible: boolean) {
    this.style.visibility = visible ? "" : "hidden";
  });
  define(HTMLElementP, "isShown", function (this: HTMLElement) {
    return isShown(this);
  });
  defineGetter(HTMLElementP, "innerWidth", function (this: HTMLElement) {
    const view = this.ownerDocument.defaultView ?? win;
    const cs = view.getComputedStyle(this);
    return this.clientWidth - (parseFloat(cs.paddingLeft) || 0) - (parseFloat(cs.paddingRight) || 0);
  });
  defineGetter(HTMLElementP, "innerHeight", function (this: HTMLElement) {
    const view = this.ownerDocument.defaultView ?? win;
    const cs = view.getComputedStyle(this);
    return this.clientHeight - (parseFloat(cs.paddingTop) || 0) - (parseFloat(cs.paddingBottom) || 0);
  });
  define(HTMLElementP, "onClickEvent", function (this: HTMLElement, listener: (ev: MouseEvent) => unknown, options?: boolean | AddEventListenerOptions) {
    this.addEventListener("click", listener as EventListener, options);
    this.addEventListener("auxclick", listener as EventListener, options);
  });
  define(HTMLElementP, "trigger", function (this: HTMLElement, eventType: string) {
    this.dispatchEvent(new (this.ownerDocument.defaultView ?? win).Event(eventType, { bubbles: true, cancelable: true }));
  });
  define(HTMLElementP, "onNodeInserted", function (this: HTMLElement, listener: () => unknown, once?: boolean) {
    const view = this.ownerDocument.defaultView ?? win;
    let stopped = false;
    let wasConnected = this.isConnected;
    const observer = new view.MutationObserver(() => {
      if (stopped) return;
      const now = this.isConnected;
      if (now && !wasConnected) {
        listener();
        if (once) stop();
      }
      wasConnected = now;
    });
    const stop = (): void => {
      stopped = true;
      observer.disconnect();
    };
    observer.observe(this.ownerDocument, { childList: true, subtree: true });
    return stop;
  });
  define(HTMLElementP, "onWindowMigrated", function () {
    return () => undefined;
  });

  // Delegated events: el.on('click', '.selector', listener)
  type Listener = (this: unknown, ev: Event, delegateTarget: Element) => unknown;
  type Delegated = { selector: string; listener: Listener; options?: boolean | AddEventListenerOptions; callback: EventListener };
  const delegatedOn = function (this: HTMLElement | Document, type: string, selector: string, listener: Listener, options?: boolean | AddEventListenerOptions) {
    const host = this as unknown as { _EVENTS?: Record<string, Delegated[]> };
    host._EVENTS ??= {};
    const list = (host._EVENTS[type] ??= []);
    const callback: EventListener = (ev: Event) => {
      const target = ev.target as Element | null;
      const match = target && typeof target.closest === "function" ? target.closest(selector) : null;
      if (match && (this === match || (this as Node).contains(match))) listener.call(this, ev, match);
    };
    list.push({ selector, listener, options, callback });
    this.addEventListener(type, callback, options);
  };
  const delegatedOff = function (this: HTMLElement | Document, type: string, selector: string, listener: Listener, options?: boolean | AddEventListenerOptions) {
    const host = this as unknown as { _EVENTS?: Record<string, Delegated[]> };
    const list = host._EVENTS?.[type];
    if (!list) return;
    for (let i = list.length - 1; i >= 0; i--) {
      const d = list[i];
      if (d.selector === selector && d.listener === listener) {
        this.removeEventListener(type, d.callback, options ?? d.options);
        list.splice(i, 1);
      }
    }
  };
  define(HTMLElementP, "on", delegatedOn);
  define(HTMLElementP, "off", delegatedOff);
  define(DocumentP, "on", delegatedOn);
  define(DocumentP, "off", delegatedOff);

  // ---- UIEvent
  const UIEventP = win.UIEvent?.prototype;
  if (UIEventP) {
    defineGetter(UIEventP, "targetNode", function (this: UIEvent) {
      return this.target instanceof win.Node ? this.target : null;
    });
    defineGetter(UIEventP, "win", function (this: UIEvent) {
      return this.view ?? win;
    });
    defineGetter(UIEventP, "doc", function (this: UIEvent) {
      return (this.view ?? win).document;
    });
    define(UIEventP, "instanceOf", function (this: UIEvent, type: new (...args: unknown[]) => unknown) {
      return this instanceof type;
    });
  }

  // ---- globals
  const g = win as unknown as Record<string, unknown>;
  define(g, "createEl", (tag: string, o?: ElementInfo | string, cb?: (el: HTMLElement) => void) => makeEl(win.document, tag, o, cb));
  define(g, "createDiv", (o?: ElementInfo | string, cb?: (el: HTMLElement) => void) => makeEl(win.document, "div", o, cb));
  define(g, "createSpan", (o?: ElementInfo | string, cb?: (el: HTMLElement) => void) => makeEl(win.document, "span", o, cb));
  define(g, "createSvg", (tag: string, o?: ElementInfo | string, cb?: (el: SVGElement) => void) => makeSvg(win.document, tag, o, cb));
  define(g, "createFragment", (cb?: (el: DocumentFragment) => void) => {
    const frag = win.document.createDocumentFragment();
    if (cb) cb(frag);
    return frag;
  });
  define(g, "fish", (selector: string) => win.document.querySelector(selector));
  define(g, "fishAll", (selector: string) => Array.from(win.document.querySelectorAll(selector)));
  define(g, "ready", (fn: () => unknown) => {
    if (win.document.readyState !== "loading") fn();
    else win.document.addEventListener("DOMContentLoaded", () => fn(), { once: true });
  });
  Object.defineProperty(g, "activeWindow", { value: win, configurable: true, writable: true, enumerable: false });
  Object.defineProperty(g, "activeDocument", { value: win.document, configurable: true, writable: true, enumerable: false });
  Object.defineProperty(g, "nextFrame", {
    value: () => new Promise<void>((resolve) => (typeof win.requestAnimationFrame === "function" ? win.requestAnimationFrame(() => resolve()) : setTimeout(resolve, 16))),
    configurable: true,
    writable: true,
    enumerable: false,
  });
}

/**
 * Obsidian's non-DOM global extensions (Array#first, String#contains, Math.clamp, sleep, …).
 * Kept apart from installDomHelpers so tests of plain Node code (the CLI) do not get them: only
 * code that imports "obsidian" runs where they exist.
 */
export function installLanguageHelpers(win: Window & typeof globalThis = globalThis as Window & typeof globalThis): void {
  const g = win as unknown as Record<string, unknown>;
  const ArrayP = Array.prototype as unknown as Record<string, unknown>;
  if (!("first" in ArrayP)) {
    define(ArrayP, "first", function (this: unknown[]) {
      return this.length > 0 ? this[0] : undefined;
    });
    define(ArrayP, "last", function (this: unknown[]) {
      return this.length > 0 ? this[this.length - 1] : undefined;
    });
    define(ArrayP, "contains", function (this: unknown[], target: unknown) {
      return this.indexOf(target) !== -1;
    });
    define(ArrayP, "remove", function (this: unknown[], target: unknown) {
      for (let i = this.length - 1; i >= 0; i--) if (this[i] === target) this.splice(i, 1);
    });
    define(ArrayP, "shuffle", function (this: unknown[]) {
      for (let i = this.length - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [this[i], this[j]] = [this[j], this[i]];
      }
      return this;
    });
    define(ArrayP, "unique", function (this: unknown[]) {
      return Array.from(new Set(this));
    });
  }
  const ArrayC = Array as unknown as Record<string, unknown>;
  if (!("combine" in ArrayC)) define(ArrayC, "combine", (arrays: unknown[][]) => ([] as unknown[]).concat(...arrays));
  const ObjectC = Object as unknown as Record<string, unknown>;
  if (!("isEmpty" in ObjectC)) {
    define(ObjectC, "isEmpty", (obj: Record<string, unknown>) => Object.keys(obj).length === 0);
    define(ObjectC, "each", (obj: Record<string, unknown>, cb: (v: unknown, k?: string) => boolean | void, ctx?: unknown) => {
      for (const k of Object.keys(obj)) if (cb.call(ctx, obj[k], k) === false) return false;
      return true;
    });
  }
  const MathO = Math as unknown as Record<string, unknown>;
  if (!("clamp" in MathO)) {
    define(MathO, "clamp", (v: number, min: number, max: number) => Math.min(Math.max(v, min), max));
    define(MathO, "square", (v: number) => v * v);
  }
  const StringC = String as unknown as Record<string, unknown>;
  if (!("isString" in StringC)) define(StringC, "isString", (obj: unknown) => typeof obj === "string");
  const StringP = String.prototype as unknown as Record<string, unknown>;
  if (!("contains" in StringP)) {
    define(StringP, "contains", function (this: string, target: string) {
      return this.indexOf(target) !== -1;
    });
    define(StringP, "format", function (this: string, ...args: string[]) {
      return this.replace(/{(\d+)}/g, (m, n: string) => (args[Number(n)] !== undefined ? args[Number(n)] : m));
    });
  }
  const NumberC = Number as unknown as Record<string, unknown>;
  if (!("isNumber" in NumberC)) define(NumberC, "isNumber", (obj: unknown) => typeof obj === "number");
  if (!("isBoolean" in g)) define(g, "isBoolean", (obj: unknown) => typeof obj === "boolean");
  if (!("sleep" in g)) define(g, "sleep", (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
}
