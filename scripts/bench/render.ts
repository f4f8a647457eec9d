// The planner's render in real Chromium, a week of 300 blocks, the view model and the DOM built and
// put in place: the redraw after a block is moved in its note (what the view does on every change
// in the vault), and the first draw of another busy week (every element new, the shown week's torn
// down), each the median of runs started on a fresh frame after warm-up; and the first draw with
// style and layout forced. Baseline in the same run: as many plain divs with two lines of text.
// Target: the DOM update under one 16 ms frame.
//
// The page (tests/browser/pages/planner-bench.ts) is bundled with esbuild, "obsidian" aliased to
// the fake, and run in the Chromium of @sparticuz/chromium (or CHROMIUM_PATH), as the browser
// tests do, with the plugin's styles in place.

import { readFileSync, readdirSync } from "node:fs";
import { builtinModules, createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export interface RenderMeasure {
  name: string;
  value: number;
  unit: string;
  baseline: number;
  ratio: number;
  target: string;
  pass: boolean | null;
}

const TARGET_MS = 16;

export async function benchRender(options: { blocks?: number; runs?: number } = {}): Promise<RenderMeasure[]> {
  const blocks = options.blocks ?? 300;
  const runs = options.runs ?? 25;
  const root = process.cwd();
  // The bench runs from a bundle in a temporary folder: resolve these packages from the project.
  const projectRequire = createRequire(join(root, "package.json"));
  const esbuild = projectRequire("esbuild") as typeof import("esbuild");
  const built = await esbuild.build({
    entryPoints: [resolve(root, "tests/browser/pages/planner-bench.ts")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    logLevel: "silent",
    absWorkingDir: root,
    // As in the plugin's build and the browser tests: Node's modules are Electron's on desktop
    // (src/adapter/real-path.ts requires them only there), never bundled.
    external: [...builtinModules],
    plugins: [{ name: "fake-obsidian", setup: (b) => b.onResolve({ filter: /^obsidian$/ }, () => ({ path: resolve(root, "tests/fake/obsidian.ts") })) }],
  });
  const { chromium } = projectRequire("playwright-core") as typeof import("playwright-core");
  let executablePath = process.env.CHROMIUM_PATH;
  let args: string[] = [];
  if (!executablePath) {
    // An ES module: imported by its file inside the project's node_modules.
    const url = pathToFileURL(projectRequire.resolve("@sparticuz/chromium")).href;
    // eslint-disable-next-line no-unsanitized/method -- the URL of one fixed package of the project
    const sparticuz = ((await import(url)) as typeof import("@sparticuz/chromium")).default;
    executablePath = await sparticuz.executablePath();
    args = sparticuz.args.filter((a) => !a.startsWith("--headless") && a !== "--single-process");
  }
  const browser = await chromium.launch({ executablePath, headless: true, args: [...new Set([...args, "--no-sandbox", "--disable-gpu"])] });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.route(/^(https?|wss?|ftp):/, (route) => route.abort());
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body class="theme-light"></body></html>');
    await page.addStyleTag({ content: readFileSync(join(root, "tests/browser/theme.css"), "utf8") });
    const styles = readdirSync(join(root, "styles")).filter((f) => f.endsWith(".css")).sort();
    await page.addStyleTag({ content: styles.map((f) => readFileSync(join(root, "styles", f), "utf8")).join("\n") });
    await page.addScriptTag({ content: built.outputFiles[0].text });
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready !== false);
    type Bench = { boot(n: number): Promise<number>; time(runs: number): Promise<{ change: number[]; week: number[]; layout: number[]; baseline: number[] }> };
    const drawn = await page.evaluate((n) => (window as unknown as { plannerBench: Bench }).plannerBench.boot(n), blocks);
    // Warm-up, then the runs that count.
    await page.evaluate(() => (window as unknown as { plannerBench: Bench }).plannerBench.time(3));
    const t = await page.evaluate((r) => (window as unknown as { plannerBench: Bench }).plannerBench.time(r), runs);
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const base = median(t.baseline);
    const change = median(t.change);
    const week = median(t.week);
    const layout = median(t.layout);
    return [
      { name: `planner redraw after a block moved, ${drawn} blocks (median of ${t.change.length})`, value: change, unit: "ms", baseline: base, ratio: change / base, target: `< ${TARGET_MS} ms`, pass: change < TARGET_MS },
      { name: `planner first draw of a week, ${drawn} blocks (median of ${runs})`, value: week, unit: "ms", baseline: base, ratio: week / base, target: `< ${TARGET_MS} ms`, pass: week < TARGET_MS },
      { name: "planner first draw + style and layout (median)", value: layout, unit: "ms", baseline: base, ratio: layout / base, target: "reported", pass: null },
    ];
  } finally {
    await browser.close();
  }
}
