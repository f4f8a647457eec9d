// One row of the client overview: a client's colour, the title that opens the note (click or
// Enter), and a line saying whose it is and when it is due on both clocks.

import { Keymap, type App, type Component, type WorkspaceLeaf } from "obsidian";
import type { AgendaClient, AgendaTask } from "../../core/overview/agenda";
import type { Translate } from "../../core/i18n";
import { readableDueParts } from "../../core/overview/agenda-text";
import type { Language } from "../../core/shared/types";
import { clientColorProps } from "../../ui/client-color";

export interface ItemContext {
  app: App;
  owner: Component;
  t: Translate;
  /** The VA's zone: a client in the same zone needs no second clock. */
  zone: string;
  /** The overview's own leaf, which a note must not replace. */
  leaf: WorkspaceLeaf;
  /** The UI language, for dates. */
  language: Language;
}

/** Opens a note beside the overview: a new tab, split or window with a modifier, as Obsidian does. */
function openNote(ctx: ItemContext, path: string, evt: MouseEvent | KeyboardEvent): void {
  const file = ctx.app.vault.getFileByPath(path);
  if (!file) return;
  let leaf = ctx.app.workspace.getLeaf(Keymap.isModEvent(evt));
  if (leaf === ctx.leaf) leaf = ctx.app.workspace.getLeaf("tab");
  void leaf.openFile(file);
}

/** A list item that opens `file` on click or Enter; `focusKey` lets focus survive a redraw. */
export function openableItem(ctx: ItemContext, list: HTMLElement, file: string, title: string, who: AgendaClient, focusKey: string): HTMLElement {
  const li = list.createEl("li", {
    cls: "client-desk-agenda-item",
    attr: { tabindex: "0", role: "link", "aria-label": ctx.t("agenda.open", { title }), "data-path": file, "data-focus": focusKey },
  });
  const dot = li.createSpan({ cls: "client-desk-agenda-dot", attr: { "aria-hidden": "true" } });
  if (who.color !== null) dot.setCssProps(clientColorProps("--client-desk-agenda-color", who.color));
  const main = li.createDiv({ cls: "client-desk-agenda-main" });
  main.createDiv({ cls: "client-desk-agenda-title", text: title });
  const open = (evt: MouseEvent | KeyboardEvent) => openNote(ctx, file, evt);
  ctx.owner.registerDomEvent(li, "click", (evt) => {
    // Buttons inside the row do their own thing.
    if ((evt.target as HTMLElement).closest("button")) return;
    open(evt);
  });
  ctx.owner.registerDomEvent(li, "keydown", (evt) => {
    if (evt.key !== "Enter" || evt.target !== li) return;
    evt.preventDefault();
    open(evt);
  });
  return main;
}

/** "Harbour Goods · Waiting on client · Due Fri, 27 Nov, 20:00 your time · end of Fri, 27 Nov in Sydney" */
export function taskMeta(ctx: ItemContext, main: HTMLElement, t: AgendaTask): void {
  const parts = [t.clientName];
  if (t.status !== "todo") parts.push(ctx.t(`agenda.status.${t.status}`));
  parts.push(...readableDueParts(ctx.t, t, ctx.zone, ctx.language));
  metaLine(main, parts);
}

/**
 * Parts wrap as wholes in a narrow pane, so a date is never cut in two; the "·" between two parts
 * ends the first one's line, so a wrapped line never starts with it.
 */
export function metaLine(main: HTMLElement, parts: readonly string[]): void {
  const line = main.createDiv({ cls: "client-desk-agenda-meta" });
  parts.forEach((part, i) => {
    if (i > 0) line.appendText(" ");
    line.createSpan({ cls: "client-desk-agenda-part", text: i < parts.length - 1 ? `${part} ·` : part });
  });
}

export function taskItem(ctx: ItemContext, list: HTMLElement, t: AgendaTask, section: string): HTMLElement {
  const main = openableItem(ctx, list, t.file, t.title, t, `${section}:${t.file}`);
  taskMeta(ctx, main, t);
  return main.parentElement as HTMLElement;
}

/** A list, or a muted line when it is empty. */
export function listOr(parent: HTMLElement, count: number, empty: string): HTMLElement | null {
  if (count === 0) {
    parent.createDiv({ cls: "client-desk-agenda-empty", text: empty });
    return null;
  }
  return parent.createEl("ul", { cls: "client-desk-agenda-list" });
}
