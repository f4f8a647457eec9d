// What the adapter's writers read from the plugin: Obsidian's app, the indexer (the index they check
// against, told of each note they write) and the settings in force. The plugin hands itself in;
// the adapter never knows more of it than this.

import type { App } from "obsidian";
import type { Settings } from "../core/shared/types";
import type { Indexer } from "./indexer";

export interface VaultContext {
  readonly app: App;
  readonly indexer: Indexer;
  /** Read each time: a change of settings replaces the object. */
  readonly settings: Settings;
}
