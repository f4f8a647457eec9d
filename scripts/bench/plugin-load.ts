// The plugin's size and start: the production main.js built in memory with the options of the
// shipped build (scripts/plugin-build.mjs), its minified bytes, and in Chromium the time from
// main.js's text to a loaded plugin: compiling it into a function, evaluating it, and onload
// (tests/browser/pages/plugin-load.ts). Each run is a new page, as each start of Obsidian is a new
// window; the first page is printed beside the median of the pages after it. Baseline in the same
// run: compiling and running a function of the same size that does nothing but return.

import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { bundlePage, launchChromium, projectRequire } from "./chromium";

export interface PluginLoadResult {
  bytes: number;
  /** compile + evaluate + onload of the first page, ms. */
  firstMs: number;
  /** evaluate + onload of the first page, ms. */
  firstStartMs: number;
  /** compile + evaluate + onload, the median of the pages after the first. */
  ms: number;
  compileMs: number;
  evaluateMs: number;
  onloadMs: number;
  baselineMs: number;
  runs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

export async function benchPluginLoad(options: { runs?: number } = {}): Promise<PluginLoadResult> {
  const runs = options.runs ?? 15;
  const root = process.cwd();
  const esbuild = projectRequire(root)("esbuild") as typeof import("esbuild");
  // eslint-disable-next-line no-unsanitized/method -- the project's own build options, by file URL
  const { pluginBuildOptions } = (await import(pathToFileURL(join(root, "scripts", "plugin-build.mjs")).href)) as {
    pluginBuildOptions: (production: boolean) => import("esbuild").BuildOptions;
  };
  const built = await esbuild.build({ ...pluginBuildOptions(true), absWorkingDir: root, logLevel: "error", write: false });
  const main = built.outputFiles[0];
  const code = main.text;
  // As long as main.js, doing nothing: what any script of that size costs to compile and call.
  const blank = `return 0;${" ".repeat(Math.max(0, code.length - 9))}`;
  const page = await bundlePage(root, "tests/browser/pages/plugin-load.ts");
  const browser = await launchChromium(root);
  try {
    type Load = { run(code: string): Promise<{ compile: number; evaluate: number; onload: number }> };
    const times: { compile: number; evaluate: number; onload: number }[] = [];
    const baselines: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
      const p = await context.newPage();
      await p.route(/^(https?|wss?|ftp):/, (route) => route.abort());
      await p.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body class="theme-light"></body></html>');
      await p.addScriptTag({ content: page });
      times.push(await p.evaluate((c) => (window as unknown as { pluginLoad: Load }).pluginLoad.run(c), code));
      // The same script element with a function of the same size that only returns.
      baselines.push(
        await p.evaluate((c) => {
          const t = performance.now();
          document.head.createEl("script", { text: `window.__blank = function () {${c}};` });
          (window as unknown as { __blank: () => number }).__blank();
          return performance.now() - t;
        }, blank),
      );
      await context.close();
    }
    const total = (t: { compile: number; evaluate: number; onload: number }) => t.compile + t.evaluate + t.onload;
    const after = times.slice(1);
    return {
      bytes: main.contents.byteLength,
      firstMs: total(times[0]),
      firstStartMs: times[0].evaluate + times[0].onload,
      ms: median(after.map(total)),
      compileMs: median(after.map((t) => t.compile)),
      evaluateMs: median(after.map((t) => t.evaluate)),
      onloadMs: median(after.map((t) => t.onload)),
      baselineMs: median(baselines.slice(1)),
      runs: after.length,
    };
  } finally {
    await browser.close();
  }
}
