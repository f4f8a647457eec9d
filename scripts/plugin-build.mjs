// The plugin's esbuild options, shared by esbuild.config.mjs (the build) and scripts/bundle-size.mjs
// (what each part of main.js weighs), so that the size measured is the size shipped.
import { builtinModules } from "node:module";

/** @param {boolean} production */
export function pluginBuildOptions(production) {
  return {
    entryPoints: ["src/main.ts"],
    bundle: true,
    external: [
      "obsidian",
      "electron",
      "@codemirror/*",
      "@lezer/*",
      ...builtinModules,
    ],
    format: "cjs",
    target: "es2022",
    platform: "browser",
    logLevel: "info",
    sourcemap: production ? false : "inline",
    treeShaking: true,
    minify: production,
    // The Vietnamese messages as UTF-8, not as \uXXXX escapes (six bytes a letter).
    charset: "utf8",
    outfile: "main.js",
  };
}
