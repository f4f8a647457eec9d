// The buttons Setting rows host: a button (mod-cta, mod-warning) and an extra button (the
// clickable icon of extra-setting-button), rendering the DOM and class names Obsidian uses.
import type * as O from "obsidian";
import { BaseComponent } from "./components";
import { setIcon } from "./icons";
import { setTooltip } from "./platform";

export class ButtonComponent extends BaseComponent implements O.ButtonComponent {
  buttonEl: HTMLButtonElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.buttonEl = containerEl.createEl("button");
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.buttonEl.disabled = disabled;
    this.buttonEl.toggleClass("is-disabled", disabled);
    return this;
  }

  setCta(): this {
    this.buttonEl.addClass("mod-cta");
    return this;
  }

  removeCta(): this {
    this.buttonEl.removeClass("mod-cta");
    return this;
  }

  setWarning(): this {
    this.buttonEl.addClass("mod-warning");
    return this;
  }

  setDestructive(): this {
    this.buttonEl.addClass("mod-destructive");
    return this;
  }

  removeDestructive(): this {
    this.buttonEl.removeClass("mod-destructive");
    return this;
  }

  setTooltip(tooltip: string, options?: O.TooltipOptions): this {
    setTooltip(this.buttonEl, tooltip, options);
    return this;
  }

  setButtonText(name: string): this {
    this.buttonEl.setText(name);
    return this;
  }

  setIcon(icon: string): this {
    setIcon(this.buttonEl, icon);
    return this;
  }

  setClass(cls: string): this {
    this.buttonEl.addClass(cls);
    return this;
  }

  onClick(callback: (evt: MouseEvent) => unknown): this {
    this.buttonEl.addEventListener("click", (evt) => {
      if (!this.disabled) void callback(evt);
    });
    return this;
  }
}

export class ExtraButtonComponent extends BaseComponent implements O.ExtraButtonComponent {
  extraSettingsEl: HTMLElement;
  private callback: (() => any) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.extraSettingsEl = containerEl.createDiv({ cls: "clickable-icon extra-setting-button" });
    this.extraSettingsEl.addEventListener("click", () => {
      if (!this.disabled) this.callback?.();
    });
    this.setIcon("gear");
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.extraSettingsEl.toggleClass("is-disabled", disabled);
    return this;
  }

  setTooltip(tooltip: string, options?: O.TooltipOptions): this {
    setTooltip(this.extraSettingsEl, tooltip, options);
    return this;
  }

  setIcon(icon: string): this {
    setIcon(this.extraSettingsEl, icon);
    return this;
  }

  onClick(callback: () => any): this {
    this.callback = callback;
    return this;
  }
}
