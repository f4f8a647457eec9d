// Events and Component, with the same semantics as Obsidian's: handlers run in order on a copy of the
// list, a throwing handler is logged and does not stop the others, unload runs children first,
// then onunload, then every registered cleanup. Live registrations are counted for leak tests.
import type * as O from "obsidian";

export interface FakeEventRef extends O.EventRef {
  e: Events;
  name: string;
  fn: (...data: unknown[]) => unknown;
  ctx?: unknown;
}

/** Errors thrown by event handlers. Obsidian logs and swallows them; tests can assert this stays empty. */
export const handlerErrors: { event: string; error: unknown }[] = [];

export class Events implements O.Events {
  /** Handlers by event name, like Obsidian's private `_`. */
  _: Record<string, FakeEventRef[]> = {};

  on(name: string, callback: (...data: any[]) => unknown, ctx?: any): O.EventRef {
    const ref: FakeEventRef = { e: this, name, fn: callback, ctx };
    (this._[name] ??= []).push(ref);
    return ref;
  }

  off(name: string, callback: (...data: any[]) => unknown): void {
    const list = this._[name];
    if (!list) return;
    this._[name] = list.filter((r) => r.fn !== callback);
    if (this._[name].length === 0) delete this._[name];
  }

  offref(ref: O.EventRef): void {
    const r = ref as FakeEventRef;
    const list = this._[r.name];
    if (!list) return;
    this._[r.name] = list.filter((x) => x !== r);
    if (this._[r.name].length === 0) delete this._[r.name];
  }

  trigger(name: string, ...data: unknown[]): void {
    const list = this._[name];
    if (!list) return;
    for (const ref of list.slice()) this.tryTrigger(ref, data);
  }

  tryTrigger(evt: O.EventRef, args: unknown[]): void {
    const r = evt as FakeEventRef;
    try {
      r.fn.apply(r.ctx, args);
    } catch (error) {
      handlerErrors.push({ event: r.name, error });
      console.error(error);
    }
  }

  /** Test helper: number of handlers attached, for one event name or all. */
  listenerCount(name?: string): number {
    if (name !== undefined) return this._[name]?.length ?? 0;
    return Object.values(this._).reduce((n, l) => n + l.length, 0);
  }
}

export type RegistrationKind = "dom" | "event" | "interval" | "callback";

interface Registration {
  kind: RegistrationKind;
  owner: Component;
}

const liveRegs = new Set<Registration>();
const loadedComponents = new Set<Component>();

/** Test helper: registrations made through Component.register* not yet cleaned up by unload. */
export function liveRegistrations(owner?: Component): { dom: number; event: number; interval: number; callback: number; total: number } {
  const out = { dom: 0, event: 0, interval: 0, callback: 0, total: 0 };
  for (const r of liveRegs) {
    if (owner && !isOwnedBy(r.owner, owner)) continue;
    out[r.kind]++;
    out.total++;
  }
  return out;
}

/** Internal (resetFake): unloads every component still loaded, running its cleanups. */
export function unloadAllComponents(): void {
  for (const c of [...loadedComponents]) if (c._parent === null) c.unload();
  for (const c of [...loadedComponents]) c.unload();
  liveRegs.clear();
}

/** Test helper: components that are loaded and not yet unloaded. */
export function loadedComponentCount(): number {
  return loadedComponents.size;
}

function isOwnedBy(c: Component, owner: Component): boolean {
  let cur: Component | null = c;
  while (cur) {
    if (cur === owner) return true;
    cur = cur._parent;
  }
  return false;
}

export class Component implements O.Component {
  _loaded = false;
  _events: (() => unknown)[] = [];
  _children: Component[] = [];
  _parent: Component | null = null;
  /** What onload() returned (a promise for async plugins), so loadPlugin can await it. */
  _onloadResult: unknown;

  load(): void {
    if (this._loaded) return;
    this._loaded = true;
    loadedComponents.add(this);
    this._onloadResult = this.onload();
    for (const child of this._children.slice()) child.load();
  }

  onload(): void {}

  unload(): void {
    if (!this._loaded) return;
    this._loaded = false;
    loadedComponents.delete(this);
    const children = this._children;
    this._children = [];
    for (const child of children) {
      child.unload();
      child._parent = null;
    }
    this.onunload();
    const events = this._events;
    this._events = [];
    for (const cb of events) {
      try {
        cb();
      } catch (error) {
        console.error(error);
      }
    }
  }

  onunload(): void {}

  addChild<T extends O.Component>(component: T): T {
    const c = component as unknown as Component;
    this._children.push(c);
    c._parent = this;
    if (this._loaded) c.load();
    return component;
  }

  removeChild<T extends O.Component>(component: T): T {
    const c = component as unknown as Component;
    const i = this._children.indexOf(c);
    if (i !== -1) {
      this._children.splice(i, 1);
      c.unload();
      c._parent = null;
    }
    return component;
  }

  register(cb: () => any): void {
    this.track("callback", cb);
  }

  registerEvent(eventRef: O.EventRef): void {
    const ref = eventRef as FakeEventRef;
    this.track("event", () => ref.e.offref(ref));
  }

  registerDomEvent(el: Window | Document | HTMLElement, type: string, callback: (this: HTMLElement, ev: any) => any, options?: boolean | AddEventListenerOptions): void {
    el.addEventListener(type, callback as EventListener, options);
    this.track("dom", () => el.removeEventListener(type, callback as EventListener, options));
  }

  registerInterval(id: number): number {
    this.track("interval", () => clearInterval(id));
    return id;
  }

  private track(kind: RegistrationKind, cleanup: () => unknown): void {
    const reg: Registration = { kind, owner: this };
    liveRegs.add(reg);
    this._events.push(() => {
      liveRegs.delete(reg);
      return cleanup();
    });
  }
}

/** Test helper: handlers attached across several Events objects. */
export function totalEventListeners(among: Iterable<Events>): number {
  let n = 0;
  for (const e of among) n += e.listenerCount();
  return n;
}
