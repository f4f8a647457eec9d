// Plugin: everything it adds (commands, ribbon icons, status bar items, setting tab, views, code
// block processors) is removed again on unload, as in Obsidian. loadData/saveData use
// <configDir>/plugins/<id>/data.json in the vault adapter. loadPlugin/unloadPlugin drive it.
import type * as O from "obsidian";
import manifestJson from "../../manifest.json";
import type { App } from "./app";
import { Component } from "./events";
import { setIcon } from "./icons";
import { markdownRegistry } from "./markdown";
import type { SettingTab } from "./setting-tab";
import { setTooltip } from "./platform";

export const defaultManifest: O.PluginManifest = { ...(manifestJson as O.PluginManifest) };

export abstract class Plugin extends Component implements O.Plugin {
  app: O.App;
  manifest: O.PluginManifest;
  settings?: unknown;
  /** Test helper: what the plugin registered, by kind. */
  readonly fakeRegistrations = {
    views: [] as string[],
    codeBlocks: [] as string[],
    postProcessors: [] as O.MarkdownPostProcessor[],
    editorExtensions: [] as unknown[],
    protocolHandlers: {} as Record<string, O.ObsidianProtocolHandler>,
    editorSuggests: [] as unknown[],
    hoverLinkSources: {} as Record<string, O.HoverLinkSource>,
    cliHandlers: {} as Record<string, O.CliHandler>,
    basesViews: {} as Record<string, O.BasesViewRegistration>,
  };

  constructor(app: O.App, manifest: O.PluginManifest) {
    super();
    this.app = app;
    this.manifest = manifest;
  }

  private get fake(): App {
    return this.app as unknown as App;
  }

  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- Obsidian's own signature: onload may be async.
  override onload(): Promise<void> | void {}

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
    const el = this.fake.ribbonEl.createDiv({ cls: "clickable-icon side-dock-ribbon-action", attr: { "aria-label": title, "data-plugin": this.manifest.id } });
    setIcon(el, icon);
    setTooltip(el, title);
    el.addEventListener("click", callback);
    this.register(() => el.detach());
    return el;
  }

  addStatusBarItem(): HTMLElement {
    const el = this.fake.statusBarEl.createDiv(`status-bar-item plugin-${this.manifest.id.replace(/[^a-z0-9-]/gi, "-").toLowerCase()}`);
    this.register(() => el.detach());
    return el;
  }

  addCommand(command: O.Command): O.Command {
    const full: O.Command = { ...command, id: `${this.manifest.id}:${command.id}`, name: `${this.manifest.name}: ${command.name}` };
    this.fake.commands.addCommand(full);
    this.register(() => this.fake.commands.removeCommand(full.id));
    return full;
  }

  removeCommand(commandId: string): void {
    this.fake.commands.removeCommand(`${this.manifest.id}:${commandId}`);
  }

  addSettingTab(settingTab: O.PluginSettingTab): void {
    const tab = settingTab as unknown as SettingTab;
    this.fake.setting.addSettingTab(tab);
    this.register(() => this.fake.setting.removeSettingTab(tab));
  }

  registerView(type: string, viewCreator: O.ViewCreator): void {
    this.fake.workspace.registerViewType(type, viewCreator);
    this.fakeRegistrations.views.push(type);
    this.register(() => this.fake.workspace.unregisterViewType(type));
  }

  registerHoverLinkSource(id: string, info: O.HoverLinkSource): void {
    this.fakeRegistrations.hoverLinkSources[id] = info;
    this.register(() => delete this.fakeRegistrations.hoverLinkSources[id]);
  }

  registerExtensions(extensions: string[], viewType: string): void {
    this.fake.workspace.registerExtensions(extensions, viewType);
    this.register(() => this.fake.workspace.unregisterExtensions(extensions));
  }

  registerMarkdownPostProcessor(postProcessor: O.MarkdownPostProcessor, sortOrder?: number): O.MarkdownPostProcessor {
    if (sortOrder !== undefined) postProcessor.sortOrder = sortOrder;
    markdownRegistry.postProcessors.push(postProcessor);
    this.fakeRegistrations.postProcessors.push(postProcessor);
    this.register(() => {
      const i = markdownRegistry.postProcessors.indexOf(postProcessor);
      if (i !== -1) markdownRegistry.postProcessors.splice(i, 1);
    });
    return postProcessor;
  }

  registerMarkdownCodeBlockProcessor(language: string, handler: (source: string, el: HTMLElement, ctx: O.MarkdownPostProcessorContext) => Promise<any> | void, sortOrder?: number): O.MarkdownPostProcessor {
    if (markdownRegistry.codeBlocks.has(language)) throw new Error(`A code block processor for "${language}" is already registered`);
    markdownRegistry.codeBlocks.set(language, { handler, sortOrder: sortOrder ?? 0 });
    this.fakeRegistrations.codeBlocks.push(language);
    this.register(() => markdownRegistry.codeBlocks.delete(language));
    const pp: O.MarkdownPostProcessor = () => undefined;
    if (sortOrder !== undefined) pp.sortOrder = sortOrder;
    return pp;
  }

  registerBasesView(viewId: string, registration: O.BasesViewRegistration): boolean {
    if (this.fakeRegistrations.basesViews[viewId]) return false;
    this.fakeRegistrations.basesViews[viewId] = registration;
    this.register(() => delete this.fakeRegistrations.basesViews[viewId]);
    return true;
  }

  registerEditorExtension(extension: unknown): void {
    this.fakeRegistrations.editorExtensions.push(extension);
    this.register(() => this.fakeRegistrations.editorExtensions.splice(this.fakeRegistrations.editorExtensions.indexOf(extension), 1));
  }

  registerObsidianProtocolHandler(action: string, handler: O.ObsidianProtocolHandler): void {
    this.fakeRegistrations.protocolHandlers[action] = handler;
    this.register(() => delete this.fakeRegistrations.protocolHandlers[action]);
  }

  registerEditorSuggest(editorSuggest: O.EditorSuggest<any>): void {
    this.fakeRegistrations.editorSuggests.push(editorSuggest);
    this.register(() => this.fakeRegistrations.editorSuggests.splice(this.fakeRegistrations.editorSuggests.indexOf(editorSuggest), 1));
  }

  registerCliHandler(command: string, _description: string, _flags: O.CliFlags | null, handler: O.CliHandler): void {
    this.fakeRegistrations.cliHandlers[command] = handler;
    this.register(() => delete this.fakeRegistrations.cliHandlers[command]);
  }

  async loadData(): Promise<any> {
    const path = this.dataPath();
    if (!(await this.app.vault.adapter.exists(path))) return null;
    return JSON.parse(await this.app.vault.adapter.read(path));
  }

  async saveData(data: any): Promise<void> {
    const dir = this.dataPath().replace(/\/data\.json$/, "");
    await this.app.vault.adapter.mkdir(dir);
    await this.app.vault.adapter.write(this.dataPath(), JSON.stringify(data, null, 2));
  }

  onUserEnable(): void {}

  onExternalSettingsChange?(): any;

  private dataPath(): string {
    return `${this.manifest.dir ?? `${this.app.vault.configDir}/plugins/${this.manifest.id}`}/data.json`;
  }
}

