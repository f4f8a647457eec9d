// SuggestModal, FuzzySuggestModal, PopoverSuggest and AbstractInputSuggest, with test hooks to
// type a query (setQuery) and pick the nth suggestion (chooseSuggestion).
import type * as O from "obsidian";
import { Scope } from "./keymap";
import { Modal } from "./modal";
import { prepareFuzzySearch, renderResults } from "./search";

interface Rendered<T> {
  value: T;
  el: HTMLElement;
}

/** Shared list rendering and keyboard selection. */
class SuggestionList<T> {
  items: Rendered<T>[] = [];
  selected = 0;

  constructor(
    private readonly containerEl: HTMLElement,
    private readonly owner: { renderSuggestion(value: T, el: HTMLElement): void; selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void },
  ) {}

  set(values: T[]): void {
    this.containerEl.empty();
    this.items = values.map((value, i) => {
      const el = this.containerEl.createDiv("suggestion-item");
      this.owner.renderSuggestion(value, el);
      el.addEventListener("click", (evt) => this.owner.selectSuggestion(value, evt));
      el.addEventListener("mousemove", () => this.select(i));
      return { value, el };
    });
    this.select(0);
  }

  select(i: number): void {
    if (this.items.length === 0) return;
    const n = ((i % this.items.length) + this.items.length) % this.items.length;
    this.items[this.selected]?.el.removeClass("is-selected");
    this.selected = n;
    this.items[n].el.addClass("is-selected");
  }

  useSelected(evt: MouseEvent | KeyboardEvent): void {
    const item = this.items[this.selected];
    if (item) this.owner.selectSuggestion(item.value, evt);
  }
}

export abstract class SuggestModal<T> extends Modal implements O.SuggestModal<T> {
  limit = 100;
  emptyStateText = "No results found.";
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  instructionsEl: HTMLElement;
  readonly _fakeList: SuggestionList<T>;
  _fakeUpdating: Promise<void> = Promise.resolve();

  constructor(app: O.App) {
    super(app);
    this.modalEl.empty();
    this.modalEl.addClass("prompt");
    const inputContainer = this.modalEl.createDiv("prompt-input-container");
    this.inputEl = inputContainer.createEl("input", { cls: "prompt-input", type: "text", attr: { enterkeyhint: "done" } });
    this.resultContainerEl = this.modalEl.createDiv("prompt-results");
    this.instructionsEl = this.modalEl.createDiv("prompt-instructions");
    this._fakeList = new SuggestionList<T>(this.resultContainerEl, this);
    this.inputEl.addEventListener("input", () => this._fakeUpdateSuggestions());
    this.scope.register([], "ArrowDown", () => {
      this._fakeList.select(this._fakeList.selected + 1);
      return false;
    });
    this.scope.register([], "ArrowUp", () => {
      this._fakeList.select(this._fakeList.selected - 1);
      return false;
    });
    this.scope.register([], "Enter", (evt) => {
      this.selectActiveSuggestion(evt);
      return false;
    });
  }

  override open(): void {
    super.open();
    this.inputEl.focus();
    this._fakeUpdateSuggestions();
  }

  setPlaceholder(placeholder: string): void {
    this.inputEl.placeholder = placeholder;
  }

  setInstructions(instructions: O.Instruction[]): void {
    this.instructionsEl.empty();
    for (const ins of instructions) {
      const el = this.instructionsEl.createDiv("prompt-instruction");
      el.createSpan({ cls: "prompt-instruction-command", text: ins.command });
      el.createSpan({ text: ins.purpose });
    }
  }

