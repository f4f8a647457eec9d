// @vitest-environment node
// The rules every source file keeps (ARCHITECTURE.md, "Invariants"), checked on the syntax tree, so
// that comments and strings that merely mention a name do not count:
// - src/core imports neither `obsidian` nor a Node module, in any import or require form;
// - nothing under src/ builds HTML from strings or talks to the network;
// - only src/cli writes to the console with console.log;
// - no Intl object is built when a module loads (every start of the plugin would pay for it);
// - the Vietnamese catalog is built on first use, not when the plugin loads.
import { describe, expect, it } from "vitest";
import { consoleLogs, forbiddenUses, intlAtModuleLoad, objectsAtModuleLoad } from "./checks";
import { importedModules, isNodeModule, parse, sourceFiles } from "./source";

const snippet = (text: string, path = "x.ts") => parse(path, text);

describe("the checks themselves", () => {
  it("find every import form", () => {
    const sf = snippet(
      [
        'import { App } from "obsidian";',
        'import type { TFile } from "obsidian";',
        'import "obsidian";',
        'export { Notice } from "obsidian";',
        'export * from "node:fs";',
        'const fs = require("fs");',
        "const os = require(`os`);",
        'const p = await import("node:path");',
        'import cp = require("child_process");',
        'let t: import("obsidian").TFile;',
        'require.resolve("path");',
      ].join("\n"),
    );
    expect(importedModules(sf).map((m) => [m.spec, m.line])).toEqual([
      ["obsidian", 1],
      ["obsidian", 2],
      ["obsidian", 3],
      ["obsidian", 4],
      ["node:fs", 5],
      ["fs", 6],
      ["os", 7],
      ["node:path", 8],
      ["child_process", 9],
      ["obsidian", 10],
      ["path", 11],
    ]);
  });

  it("tell Node modules from packages and local files", () => {
    for (const spec of ["fs", "fs/promises", "node:fs", "path", "os", "node:test", "child_process", "crypto", "util"]) {
      expect(isNodeModule(spec)).toBe(true);
    }
    for (const spec of ["luxon", "js-yaml", "./paths", "../types", "obsidian", "./fs"]) expect(isNodeModule(spec)).toBe(false);
  });

  it("find HTML sinks and network calls, not names in comments or strings", () => {
    const bad = snippet(
      [
        "el.innerHTML = x;",
        "el.outerHTML = x;",
        'el.insertAdjacentHTML("beforeend", x);',
        'el["innerHTML"] = x;',
        'await fetch("https://example.com");',
        "await window.fetch(u);",
        "await requestUrl({ url: u });",
        "new XMLHttpRequest();",
        "new WebSocket(u);",
        'import { request } from "obsidian";',
        "await obsidian.requestUrl(u);",
        'import https from "node:https";',
      ].join("\n"),
    );
    expect(forbiddenUses(bad).map((f) => f.line).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const fine = snippet(
      [
        "// never use innerHTML or fetch( here",
        'const s = "innerHTML fetch( XMLHttpRequest";',
        "el.setText(x);",
        "class Store { fetch() { return 1; } }",
        "store.fetch();",
        "const o = { fetch: 1 };",
      ].join("\n"),
    );
    expect(forbiddenUses(fine)).toEqual([]);
  });

  it("find console.log but not console.error or a comment", () => {
    const sf = snippet('console.log("a");\nconsole.error("b");\n// console.log\nconsole["log"]("c");\nlogger.log("d");');
    expect(consoleLogs(sf)).toEqual([1, 4]);
  });

  it("find Intl objects built at module load, not those built on a call or per instance", () => {
    const sf = snippet(
      [
        "const a = new Intl.Collator();",
        "function f() { return new Intl.NumberFormat(); }",
        "const g = () => new Intl.DateTimeFormat();",
        "class C { x = new Intl.PluralRules(); static y = new Intl.Collator(); m() { return new Intl.Collator(); } }",
        "class D { static { new Intl.Segmenter(); } }",
        "const zones = Intl.supportedValuesOf('timeZone');",
        "// new Intl.Collator()",
      ].join("\n"),
    );
    expect(intlAtModuleLoad(sf)).toEqual([1, 4, 5, 6]);
  });

  it("find the object literals built when a module loads, and not those built on a call", () => {
    const sf = snippet(['export const a = { x: "1" };', 'export const b = (): Record<string, string> => ({ x: "1" });', "export function c() {", '  return { ...a, y: { z: "2" } };', "}", "const d = [{ e: 1 }];"].join("\n"));
    expect(objectsAtModuleLoad(sf)).toEqual([1, 6]);
  });
});

describe("the source tree", { timeout: 30_000 }, () => {
  const files = sourceFiles("src");
  const core = files.filter((f) => f.rel.startsWith("src/core/"));

  it("is found", () => {
    expect(core.map((f) => f.rel)).toEqual(
      expect.arrayContaining(["src/core/shared/types.ts", "src/core/shared/week.ts", "src/core/index/vault-index.ts", "src/core/i18n/en.ts"]),
    );
  });

  it("src/core imports neither obsidian nor a Node module", () => {
    const found: string[] = [];
    for (const f of core) {
      for (const { spec, line } of importedModules(f.sf)) {
        if (spec === "obsidian" || spec.startsWith("obsidian/") || isNodeModule(spec)) found.push(`${f.rel}:${line} imports ${spec}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("nothing under src/ uses innerHTML, outerHTML, insertAdjacentHTML or the network", () => {
    const found: string[] = [];
    for (const f of files) {
      for (const { what, line } of forbiddenUses(f.sf)) found.push(`${f.rel}:${line} uses ${what}`);
    }
    expect(found).toEqual([]);
  });

  it("no module builds an Intl object when it loads", () => {
    const found: string[] = [];
    for (const f of files) for (const line of intlAtModuleLoad(f.sf)) found.push(`${f.rel}:${line}`);
    expect(found).toEqual([]);
  });

  it("builds no object of the Vietnamese catalog when the plugin loads", () => {
    const catalogs = files.filter((f) => /^src\/core\/i18n\/(.+\.)?vi\.ts$/.test(f.rel));
    expect(catalogs.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const f of catalogs) for (const line of objectsAtModuleLoad(f.sf)) found.push(`${f.rel}:${line}`);
    expect(found).toEqual([]);
  });

  it("only src/cli uses console.log", () => {
    const found: string[] = [];
    for (const f of files) {
      if (f.rel.startsWith("src/cli/")) continue;
      for (const line of consoleLogs(f.sf)) found.push(`${f.rel}:${line} uses console.log`);
    }
    expect(found).toEqual([]);
  });
});
