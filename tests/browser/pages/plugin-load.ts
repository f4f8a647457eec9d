// The plugin's start in Chromium for the bench (scripts/bench/plugin-load.ts): the production
// main.js is handed in as text and run the way Obsidian runs a plugin (a function of require,
// module and exports, with "obsidian" the fake), then constructed and loaded (onload awaited) on an
// empty vault. Times: compiling the text (a script element holding it as one function), evaluating main.js,
// and onload.
import * as obsidian from "../../fake/obsidian";
import { App } from "../../fake/obsidian";
import type * as O from "obsidian";

type PluginClass = new (app: O.App, manifest: O.PluginManifest) => O.Plugin;

const manifest: O.PluginManifest = {
  id: "client-desk",
  name: "Client Desk",
  version: "0.0.0",
  minAppVersion: "1.5.0",
  description: "",
  author: "",
  dir: ".obsidian/plugins/client-desk",
};

async function run(code: string): Promise<{ compile: number; evaluate: number; onload: number }> {
  const app = new App({ files: {} });
  const module = { exports: {} as Record<string, unknown> };
  const req = (id: string): unknown => {
    if (id === "obsidian") return obsidian;
    throw new Error(`main.js required "${id}" while loading`);
  };
  const w = window as unknown as { __clientDeskMain?: (r: typeof req, m: typeof module, e: typeof module.exports) => void };
  const t0 = performance.now();
  // A script element, as a page runs any script: the text compiled into a function, not yet run.
  document.head.createEl("script", { text: `window.__clientDeskMain = function (require, module, exports) {\n${code}\n};` });
  const t1 = performance.now();
  w.__clientDeskMain!(req, module, module.exports);
  const t2 = performance.now();
  const Plugin = (module.exports.default ?? module.exports) as PluginClass;
  const plugin = new Plugin(app, manifest);
  plugin.load();
  await (plugin as unknown as { _onloadResult?: Promise<void> })._onloadResult;
  const t3 = performance.now();
  return { compile: t1 - t0, evaluate: t2 - t1, onload: t3 - t2 };
}

(window as unknown as { pluginLoad: { run: typeof run } }).pluginLoad = { run };
