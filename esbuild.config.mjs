// Bundles the plugin into main.js and copies styles/ into styles.css at the top level,
// where Obsidian expects the three release files (main.js, manifest.json, styles.css).
import esbuild from "esbuild";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { pluginBuildOptions } from "./scripts/plugin-build.mjs";

const production = process.argv[2] === "production";

function buildStyles() {
  const parts = readdirSync("styles")
    .filter((f) => f.endsWith(".css"))
    .sort()
    .map((f) => readFileSync(`styles/${f}`, "utf8"));
  writeFileSync("styles.css", parts.join("\n"));
}

const context = await esbuild.context({
  ...pluginBuildOptions(production),
  plugins: [
    {
      name: "styles",
      setup(build) {
        build.onEnd(() => buildStyles());
      },
    },
  ],
});

if (production) {
  await context.rebuild();
  await context.dispose();
} else {
  await context.watch();
}
