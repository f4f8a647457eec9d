// The controls Setting rows host (text, toggle, dropdown, slider, colour, progress; the buttons are
// in buttons.ts), rendering the DOM and class names Obsidian uses (checkbox-container, dropdown…).
import type * as O from "obsidian";
import { setTooltip } from "./platform";

export abstract class BaseComponent implements O.BaseComponent {
  disabled = false;

  then(cb: (component: this) => any): this {
    cb(this);
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
}

export abstract class ValueComponent<T> extends BaseComponent implements O.ValueComponent<T> {
  registerOptionListener(listeners: Record<string, (value?: T) => T>, key: string): this {
    listeners[key] = (value?: T) => {
      if (value !== undefined) this.setValue(value);
      return this.getValue();
    };
    return this;
  }
  abstract getValue(): T;
  abstract setValue(value: T): this;
}

export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> implements O.AbstractTextComponent<T> {
  inputEl: T;
  private changeCallback: ((value: string) => any) | null = null;

  constructor(inputEl: T) {
    super();
    this.inputEl = inputEl;
    this.inputEl.addEventListener("input", () => this.onChanged());
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.inputEl.disabled = disabled;
    return this;
  }

  getValue(): string {
    return this.inputEl.value;
  }

  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }

  setPlaceholder(placeholder: string): this {
    this.inputEl.placeholder = placeholder;
    return this;
  }

  onChanged(): void {
    this.changeCallback?.(this.getValue());
  }

  onChange(callback: (value: string) => any): this {
    this.changeCallback = callback;
    return this;
  }
}

export class TextComponent extends AbstractTextComponent<HTMLInputElement> implements O.TextComponent {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl("input", { type: "text", attr: { spellcheck: "false" } }));
  }
}

export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> implements O.TextAreaComponent {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl("textarea", { attr: { spellcheck: "false" } }));
  }
}

export class SearchComponent extends AbstractTextComponent<HTMLInputElement> implements O.SearchComponent {
  clearButtonEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    const wrap = containerEl.createDiv("search-input-container");
    super(wrap.createEl("input", { type: "search", attr: { enterkeyhint: "search", spellcheck: "false" } }));
    this.clearButtonEl = wrap.createDiv("search-input-clear-button");
    this.clearButtonEl.addEventListener("click", () => {
      this.setValue("");
      this.onChanged();
      this.inputEl.focus();
    });
    this.clearButtonEl.hide();
  }

  override onChanged(): void {
    this.clearButtonEl.toggle(this.getValue() !== "");
    super.onChanged();
  }

  override setValue(value: string): this {
    super.setValue(value);
    this.clearButtonEl?.toggle(value !== "");
    return this;
  }
}

export class MomentFormatComponent extends TextComponent implements Omit<O.MomentFormatComponent, "updateSample"> {
  sampleEl: HTMLElement;
  private defaultFormat = "";

  constructor(containerEl: HTMLElement) {
    super(containerEl);
    this.sampleEl = containerEl.createSpan("u-pop");
  }

  setDefaultFormat(defaultFormat: string): this {
    this.defaultFormat = defaultFormat;
    this.inputEl.placeholder = defaultFormat;
    this.updateSample();
    return this;
  }

  setSampleEl(sampleEl: HTMLElement): this {
    this.sampleEl = sampleEl;
    this.updateSample();
    return this;
  }

  override setValue(value: string): this {
    super.setValue(value);
    this.updateSample();
    return this;
  }

  override onChanged(): void {
    this.updateSample();
    super.onChanged();
  }

  /** No moment here: the sample shows the format itself. */
  updateSample(): void {
    this.sampleEl?.setText(this.getValue() || this.defaultFormat);
  }
}

export class DropdownComponent extends ValueComponent<string> implements O.DropdownComponent {
  selectEl: HTMLSelectElement;
  private changeCallback: ((value: string) => any) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
    this.selectEl.addEventListener("change", () => {
      this.changeCallback?.(this.getValue());
    });
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.selectEl.disabled = disabled;
    return this;
  }

  addOption(value: string, display: string): this {
    this.selectEl.createEl("option", { value, text: display });
    return this;
  }

  addOptions(options: Record<string, string>): this {
    for (const [value, display] of Object.entries(options)) this.addOption(value, display);
    return this;
  }

  getValue(): string {
    return this.selectEl.value;
  }

  setValue(value: string): this {
    this.selectEl.value = value;
    return this;
  }

  onChange(callback: (value: string) => any): this {
    this.changeCallback = callback;
    return this;
  }
}

