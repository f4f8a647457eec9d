// SettingTab / PluginSettingTab and app.setting, the settings window that hosts them.
import type * as O from "obsidian";

export abstract class SettingTab implements O.SettingTab {
  icon = "";
  app: O.App;
  containerEl: HTMLElement;
  settingItems: O.SettingDefinitionItem[] = [];
  /** Set by the settings window: the plugin id for plugin tabs. */
  id = "";
  name = "";

  constructor(app: O.App) {
    this.app = app;
    this.containerEl = createDiv("vertical-tab-content");
  }

  getSettingDefinitions(): O.SettingDefinitionItem[] {
    return this.settingItems;
  }

  update(): void {
    this.display();
  }

  getControlValue(_key: string): unknown {
    return undefined;
  }

  setControlValue(_key: string, _value: unknown): void | Promise<void> {}

  refreshDomState(): void {}

  display(): void {}

  hide(): void {
    this.containerEl.empty();
  }
}

export abstract class PluginSettingTab extends SettingTab implements O.PluginSettingTab {
  plugin: O.Plugin;

  constructor(app: O.App, plugin: O.Plugin) {
    super(app);
    this.plugin = plugin;
    this.id = plugin.manifest.id;
    this.name = plugin.manifest.name;
  }
}

/** app.setting: open()/close(), openTabById(id) shows a tab in a settings modal on document.body. */
export class AppSettings {
  readonly pluginTabs: SettingTab[] = [];
  activeTab: SettingTab | null = null;
  readonly containerEl: HTMLElement;
  readonly modalEl: HTMLElement;
  readonly tabHeadersEl: HTMLElement;
  readonly tabContentContainer: HTMLElement;
  isOpen = false;

  constructor() {
    this.containerEl = createDiv("modal-container mod-dim");
    this.containerEl.createDiv("modal-bg");
    this.modalEl = this.containerEl.createDiv("modal mod-settings mod-sidebar-layout");
    const content = this.modalEl.createDiv("modal-content vertical-tabs-container");
    this.tabHeadersEl = content.createDiv("vertical-tab-header");
    this.tabContentContainer = content.createDiv("vertical-tab-content-container");
  }

  addSettingTab(tab: SettingTab): void {
    this.pluginTabs.push(tab);
    if (this.isOpen) this.renderHeaders();
  }

  removeSettingTab(tab: SettingTab): void {
    const i = this.pluginTabs.indexOf(tab);
    if (i !== -1) this.pluginTabs.splice(i, 1);
    if (this.activeTab === tab) {
      tab.hide();
      tab.containerEl.detach();
      this.activeTab = null;
    }
    if (this.isOpen) this.renderHeaders();
  }

  open(): void {
    if (this.isOpen) return;
    this.isOpen = true;
    document.body.appendChild(this.containerEl);
    this.renderHeaders();
  }

  openTabById(id: string): SettingTab | null {
    this.open();
    const tab = this.pluginTabs.find((t) => t.id === id) ?? null;
    if (!tab) return null;
    this.activeTab?.hide();
    this.activeTab?.containerEl.detach();
    this.activeTab = tab;
    this.tabContentContainer.appendChild(tab.containerEl);
    tab.display();
    this.renderHeaders();
    return tab;
  }

  close(): void {
    if (!this.isOpen) return;
    this.activeTab?.hide();
    this.activeTab?.containerEl.detach();
    this.activeTab = null;
    this.containerEl.detach();
    this.isOpen = false;
  }

  private renderHeaders(): void {
    this.tabHeadersEl.empty();
    for (const t of this.pluginTabs) {
      const el = this.tabHeadersEl.createDiv({ cls: "vertical-tab-nav-item", text: t.name });
      el.toggleClass("is-active", t === this.activeTab);
      el.addEventListener("click", () => this.openTabById(t.id));
    }
  }
}
