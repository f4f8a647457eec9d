// What the architecture tests look for in a file's syntax tree: HTML built from strings, network
// calls, console.log, Intl objects built at module load, and writes to the vault.
import ts from "typescript";
import { importedModules, lineOf, visit } from "./source";

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
export function forbiddenUses(sf: ts.SourceFile): { what: string; line: number }[] {
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

export function consoleLogs(sf: ts.SourceFile): number[] {
  const out: number[] = [];
  visit(sf, (node) => {
    if ((ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) && memberName(node) === "log") {
      if (objectName(node) === "console") out.push(lineOf(sf, node));
    }
  });
  return out;
}

/**
 * Lines that build an Intl object when the module is evaluated: outside every function, or in a
 * static member. Each costs milliseconds (the first one starts ICU), paid by every start of the
 * plugin even when nothing is formatted.
 */
export function intlAtModuleLoad(sf: ts.SourceFile): number[] {
  const out: number[] = [];
  const isStatic = (p: ts.PropertyDeclaration) => ts.getModifiers(p)?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword) ?? false;
  // Runs on a call (a function) or per instance (an instance field), not when the module loads.
  const deferred = (node: ts.Node): boolean => {
    for (let p = node.parent; p !== undefined; p = p.parent) {
      if (ts.isFunctionLike(p)) return true;
      if (ts.isClassStaticBlockDeclaration(p)) return false;
      if (ts.isPropertyDeclaration(p)) return !isStatic(p);
    }
    return false;
  };
  visit(sf, (node) => {
    if (!ts.isNewExpression(node) && !ts.isCallExpression(node)) return;
    const callee = node.expression;
    if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "Intl" && !deferred(node)) out.push(lineOf(sf, node));
  });
  return out;
}

/**
 * Lines of the object literals built when the module loads (outside any function): a catalog of a
 * language the user may never pick is built on first use instead.
 */
export function objectsAtModuleLoad(sf: ts.SourceFile): number[] {
  const out: number[] = [];
  const inFunction = (node: ts.Node): boolean => {
    for (let p = node.parent; p !== undefined; p = p.parent) if (ts.isFunctionLike(p)) return true;
    return false;
  };
  visit(sf, (node) => {
    if (ts.isObjectLiteralExpression(node) && !inFunction(node)) out.push(lineOf(sf, node));
  });
  return out;
}

/** The vault's, the file manager's and the data adapter's methods that change files. */
const WRITES: Record<string, ReadonlySet<string>> = {
  vault: new Set(["process", "create", "createBinary", "createFolder", "modify", "modifyBinary", "append", "delete", "rename", "trash", "copy"]),
  fileManager: new Set(["processFrontMatter", "renameFile", "trashFile"]),
  adapter: new Set(["write", "writeBinary", "append", "process", "mkdir", "remove", "rmdir", "rename", "copy", "trashLocal", "trashSystem"]),
};

/** Calls that write to the vault: `….vault.process(…)`, `fileManager.processFrontMatter(…)`, `vault.adapter.write(…)`. */
export function vaultWrites(sf: ts.SourceFile): { what: string; line: number }[] {
  const out: { what: string; line: number }[] = [];
  visit(sf, (node) => {
    if (!ts.isCallExpression(node)) return;
    const callee = node.expression;
    const method = memberName(callee);
    if (method === null || !(ts.isPropertyAccessExpression(callee) || ts.isElementAccessExpression(callee))) return;
    const receiver = callee.expression;
    const owner = ts.isIdentifier(receiver) ? receiver.text : ts.isPropertyAccessExpression(receiver) ? receiver.name.text : null;
    if (owner !== null && Object.hasOwn(WRITES, owner) && WRITES[owner].has(method)) out.push({ what: `${owner}.${method}`, line: lineOf(sf, node) });
  });
  return out;
}