export class ToggleComponent extends ValueComponent<boolean> implements O.ToggleComponent {
  toggleEl: HTMLElement;
  private inputEl: HTMLInputElement;
  private on = false;
  private changeCallback: ((value: boolean) => any) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.toggleEl = containerEl.createDiv("checkbox-container");
    this.inputEl = this.toggleEl.createEl("input", { type: "checkbox", attr: { tabindex: 0 } });
    this.toggleEl.addEventListener("click", (evt) => {
      evt.preventDefault();
      this.onClick();
    });
    this.toggleEl.addEventListener("keydown", (evt) => {
      if (evt.key === " " || evt.key === "Enter") {
        evt.preventDefault();
        this.onClick();
      }
    });
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.toggleEl.toggleClass("is-disabled", disabled);
    this.inputEl.disabled = disabled;
    return this;
  }

  getValue(): boolean {
    return this.on;
  }

  setValue(on: boolean): this {
    this.on = on;
    this.toggleEl.toggleClass("is-enabled", on);
    this.inputEl.checked = on;
    return this;
  }

  setTooltip(tooltip: string, options?: O.TooltipOptions): this {
    setTooltip(this.toggleEl, tooltip, options);
    return this;
  }

  onClick(): void {
    if (this.disabled) return;
    this.setValue(!this.on);
    this.changeCallback?.(this.on);
  }

  onChange(callback: (value: boolean) => any): this {
    this.changeCallback = callback;
    return this;
  }
}

export class SliderComponent extends ValueComponent<number> implements O.SliderComponent {
  sliderEl: HTMLInputElement;
  private instant = false;
  private format: ((value: number) => string) | null = null;
  private changeCallback: ((value: number) => any) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.sliderEl = containerEl.createEl("input", { type: "range", cls: "slider" });
    this.sliderEl.addEventListener("input", () => {
      if (this.instant) this.changeCallback?.(this.getValue());
    });
    this.sliderEl.addEventListener("change", () => {
      if (!this.instant) this.changeCallback?.(this.getValue());
    });
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.sliderEl.disabled = disabled;
    return this;
  }

  setInstant(instant: boolean): this {
    this.instant = instant;
    return this;
  }

  setLimits(min: number | null, max: number | null, step: number | "any"): this {
    if (min !== null) this.sliderEl.min = String(min);
    if (max !== null) this.sliderEl.max = String(max);
    this.sliderEl.step = String(step);
    return this;
  }

  getValue(): number {
    return Number(this.sliderEl.value);
  }

  setValue(value: number): this {
    this.sliderEl.value = String(value);
    return this;
  }

  getValuePretty(): string {
    return this.format ? this.format(this.getValue()) : String(this.getValue());
  }

  setDisplayFormat(format: (value: number) => string): this {
    this.format = format;
    return this;
  }

  setDynamicTooltip(): this {
    this.sliderEl.addEventListener("input", () => this.sliderEl.setAttr("aria-label", this.getValuePretty()));
    return this;
  }

  onChange(callback: (value: number) => any): this {
    this.changeCallback = callback;
    return this;
  }
}

export class ColorComponent extends ValueComponent<string> implements O.ColorComponent {
  colorPickerEl: HTMLInputElement;
  private changeCallback: ((value: string) => any) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.colorPickerEl = containerEl.createEl("input", { type: "color" });
    this.colorPickerEl.addEventListener("change", () => {
      this.changeCallback?.(this.getValue());
    });
  }

  override setDisabled(disabled: boolean): this {
    super.setDisabled(disabled);
    this.colorPickerEl.disabled = disabled;
    return this;
  }

  getValue(): string {
    return this.colorPickerEl.value;
  }

  getValueRgb(): O.RGB {
    const hex = this.getValue().replace("#", "");
    return { r: parseInt(hex.slice(0, 2), 16), g: parseInt(hex.slice(2, 4), 16), b: parseInt(hex.slice(4, 6), 16) };
  }

  getValueHsl(): O.HSL {
    const { r, g, b } = this.getValueRgb();
    const [rr, gg, bb] = [r / 255, g / 255, b / 255];
    const max = Math.max(rr, gg, bb);
    const min = Math.min(rr, gg, bb);
    const l = (max + min) / 2;
    if (max === min) return { h: 0, s: 0, l };
    const d = max - min;
    const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    let h = max === rr ? (gg - bb) / d + (gg < bb ? 6 : 0) : max === gg ? (bb - rr) / d + 2 : (rr - gg) / d + 4;
    h *= 60;
    return { h, s, l };
  }

  setValue(value: string): this {
    this.colorPickerEl.value = value;
    return this;
  }

  setValueRgb(rgb: O.RGB): this {
    return this.setValue(`#${[rgb.r, rgb.g, rgb.b].map((n) => Math.round(n).toString(16).padStart(2, "0")).join("")}`);
  }

  setValueHsl(hsl: O.HSL): this {
    const { h, s, l } = hsl;
    const k = (n: number): number => (n + h / 30) % 12;
    const a = s * Math.min(l, 1 - l);
    const f = (n: number): number => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
    return this.setValueRgb({ r: f(0) * 255, g: f(8) * 255, b: f(4) * 255 });
  }

  onChange(callback: (value: string) => any): this {
    this.changeCallback = callback;
    return this;
  }
}

export class ProgressBarComponent extends ValueComponent<number> implements O.ProgressBarComponent {
  progressBar: HTMLElement;
  lineEl: HTMLElement;
  private value = 0;

  constructor(containerEl: HTMLElement) {
    super();
    this.progressBar = containerEl.createDiv("setting-progress-bar");
    this.lineEl = this.progressBar.createDiv("setting-progress-bar-inner");
  }

  getValue(): number {
    return this.value;
  }

  setValue(value: number): this {
    this.value = value;
    this.lineEl.setCssStyles({ width: `${value}%` });
    return this;
  }
}
