// @vitest-environment node
// Architecture rules (ARCHITECTURE.md, "Invariants"), checked on the syntax tree of every source
// file, so that comments and strings that merely mention a name do not count:
// - src/core imports neither `obsidian` nor a Node module, in any import or require form;
// - nothing under src/ builds HTML from strings or talks to the network;
// - only src/cli writes to the console with console.log.
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SOURCE = /\.(?:[cm]?[jt]s|tsx|jsx)$/;

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

function parse(path: string, text: string): ts.SourceFile {
  const kind = /\.[cm]?js$|\.jsx$/.test(path) ? ts.ScriptKind.JS : path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
}

function visit(sf: ts.SourceFile, fn: (node: ts.Node) => void): void {
  const go = (node: ts.Node): void => {
    fn(node);
    ts.forEachChild(node, go);
  };
  go(sf);
}

const lineOf = (sf: ts.SourceFile, node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;

/** Every module a file imports: static, type-only, re-export, dynamic, require, import-equals, import types. */
function importedModules(sf: ts.SourceFile): { spec: string; line: number }[] {
  const out: { spec: string; line: number }[] = [];
  const add = (node: ts.Node, spec: ts.Node | undefined) => {
    if (spec && ts.isStringLiteralLike(spec)) out.push({ spec: spec.text, line: lineOf(sf, node) });
  };
  visit(sf, (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node, node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node, node.argument.literal);
    else if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const isImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire =
        (ts.isIdentifier(callee) && callee.text === "require") ||
        (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "require");
      if (isImport || isRequire) add(node, node.arguments[0]);
    }
  });
  return out;
}

const NODE_BUILTINS = new Set(builtinModules);
function isNodeModule(spec: string): boolean {
  return spec.startsWith("node:") || NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split("/")[0]);
}
const NETWORK_MODULES = new Set(["http", "https", "http2", "net", "tls", "dgram", "dns", "undici"]);

const HTML_SINKS = new Set(["innerHTML", "outerHTML", "insertAdjacentHTML"]);
const NETWORK_GLOBALS = new Set(["XMLHttpRequest", "WebSocket", "EventSource"]);
const NETWORK_FUNCTIONS = new Set(["fetch", "requestUrl", "request"]);
const GLOBAL_OBJECTS = new Set(["window", "globalThis", "self", "activeWindow", "global"]);

/** A name that is only a property or member name here, not a reference to a variable. */
function isMemberName(node: ts.Identifier): boolean {
  const p = node.parent;
  return (
    (ts.isPropertyAccessExpression(p) && p.name === node) ||
    (ts.isPropertyAssignment(p) && p.name === node) ||
    (ts.isMethodDeclaration(p) && p.name === node) ||
    (ts.isPropertyDeclaration(p) && p.name === node) ||
    (ts.isPropertySignature(p) && p.name === node) ||
    (ts.isMethodSignature(p) && p.name === node) ||
    (ts.isGetAccessor(p) && p.name === node) ||
    (ts.isSetAccessor(p) && p.name === node)
  );
}

const memberName = (node: ts.Node): string | null =>
  ts.isPropertyAccessExpression(node)
    ? node.name.text
    : ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)
      ? node.argumentExpression.text
      : null;

const objectName = (node: ts.PropertyAccessExpression | ts.ElementAccessExpression): string | null =>
  ts.isIdentifier(node.expression) ? node.expression.text : null;

/** HTML from strings and network calls, by line. */
function forbiddenUses(sf: ts.SourceFile): { what: string; line: number }[] {
  const out: { what: string; line: number }[] = [];
  const flag = (what: string, node: ts.Node) => out.push({ what, line: lineOf(sf, node) });
  visit(sf, (node) => {
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const name = memberName(node);
      if (name === null) return;
      if (HTML_SINKS.has(name)) flag(name, node);
      else if (name === "requestUrl" || name === "sendBeacon") flag(name, node);
      else if (NETWORK_FUNCTIONS.has(name) && GLOBAL_OBJECTS.has(objectName(node) ?? "")) flag(name, node);
    } else if (ts.isIdentifier(node) && !isMemberName(node)) {
      if (NETWORK_GLOBALS.has(node.text)) flag(node.text, node);
      else if ((node.text === "fetch" || node.text === "requestUrl") && !ts.isImportSpecifier(node.parent)) flag(node.text, node);
    } else if (ts.isImportSpecifier(node)) {
      const decl = node.parent.parent.parent;
      const imported = (node.propertyName ?? node.name).text;
      if (ts.isStringLiteral(decl.moduleSpecifier) && decl.moduleSpecifier.text === "obsidian" && NETWORK_FUNCTIONS.has(imported)) {
        flag(`${imported} from obsidian`, node);
      }
    }
  });
  for (const { spec, line } of importedModules(sf)) {
    if (NETWORK_MODULES.has(spec.replace(/^node:/, "").split("/")[0])) out.push({ what: `import ${spec}`, line });
  }
  return out;
}

function consoleLogs(sf: ts.SourceFile): number[] {
  const out: number[] = [];
  visit(sf, (node) => {
    if ((ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && memberName(node) === "log") {
      if (objectName(node) === "console") out.push(lineOf(sf, node));
    }
  });
  return out;
}

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
});

describe("the source tree", { timeout: 30_000 }, () => {
  const files = walk(join(ROOT, "src")).map((path) => {
    const text = readFileSync(path, "utf8");
    return { path, rel: relative(ROOT, path).split(sep).join("/"), text, sf: parse(path, text) };
  });
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

  it("only src/cli uses console.log", () => {
    const found: string[] = [];
    for (const f of files) {
      if (f.rel.startsWith("src/cli/")) continue;
      for (const line of consoleLogs(f.sf)) found.push(`${f.rel}:${line} uses console.log`);
    }
    expect(found).toEqual([]);
  });
});
