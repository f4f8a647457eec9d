// A small picker for the lifecycle commands: a client, a status, a workflow… chosen from a list
// with fuzzy search. The choice is handed to a callback (Obsidian closes the modal first).

import { SuggestModal, prepareFuzzySearch, type App } from "obsidian";
import type { Client } from "../core/shared/types";
import type { Host } from "./host";
import { classifyPath } from "../core/shared/paths";

export interface PickItem<T> {
  value: T;
  label: string;
  note?: string;
}

export class PickModal<T> extends SuggestModal<PickItem<T>> {
  constructor(
    app: App,
    private readonly items: PickItem<T>[],
    placeholder: string,
    private readonly onPick: (value: T) => void,
    empty?: string,
  ) {
    super(app);
    this.modalEl.addClass("client-desk-picker");
    this.setPlaceholder(placeholder);
    if (empty) this.emptyStateText = empty;
  }

  getSuggestions(query: string): PickItem<T>[] {
    const match = prepareFuzzySearch(query.trim());
    return this.items.filter((i) => match(i.label) !== null);
  }

  renderSuggestion(item: PickItem<T>, el: HTMLElement): void {
    el.addClass("client-desk-suggestion");
    el.createDiv({ cls: "client-desk-suggestion-title", text: item.label });
    if (item.note) el.createDiv({ cls: "client-desk-suggestion-note", text: item.note });
  }

  onChooseSuggestion(item: PickItem<T>): void {
    this.onPick(item.value);
  }
}

/** The client of the note open now, when it lives in a client folder. */
export function activeClient(host: Pick<Host, "app" | "indexer">): Client | null {
  const file = host.app.workspace.getActiveFile();
  if (!file) return null;
  const index = host.indexer.index;
  const kind = classifyPath(file.path, index.layout);
  if (kind.kind === "other" || kind.kind === "plan" || kind.kind === "calendar" || kind.kind === "person" || kind.kind === "approval") return null;
  return index.client(kind.key);
}

/** Picks a client: the active note's client first, archived clients last. */
export function pickClient(host: Pick<Host, "app" | "t" | "indexer">, placeholder: string, onPick: (c: Client) => void, keep: (c: Client) => boolean = () => true): void {
  const active = activeClient(host);
  const clients = host.indexer.index
    .clients()
    .filter(keep)
    .sort((a, b) => Number(b.key === active?.key) - Number(a.key === active?.key) || Number(a.status === "archived") - Number(b.status === "archived"));
  const t = host.t;
  const items = clients.map((c) => ({ value: c, label: c.name, note: t(`lifecycle.status.${c.status}`) }));
  new PickModal(host.app, items, placeholder, onPick, t("lifecycle.pick.no-client")).open();
}