type PluginCtor<T extends O.Plugin> = new (app: O.App, manifest: O.PluginManifest) => T;

/** Constructs the plugin, runs load() (onload) and awaits it, like Obsidian enabling a plugin. */
export async function loadPlugin<T extends O.Plugin>(PluginClass: PluginCtor<T>, app: App, manifest: Partial<O.PluginManifest> = {}): Promise<T> {
  const full: O.PluginManifest = { ...defaultManifest, dir: `${app.vault.configDir}/plugins/${manifest.id ?? defaultManifest.id}`, ...manifest };
  app.vault.disk.mkdirp(full.dir!);
  const plugin = new PluginClass(app, full);
  app.plugins.plugins[full.id] = plugin;
  app.plugins.manifests[full.id] = full;
  app.plugins.enabledPlugins.add(full.id);
  plugin.load();
  await (plugin as unknown as Component)._onloadResult;
  await app.settle();
  return plugin;
}

/** Unloads the plugin (onunload + every registered cleanup) and waits for views to close. */
export async function unloadPlugin(plugin: O.Plugin): Promise<void> {
  const app = plugin.app as unknown as App;
  plugin.unload();
  delete app.plugins.plugins[plugin.manifest.id];
  app.plugins.enabledPlugins.delete(plugin.manifest.id);
  await app.settle();
}

/** Writes new data.json content as a sync would, then calls onExternalSettingsChange if defined. */
export async function simulateExternalSettingsChange(plugin: O.Plugin, data: unknown): Promise<void> {
  const path = `${plugin.manifest.dir ?? `${plugin.app.vault.configDir}/plugins/${plugin.manifest.id}`}/data.json`;
  await plugin.app.vault.adapter.write(path, JSON.stringify(data, null, 2));
  await plugin.onExternalSettingsChange?.();
  await (plugin.app as unknown as App).settle();
}
