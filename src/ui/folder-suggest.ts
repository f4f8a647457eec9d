// Folder search under a text field (the settings' folder fields): the vault's folders, matched by
// any part of their path, as Obsidian's own folder settings offer them.

import { AbstractInputSuggest, prepareFuzzySearch, TFolder, type App } from "obsidian";

export class FolderSuggest extends AbstractInputSuggest<string> {
  constructor(
    app: App,
    private readonly input: HTMLInputElement,
    private readonly chosen: (folder: string) => void,
  ) {
    super(app, input);
    this.limit = 50;
  }

  /** Every folder of the vault but its root, by path. */
  folders(): string[] {
    return this.app.vault
      .getAllLoadedFiles()
      .filter((f): f is TFolder => f instanceof TFolder && !f.isRoot())
      .map((f) => f.path)
      .sort((a, b) => a.localeCompare(b));
  }

  protected getSuggestions(query: string): string[] {
    const q = query.trim();
    const all = this.folders();
    if (q === "") return all.slice(0, this.limit);
    const match = prepareFuzzySearch(q);
    return all.filter((path) => match(path) !== null);
  }

  renderSuggestion(folder: string, el: HTMLElement): void {
    el.setText(folder);
  }

  override selectSuggestion(folder: string): void {
    this.input.value = folder;
    this.input.title = folder;
    this.chosen(folder);
    this.close();
  }
}
