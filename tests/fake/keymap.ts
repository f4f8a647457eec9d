// Scope and Keymap: key handlers in a stack of scopes, the top one first, like Obsidian.
import type * as O from "obsidian";
import { Platform } from "./platform";

interface Handler extends O.KeymapEventHandler {
  func: O.KeymapEventListener;
  mods: O.Modifier[];
}

export class Scope implements O.Scope {
  readonly parent: Scope | undefined;
  readonly handlers: Handler[] = [];

  constructor(parent?: Scope) {
    this.parent = parent;
  }

  register(modifiers: O.Modifier[] | null, key: string | null, func: O.KeymapEventListener): O.KeymapEventHandler {
    const mods = modifiers ?? [];
    const handler: Handler = { scope: this, modifiers: mods.join(","), key, func, mods };
    this.handlers.push(handler);
    return handler;
  }

  unregister(handler: O.KeymapEventHandler): void {
    const i = this.handlers.indexOf(handler as Handler);
    if (i !== -1) this.handlers.splice(i, 1);
  }

  /** Returns false when a handler consumed the event. */
  handleKey(evt: KeyboardEvent): boolean {
    for (const h of this.handlers) {
      if (h.key !== null && h.key.toLowerCase() !== evt.key.toLowerCase()) continue;
      if (h.mods.length > 0 || h.key !== null) {
        if (!h.mods.every((m) => Keymap.isModifier(evt, m))) continue;
      }
      const ctx: O.KeymapContext = { modifiers: h.modifiers, key: h.key, vkey: evt.key };
      if (h.func(evt, ctx) === false) return false;
    }
    return this.parent ? this.parent.handleKey(evt) : true;
  }
}

export class Keymap implements O.Keymap {
  readonly scopes: Scope[] = [];
  private readonly onKeyDown = (evt: KeyboardEvent): void => {
    const top = this.scopes[this.scopes.length - 1] ?? this.root;
    if (top && top.handleKey(evt) === false) evt.preventDefault();
  };
  private attachedTo: Window | null = null;

  constructor(private readonly root: Scope | null = null) {}

  pushScope(scope: O.Scope): void {
    this.scopes.push(scope as Scope);
  }

  popScope(scope: O.Scope): void {
    const i = this.scopes.lastIndexOf(scope as Scope);
    if (i !== -1) this.scopes.splice(i, 1);
  }

  attach(win: Window): void {
    if (this.attachedTo) return;
    this.attachedTo = win;
    win.addEventListener("keydown", this.onKeyDown);
  }

  detach(): void {
    this.attachedTo?.removeEventListener("keydown", this.onKeyDown);
    this.attachedTo = null;
  }

  static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: O.Modifier): boolean {
    const e = evt as KeyboardEvent;
    switch (modifier) {
      case "Mod":
        return Platform.isMacOS ? e.metaKey : e.ctrlKey;
      case "Ctrl":
        return e.ctrlKey;
      case "Meta":
        return e.metaKey;
      case "Shift":
        return e.shiftKey;
      case "Alt":
        return e.altKey;
    }
  }

  static isModEvent(evt?: O.UserEvent | null): O.PaneType | boolean {
    if (!evt) return false;
    const e = evt as MouseEvent;
    const mod = Keymap.isModifier(e, "Mod");
    if (mod && e.altKey && e.shiftKey) return "window";
    if (mod && e.altKey) return "split";
    if (mod) return "tab";
    if (e instanceof MouseEvent && e.button === 1) return "tab";
    return false;
  }
}
