// Keys, pointers and wheels in every Obsidian window count as activity for the idle question: the
// main window's document, each popout's as it opens (and those already open at load), each one let
// go when its window closes, all of them on unload.

import type { Component, Workspace } from "obsidian";

const EVENTS = ["keydown", "pointerdown", "wheel"] as const;
const OPTIONS: AddEventListenerOptions = { capture: true, passive: true };

export function watchActivity(owner: Component, workspace: Workspace, mark: () => void): void {
  const watched = new Map<Document, () => void>();
  const watch = (doc: Document) => {
    if (watched.has(doc)) return;
    for (const name of EVENTS) doc.addEventListener(name, mark, OPTIONS);
    watched.set(doc, () => {
      for (const name of EVENTS) doc.removeEventListener(name, mark, OPTIONS);
    });
  };
  const unwatch = (doc: Document) => {
    watched.get(doc)?.();
    watched.delete(doc);
  };
  watch(activeDocument);
  // Popouts restored with the layout opened before this plugin loaded: found through their leaves.
  workspace.iterateAllLeaves((leaf) => watch(leaf.view.containerEl.ownerDocument));
  owner.registerEvent(workspace.on("window-open", (_popout, win) => watch(win.document)));
  owner.registerEvent(workspace.on("window-close", (_popout, win) => unwatch(win.document)));
  owner.register(() => {
    for (const stop of watched.values()) stop();
    watched.clear();
  });
}