  onNoSuggestion(): void {
    this.resultContainerEl.empty();
    this.resultContainerEl.createDiv({ cls: "suggestion-empty", text: this.emptyStateText });
  }

  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }

  selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
    this._fakeList.useSelected(evt);
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

  /** Test helper: types a query and waits for the suggestions; returns them. */
  async _fakeSetQuery(query: string): Promise<T[]> {
    this.inputEl.value = query;
    this.inputEl.dispatchEvent(new Event("input", { bubbles: true }));
    await this._fakeUpdating;
    return this._fakeSuggestions();
  }

  /** Test helper: the suggestions shown now. */
  _fakeSuggestions(): T[] {
    return this._fakeList.items.map((i) => i.value);
  }

  /** Test helper: the rendered suggestion elements. */
  _fakeSuggestionEls(): HTMLElement[] {
    return this._fakeList.items.map((i) => i.el);
  }

  /** Test helper: clicks the nth suggestion (0-based). */
  _fakeChoose(n = 0): void {
    const item = this._fakeList.items[n];
    if (!item) throw new Error(`No suggestion #${n} (have ${this._fakeList.items.length})`);
    item.el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
  }

  _fakeUpdateSuggestions(): void {
    const query = this.inputEl.value;
    this._fakeUpdating = Promise.resolve(this.getSuggestions(query)).then((values) => {
      if (this.inputEl.value !== query) return;
      if (values.length === 0) {
        this._fakeList.set([]);
        this.onNoSuggestion();
        return;
      }
      this._fakeList.set(values.slice(0, this.limit));
    });
  }
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<O.FuzzyMatch<T>> implements O.FuzzySuggestModal<T> {
  getSuggestions(query: string): O.FuzzyMatch<T>[] {
    const search = prepareFuzzySearch(query);
    const out: O.FuzzyMatch<T>[] = [];
    for (const item of this.getItems()) {
      const match = search(this.getItemText(item));
      if (match) out.push({ item, match });
    }
    if (query.trim() !== "") out.sort((a, b) => b.match.score - a.match.score);
    return out;
  }

  renderSuggestion(item: O.FuzzyMatch<T>, el: HTMLElement): void {
    renderResults(el, this.getItemText(item.item), item.match);
  }

  onChooseSuggestion(item: O.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }

  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class PopoverSuggest<T> implements O.PopoverSuggest<T> {
  app: O.App;
  scope: Scope;
  suggestEl: HTMLElement;
  readonly _fakeList: SuggestionList<T>;
  _fakeIsOpen = false;

  constructor(app: O.App, scope?: O.Scope) {
    this.app = app;
    this.scope = new Scope((scope as Scope | undefined) ?? (app.scope as Scope));
    this.suggestEl = createDiv("suggestion-container");
    const inner = this.suggestEl.createDiv("suggestion");
    this._fakeList = new SuggestionList<T>(inner, this);
    this.scope.register([], "ArrowDown", () => {
      this._fakeList.select(this._fakeList.selected + 1);
      return false;
    });
    this.scope.register([], "ArrowUp", () => {
      this._fakeList.select(this._fakeList.selected - 1);
      return false;
    });
    this.scope.register([], "Enter", (evt) => {
      this._fakeList.useSelected(evt);
      return false;
    });
    this.scope.register([], "Escape", () => {
      this.close();
      return false;
    });
  }

  open(): void {
    if (this._fakeIsOpen) return;
    this._fakeIsOpen = true;
    document.body.appendChild(this.suggestEl);
    this.app.keymap.pushScope(this.scope);
  }

  close(): void {
    if (!this._fakeIsOpen) return;
    this._fakeIsOpen = false;
    this.suggestEl.detach();
    this.app.keymap.popScope(this.scope);
  }

  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void;
}

export abstract class AbstractInputSuggest<T> extends PopoverSuggest<T> implements Pick<O.AbstractInputSuggest<T>, "limit" | "setValue" | "getValue" | "selectSuggestion"> {
  limit = 100;
  readonly _fakeInputEl: HTMLInputElement | HTMLDivElement;
  _fakeSelectCb: ((value: T, evt: MouseEvent | KeyboardEvent) => any) | null = null;
  _fakeUpdating: Promise<void> = Promise.resolve();

  constructor(app: O.App, textInputEl: HTMLInputElement | HTMLDivElement) {
    super(app);
    this._fakeInputEl = textInputEl;
    textInputEl.addEventListener("input", () => this._fakeOnInput());
    textInputEl.addEventListener("focus", () => this._fakeOnInput());
    textInputEl.addEventListener("blur", () => this.close());
  }

  setValue(value: string): void {
    if (this._fakeInputEl instanceof HTMLInputElement) this._fakeInputEl.value = value;
    else this._fakeInputEl.textContent = value;
    this._fakeInputEl.dispatchEvent(new Event("input", { bubbles: true }));
  }

  getValue(): string {
    return this._fakeInputEl instanceof HTMLInputElement ? this._fakeInputEl.value : (this._fakeInputEl.textContent ?? "");
  }

  protected abstract getSuggestions(query: string): T[] | Promise<T[]>;

  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this._fakeSelectCb?.(value, evt);
  }

  onSelect(callback: (value: T, evt: MouseEvent | KeyboardEvent) => any): this {
    this._fakeSelectCb = callback;
    return this;
  }

  /** Test helper: types into the input and waits for suggestions. */
  async _fakeSetQuery(query: string): Promise<T[]> {
    if (this._fakeInputEl instanceof HTMLInputElement) this._fakeInputEl.value = query;
    else this._fakeInputEl.textContent = query;
    this._fakeOnInput();
    await this._fakeUpdating;
    return this._fakeList.items.map((i) => i.value);
  }

  /** Test helper: clicks the nth suggestion (0-based). */
  _fakeChoose(n = 0): void {
    const item = this._fakeList.items[n];
    if (!item) throw new Error(`No suggestion #${n} (have ${this._fakeList.items.length})`);
    item.el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
  }

  _fakeOnInput(): void {
    const query = this.getValue();
    this._fakeUpdating = Promise.resolve(this.getSuggestions(query)).then((values) => {
      if (values.length === 0) {
        this.close();
        return;
      }
      this._fakeList.set(values.slice(0, this.limit));
      this.open();
    });
  }
}

type SuggestTarget<T> = SuggestModal<T> | AbstractInputSuggest<T>;

/** Test helper: types a query into a suggest modal (or input suggest) and returns the suggestions shown. */
export async function typeInSuggest<T>(target: SuggestTarget<T> | O.SuggestModal<T> | O.AbstractInputSuggest<T>, query: string): Promise<T[]> {
  return (target as SuggestTarget<T>)._fakeSetQuery(query);
}

/** Test helper: clicks the nth (0-based) suggestion shown. */
export function chooseSuggestion<T>(target: SuggestTarget<T> | O.SuggestModal<T> | O.AbstractInputSuggest<T>, n = 0): void {
  (target as SuggestTarget<T>)._fakeChoose(n);
}

/** Test helper: the rendered suggestion elements (div.suggestion-item). */
export function suggestionEls<T>(target: SuggestTarget<T> | O.SuggestModal<T> | O.AbstractInputSuggest<T>): HTMLElement[] {
  return (target as SuggestTarget<T>)._fakeList.items.map((i) => i.el);
}
