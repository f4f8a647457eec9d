// Setting rows: div.setting-item > .setting-item-info (.setting-item-name, .setting-item-description)
// + .setting-item-control, as in Obsidian.
import type * as O from "obsidian";
import { BaseComponent, ColorComponent, DropdownComponent, MomentFormatComponent, ProgressBarComponent, SearchComponent, SliderComponent, TextAreaComponent, TextComponent, ToggleComponent } from "./components";
import { ButtonComponent, ExtraButtonComponent } from "./buttons";
import { setTooltip } from "./platform";

type DisplayValueLike = Parameters<Parameters<O.Setting["addDisplayValue"]>[0]>[0];

class DisplayValueComponent implements DisplayValueLike {
  valueEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    this.valueEl = containerEl.createDiv("setting-display-value");
  }

  setValue(value: string | null): this {
    this.valueEl.setText(value ?? "");
    return this;
  }

  setStatus(status: "warning" | null): this {
    this.valueEl.toggleClass("mod-warning", status === "warning");
    return this;
  }
}

export class Setting implements O.Setting {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  components: BaseComponent[] = [];
  errorEl: HTMLElement | null = null;

  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv("setting-item");
    this.infoEl = this.settingEl.createDiv("setting-item-info");
    this.nameEl = this.infoEl.createDiv("setting-item-name");
    this.descEl = this.infoEl.createDiv("setting-item-description");
    this.controlEl = this.settingEl.createDiv("setting-item-control");
  }

  setErrorMessage(message: string | null): this {
    if (message === null) {
      this.errorEl?.detach();
      this.errorEl = null;
      this.settingEl.removeClass("has-error");
      return this;
    }
    this.errorEl ??= this.infoEl.createDiv("setting-item-error");
    this.errorEl.setText(message);
    this.settingEl.addClass("has-error");
    return this;
  }

  addDisplayValue(cb: (component: DisplayValueComponent) => any): this {
    cb(new DisplayValueComponent(this.controlEl));
    return this;
  }

  setName(name: string | DocumentFragment): this {
    this.nameEl.setText(name);
    return this;
  }

  setDesc(desc: string | DocumentFragment): this {
    this.descEl.setText(desc);
    return this;
  }

  setClass(cls: string): this {
    this.settingEl.addClass(cls);
    return this;
  }

  setTooltip(tooltip: string, options?: O.TooltipOptions): this {
    setTooltip(this.nameEl, tooltip, options);
    return this;
  }

  setHeading(): this {
    this.settingEl.addClass("setting-item-heading");
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.settingEl.toggleClass("is-disabled", disabled);
    for (const c of this.components) c.setDisabled(disabled);
    return this;
  }

  addButton(cb: (component: ButtonComponent) => any): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }

  addExtraButton(cb: (component: ExtraButtonComponent) => any): this {
    return this.add(new ExtraButtonComponent(this.controlEl), cb);
  }

  addToggle(cb: (component: ToggleComponent) => any): this {
    return this.add(new ToggleComponent(this.controlEl), cb);
  }

  addText(cb: (component: TextComponent) => any): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }

  addComponent<T extends O.BaseComponent>(cb: (el: HTMLElement) => T): this {
    this.components.push(cb(this.controlEl));
    return this;
  }

  addSearch(cb: (component: SearchComponent) => any): this {
    return this.add(new SearchComponent(this.controlEl), cb);
  }

  addTextArea(cb: (component: TextAreaComponent) => any): this {
    return this.add(new TextAreaComponent(this.controlEl), cb);
  }

  addMomentFormat(cb: (component: MomentFormatComponent) => any): this {
    return this.add(new MomentFormatComponent(this.controlEl), cb);
  }

  addDropdown(cb: (component: DropdownComponent) => any): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }

  addColorPicker(cb: (component: ColorComponent) => any): this {
    return this.add(new ColorComponent(this.controlEl), cb);
  }

  addProgressBar(cb: (component: ProgressBarComponent) => any): this {
    return this.add(new ProgressBarComponent(this.controlEl), cb);
  }

  addSlider(cb: (component: SliderComponent) => any): this {
    return this.add(new SliderComponent(this.controlEl), cb);
  }

  then(cb: (setting: this) => any): this {
    cb(this);
    return this;
  }

  clear(): this {
    this.controlEl.empty();
    this.components = [];
    return this;
  }

  private add<C extends BaseComponent>(component: C, cb: (c: C) => any): this {
    this.components.push(component);
    cb(component);
    return this;
  }
}
