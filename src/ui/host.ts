// What the features use of the plugin: Obsidian's app, the settings in force, the translator, the
// indexer, the user's zone, the Plugin methods that register things (each removed again on
// unload), and the settings tab's sections. The plugin class (src/main.ts) implements it; a
// feature's setup takes the Host, its commands, views and modals take a Pick of it plus the
// services they use, so no file but the entry point knows the plugin class.
//
// It lives in src/ui, the layer every feature stands on: it is no code that talks to the vault
// (src/adapter, below it, knows only the VaultContext it extends), and a feature's file would be
// the wrong home for what all features share.

import type { Plugin } from "obsidian";
import type { Settings } from "../core/shared/types";
import type { Translate } from "../core/i18n";
import type { Indexer } from "../adapter/indexer";
import type { VaultContext } from "../adapter/context";

/** Draws a feature's part of the settings tab, its heading first. */
export type SettingsSection = (containerEl: HTMLElement) => void;

/** The Plugin methods the features call to register what they add. */
export type Registrar = Pick<
  Plugin,
  | "addCommand"
  | "registerView"
  | "addRibbonIcon"
  | "addStatusBarItem"
  | "registerMarkdownCodeBlockProcessor"
  | "registerEvent"
  | "registerInterval"
  | "registerDomEvent"
  | "register"
  | "addChild"
>;

export interface Host extends VaultContext, Registrar {
  readonly settings: Settings;
  /** The translator of the UI language; replaced when the language changes, so read it each time. */
  readonly t: Translate;
  readonly indexer: Indexer;
  /** The user's IANA zone: the setting, else the system's. */
  zone(): string;
  /** Saves a change of settings (read again by the core's rules) and tells each listener. */
  updateSettings(patch: Partial<Settings>, persist?: boolean): Promise<void>;
  /** Called after every change of settings, made here or synced from another device. */
  onSettingsChange(callback: () => void): void;
  /** A part of the settings tab, drawn below the general settings in the order handed in. */
  addSettingsSection(section: SettingsSection): void;
}
