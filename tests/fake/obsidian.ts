// The fake `obsidian` module. vitest and the browser bundles alias "obsidian" to this file.
// Each part lives in its own file; this one only re-exports, and installs the DOM helpers first,
// as Obsidian has them in place before any plugin code runs.
import { installDomHelpers, installLanguageHelpers } from "./dom";

installDomHelpers();
installLanguageHelpers();

export { installDomHelpers, installLanguageHelpers } from "./dom";
export { Events, Component, handlerErrors, liveRegistrations, loadedComponentCount, totalEventListeners } from "./events";
export { TAbstractFile, TFile, TFolder } from "./files";
export { normalizePath } from "./path";
export { parseYaml, stringifyYaml, getFrontMatterInfo } from "./yaml";
export { Vault } from "./vault";
export { FileSystemAdapter } from "./adapter";
export type { WriteRecord } from "./vault";
export { MetadataCache } from "./metadata-cache";
export { FileManager, rewriteFrontMatter } from "./file-manager";
export { getLinkpath, parseLinktext, parseFrontMatterAliases, parseFrontMatterEntry, parseFrontMatterStringArray, parseFrontMatterTags, getAllTags, iterateCacheRefs, iterateRefs, resolveSubpath, stripHeading, stripHeadingForLink } from "./cache-utils";
export { Workspace } from "./workspace";
export type { OpenRecord } from "./workspace";
export { WorkspaceLeaf, WorkspaceItem, WorkspaceParent, WorkspaceSplit, WorkspaceTabs, WorkspaceContainer, WorkspaceRoot, WorkspaceWindow, WorkspaceFloating, WorkspaceSidedock, WorkspaceMobileDrawer, WorkspaceRibbon } from "./leaf";
export { View, ItemView, FileView, EditableFileView, TextFileView, MarkdownView, EmptyView } from "./view";
export { Editor } from "./editor";
export { App, FakeApp, Commands, Plugins, RenderContext, SecretStorage } from "./app";
export type { AppOptions } from "./app";
export { Plugin, loadPlugin, unloadPlugin, simulateExternalSettingsChange, defaultManifest } from "./plugin";
export { SettingTab, PluginSettingTab, AppSettings } from "./setting-tab";
export { Setting } from "./setting";
export { BaseComponent, ValueComponent, AbstractTextComponent, TextComponent, TextAreaComponent, SearchComponent, MomentFormatComponent, DropdownComponent, ToggleComponent, SliderComponent, ColorComponent, ProgressBarComponent } from "./components";
export { ButtonComponent, ExtraButtonComponent } from "./buttons";
export { Modal, openModals, topModal, closeAllModals } from "./modal";
export { SuggestModal, FuzzySuggestModal, PopoverSuggest, AbstractInputSuggest, typeInSuggest, chooseSuggestion, suggestionEls } from "./suggest";
export { Notice, Menu, MenuItem, MenuSeparator, notices, getNotices, clearNotices, shownMenus, lastMenu } from "./ui";
export { MarkdownRenderer, MarkdownRenderChild, markdownRegistry, renderCodeBlock } from "./markdown";
export { Scope, Keymap } from "./keymap";
export { setIcon, addIcon, removeIcon, getIcon, getIconIds } from "./icons";
export { prepareFuzzySearch, prepareSimpleSearch, renderMatches, renderResults, sortSearchResults } from "./search";
export { Platform, setPlatform, resetPlatform, getLanguage, setLanguage, apiVersion, requireApiVersion, debounce, networkAttempts, requestUrl, request, arrayBufferToBase64, base64ToArrayBuffer, arrayBufferToHex, hexToArrayBuffer, getBlobArrayBuffer, setTooltip, displayTooltip, Tasks } from "./platform";
export { HoverPopover, PopoverState, sanitizeHTMLToDom, htmlToMarkdown } from "./misc";
export { resetFake } from "./reset";
