// What each part of the plugin's production main.js weighs: builds it in memory with the options
// of esbuild.config.mjs and a metafile, then prints the minified bytes per package (node_modules)
// and per folder of src/ (src/core by group, src/features by feature).
//   npm run size              parts, largest first
//   npm run size -- --files   also the 25 largest files
import esbuild from "esbuild";
import { pluginBuildOptions } from "./plugin-build.mjs";

const showFiles = process.argv.includes("--files");

const result = await esbuild.build({
  ...pluginBuildOptions(true),
  logLevel: "error",
  write: false,
  metafile: true,
});

const [outName, output] = Object.entries(result.metafile.outputs)[0];

/** node_modules/chart.js/dist/… → chart.js; src/core/i18n/en.ts → src/core/i18n. */
function partOf(path) {
  const modules = path.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = path.slice(modules + "node_modules/".length).split("/");
    return rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const parts = path.split("/");
  if (parts[0] !== "src" || parts.length <= 2) return path;
  if ((parts[1] === "core" || parts[1] === "features") && parts.length > 3) return parts.slice(0, 3).join("/");
  return parts.slice(0, 2).join("/");
}

const parts = new Map();
const files = [];
let inputs = 0;
for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
  parts.set(partOf(path), (parts.get(partOf(path)) ?? 0) + bytesInOutput);
  files.push([path, bytesInOutput]);
  inputs += bytesInOutput;
}

const say = (line) => process.stdout.write(`${line}\n`);
const kB = (n) => `${(n / 1000).toFixed(1).padStart(7)} kB`;
const pct = (n) => `${((100 * n) / output.bytes).toFixed(1).padStart(5)} %`;
const rows = [...parts].sort((a, b) => b[1] - a[1]);
say(`${outName}: ${kB(output.bytes)} (minified, ${output.bytes} bytes)`);
for (const [name, bytes] of rows) say(`${kB(bytes)} ${pct(bytes)}  ${name}`);
say(`${kB(output.bytes - inputs)} ${pct(output.bytes - inputs)}  (esbuild's own wrappers)`);
if (showFiles) {
  say("\nLargest files:");
  for (const [path, bytes] of files.sort((a, b) => b[1] - a[1]).slice(0, 25)) say(`${kB(bytes)}  ${path}`);
}
