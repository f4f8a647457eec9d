// What the Chromium measures share (render.ts, plugin-load.ts): a test page bundled with esbuild
// ("obsidian" aliased to the fake, as in the browser tests) and the headless Chromium of
// @sparticuz/chromium, or CHROMIUM_PATH. The bench runs from a bundle in a temporary folder, so
// packages are resolved from the project.

import { builtinModules, createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";

export function projectRequire(root: string): ReturnType<typeof createRequire> {
  return createRequire(join(root, "package.json"));
}

/** A page of tests/browser/pages bundled as one script, on the fake Obsidian. */
export async function bundlePage(root: string, entry: string): Promise<string> {
  const esbuild = projectRequire(root)("esbuild") as typeof import("esbuild");
  const built = await esbuild.build({
    entryPoints: [resolve(root, entry)],
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
  return built.outputFiles[0].text;
}

export async function launchChromium(root: string): Promise<Browser> {
  const req = projectRequire(root);
  const { chromium } = req("playwright-core") as typeof import("playwright-core");
  let executablePath = process.env.CHROMIUM_PATH;
  let args: string[] = [];
  if (!executablePath) {
    // An ES module: imported by its file inside the project's node_modules.
    const url = pathToFileURL(req.resolve("@sparticuz/chromium")).href;
    // eslint-disable-next-line no-unsanitized/method -- the URL of one fixed package of the project
    const sparticuz = ((await import(url)) as typeof import("@sparticuz/chromium")).default;
    executablePath = await sparticuz.executablePath();
    args = sparticuz.args.filter((a) => !a.startsWith("--headless") && a !== "--single-process");
  }
  return chromium.launch({ executablePath, headless: true, args: [...new Set([...args, "--no-sandbox", "--disable-gpu"])] });
}
