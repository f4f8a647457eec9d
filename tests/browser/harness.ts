// Browser harness: bundles a TypeScript entry (with "obsidian" aliased to the fake) into an IIFE,
// loads it with the Obsidian stand-in theme and the plugin's styles into headless Chromium, and
// takes screenshots into .artifacts/screenshots/. No network: the page is set from memory and every
// http(s) request is aborted. One browser per test file (module state), closed after the file's
// tests (an afterAll registered on import; closeBrowser() may also be called directly).
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";
import { builtinModules } from "node:module";
import { type Browser, type BrowserContext, type Page, chromium } from "playwright-core";
import { afterAll } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
export const projectRoot = resolve(here, "../..");
const fakeObsidian = join(projectRoot, "tests/fake/obsidian.ts");
export const screenshotDir = join(projectRoot, ".artifacts/screenshots");

const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

export interface OpenPageOptions {
  theme: "light" | "dark";
  width?: number;
  height?: number;
  /** Extra CSS appended after the theme and the plugin's styles. */
  css?: string;
}

export interface OpenedPage {
  page: Page;
  browser: Browser;
  context: BrowserContext;
  /** Uncaught page errors and console.error messages, for asserting a clean run. */
  errors: string[];
  /** Saves .artifacts/screenshots/<name>.png (of the page, or of `selector`) and returns its path. */
  screenshot(name: string, options?: { selector?: string; fullPage?: boolean }): Promise<string>;
  close(): Promise<void>;
}

let browserPromise: Promise<Browser> | null = null;

// The browser lives as long as the test file that imported this module.
afterAll(() => closeBrowser());

async function launch(): Promise<Browser> {
  let executablePath = process.env.CHROMIUM_PATH;
  let args: string[] = [];
  if (!executablePath) {
    const sparticuz = (await import("@sparticuz/chromium")).default;
    executablePath = await sparticuz.executablePath();
    // --single-process makes closing a context close the whole browser; one browser serves many pages here.
    args = sparticuz.args.filter((a) => !a.startsWith("--headless") && a !== "--single-process");
  }
  return chromium.launch({ executablePath, headless: true, args: [...new Set([...args, ...CHROMIUM_FLAGS])] });
}

/** The browser for this test file, launched on first use. */
export function getBrowser(): Promise<Browser> {
  browserPromise ??= launch();
  return browserPromise;
}

export async function closeBrowser(): Promise<void> {
  if (!browserPromise) return;
  const b = await browserPromise.catch(() => null);
  browserPromise = null;
  await b?.close();
}

const bundleCache = new Map<string, string>();

/** Bundles an entry file for the page: IIFE, browser platform, "obsidian" -> the fake. */
export async function bundle(entry: string): Promise<string> {
  const file = isAbsolute(entry) ? entry : resolve(projectRoot, entry);
  const cached = bundleCache.get(file);
  if (cached) return cached;
  const result = await esbuild.build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2022",
    sourcemap: "inline",
    logLevel: "silent",
    absWorkingDir: projectRoot,
    // As in the plugin's build: Node's modules are Electron's on desktop (src/adapter/real-path.ts
    // requires them only there), never bundled; the page's fake vault is not on disk.
    external: [...builtinModules],
    plugins: [
      {
        name: "fake-obsidian",
        setup(build) {
          build.onResolve({ filter: /^obsidian$/ }, () => ({ path: fakeObsidian }));
        },
      },
    ],
  });
  const code = result.outputFiles[0].text;
  bundleCache.set(file, code);
  return code;
}

/**
 * styles/*.css joined in name order as the build does (the source, so a stale build never hides a
 * change), or the built styles.css at the top level when there is no styles/ folder.
 */
export function pluginStyles(): string {
  const dir = join(projectRoot, "styles");
  const built = join(projectRoot, "styles.css");
  if (!existsSync(dir)) return existsSync(built) ? readFileSync(built, "utf8") : "";
  return readdirSync(dir)
    .filter((f) => f.endsWith(".css"))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8"))
    .join("\n");
}

function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "screenshot";
}

/**
 * Opens a page running `entry` (a .ts file, bundled) in the given theme. The body has class
 * theme-light or theme-dark before the script runs; the script runs after the styles are in.
 */
export async function openPage(entry: string, opts: OpenPageOptions): Promise<OpenedPage> {
  const code = await bundle(entry);
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1000, height: opts.height ?? 720 }, deviceScaleFactor: 1, colorScheme: opts.theme });
  await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(`console.error: ${msg.text()}`);
  });
  const theme = readFileSync(join(here, "theme.css"), "utf8");
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><title>Client Desk test page</title></head><body class="theme-${opts.theme}"></body></html>`);
  await page.addStyleTag({ content: theme });
  await page.addStyleTag({ content: pluginStyles() });
  if (opts.css) await page.addStyleTag({ content: opts.css });
  await page.addScriptTag({ content: code });
  // Let the entry's async work (app start, view opening) settle before returning.
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready !== false, null, { timeout: 30_000 });
  return {
    page,
    browser,
    context,
    errors,
    async screenshot(name: string, options: { selector?: string; fullPage?: boolean } = {}): Promise<string> {
      mkdirSync(screenshotDir, { recursive: true });
      const path = join(screenshotDir, `${safeName(name)}.png`);
      if (options.selector) await page.locator(options.selector).first().screenshot({ path, animations: "disabled" });
      else await page.screenshot({ path, fullPage: options.fullPage ?? false, animations: "disabled" });
      return path;
    },
    async close(): Promise<void> {
      await context.close();
    },
  };
}
