// Reading the source tree for the architecture tests: every file parsed with TypeScript, every
// module it imports (all import forms), and where a relative import leads.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, normalize, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SOURCE = /\.(?:[cm]?[jt]s|tsx|jsx)$/;

export function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

export function parse(path: string, text: string): ts.SourceFile {
  const kind = /\.[cm]?js$|\.jsx$/.test(path) ? ts.ScriptKind.JS : path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
}

export function visit(sf: ts.SourceFile, fn: (node: ts.Node) => void): void {
  const go = (node: ts.Node): void => {
    fn(node);
    ts.forEachChild(node, go);
  };
  go(sf);
}

export const lineOf = (sf: ts.SourceFile, node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;

/** Every module a file imports: static, type-only, re-export, dynamic, require, import-equals, import types. */
export function importedModules(sf: ts.SourceFile): { spec: string; line: number }[] {
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

export const NODE_BUILTINS = new Set(builtinModules);
export function isNodeModule(spec: string): boolean {
  return spec.startsWith("node:") || NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split("/")[0]);
}

export interface SourceFile {
  /** Repository-relative, forward slashes. */
  rel: string;
  text: string;
  sf: ts.SourceFile;
}

/** Every source file under a folder of the repository. */
export function sourceFiles(folder: string): SourceFile[] {
  return walk(join(ROOT, folder)).map((path) => {
    const text = readFileSync(path, "utf8");
    return { rel: relative(ROOT, path).split(sep).join("/"), text, sf: parse(path, text) };
  });
}

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

/** The repository-relative file a relative import leads to; null for packages and Node modules. */
export function resolveImport(fromRel: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = normalize(join(ROOT, dirname(fromRel), spec));
  const candidates = [base, `${base}.ts`, `${base}/index.ts`, base.replace(/\.js$/, ".ts"), `${base}.mjs`];
  const hit = candidates.find(isFile);
  return hit === undefined ? null : relative(ROOT, hit).split(sep).join("/");
}

/** The strongly connected components of more than one file (import loops), each sorted. */
export function importLoops(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) loops.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return loops;
}
