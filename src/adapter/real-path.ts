// Every write of the plugin, and every template it reads, stays inside the vault by real path: a
// folder such as Reports or a client's Invoices may be a symbolic link, and Obsidian's vault API
// follows it on desktop, so a vault-relative path alone says nothing about where the bytes land.
// The rule is the CLI's (src/cli/vault-writer.ts): the real path of the target's deepest existing
// ancestor (the target itself when it exists) must be the vault's real path or lie under it.
//
// Only on desktop, with a FileSystemAdapter: there Node's fs is at hand and the vault is a folder on
// disk. On mobile (and with any other adapter) there is no Node fs to ask, Obsidian's mobile
// adapters do not follow links out of the app's storage, and a check that cannot be made is not
// pretended: the path is taken as it is.

import { FileSystemAdapter, Platform, getLanguage, normalizePath, type App } from "obsidian";
import { languageFrom, translator, type MessageKey, type Params } from "../core/i18n";
import type { Language, Settings } from "../core/shared/types";
import { uiLanguage } from "./language";

/** The two refusals: a write, or a template read. */
export type OutsideVaultKey = Extract<MessageKey, "real-path.write-outside" | "real-path.read-outside">;

/** A write or template read refused because its real location is outside the vault. */
export class OutsideVaultError extends Error {
  readonly key: OutsideVaultKey;
  readonly params: { path: string };

  constructor(key: OutsideVaultKey, path: string, language: Language) {
    super(translator(language)(key, { path }));
    this.name = "OutsideVaultError";
    this.key = key;
    this.params = { path };
  }
}

/** What of Node's fs and path this module uses. */
interface NodeFs {
  lstatSync(path: string): unknown;
  realpathSync(path: string): string;
}
interface NodePath {
  join(...parts: string[]): string;
  relative(from: string, to: string): string;
  isAbsolute(path: string): boolean;
  readonly sep: string;
}

let nodeModules: { fs: NodeFs; path: NodePath } | null = null;

/** Node's fs and path on desktop; null elsewhere (mobile has no Node). */
function node(): { fs: NodeFs; path: NodePath } | null {
  if (Platform.isDesktop) {
    if (nodeModules === null) {
      // Desktop only: Obsidian runs on Electron there and require is its global. A static import of
      // node:fs would break the plugin on mobile (obsidianmd/no-nodejs-modules accepts this guard).
      // eslint-disable-next-line no-undef, @typescript-eslint/no-require-imports -- Node's fs, desktop only (above)
      const fs = require("fs") as NodeFs;
      // eslint-disable-next-line no-undef, @typescript-eslint/no-require-imports -- Node's path, desktop only (above)
      const path = require("path") as NodePath;
      nodeModules = { fs, path };
    }
    return nodeModules;
  }
  return null;
}

/** realpath(basePath) per adapter: the vault's root does not move while the plugin runs. */
const realRoots = new WeakMap<FileSystemAdapter, string>();

function realRoot(fs: NodeFs, adapter: FileSystemAdapter): string {
  let root = realRoots.get(adapter);
  if (root === undefined) {
    root = fs.realpathSync(adapter.getBasePath());
    realRoots.set(adapter, root);
  }
  return root;
}

function exists(fs: NodeFs, p: string): boolean {
  try {
    fs.lstatSync(p);
    return true;
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === "ENOENT" || code === "ENOTDIR") return false;
    throw e;
  }
}

/**
 * Whether the vault-relative `path`'s real location is inside the vault. Always true on mobile or
 * with another adapter (see the top of this file). A `..` segment is refused outright; a symbolic
 * link that leads nowhere (its target missing) is refused, since where it would write cannot be told.
 */
export function isInsideVault(app: App, path: string): boolean {
  const adapter = app.vault.adapter;
  if (!(adapter instanceof FileSystemAdapter)) return true;
  const mods = node();
  if (mods === null) return true;
  const { fs, path: nodePath } = mods;
  const parts = normalizePath(path)
    .split("/")
    .filter((s) => s !== "" && s !== ".");
  if (parts.includes("..")) return false;
  let root: string;
  try {
    root = realRoot(fs, adapter);
  } catch {
    return false;
  }
  const base = adapter.getBasePath();
  for (let n = parts.length; n > 0; n--) {
    const p = nodePath.join(base, ...parts.slice(0, n));
    if (!exists(fs, p)) continue;
    let real: string;
    try {
      real = fs.realpathSync(p);
    } catch {
      return false;
    }
    const rel = nodePath.relative(root, real);
    return rel === "" || (rel !== ".." && !rel.startsWith(`..${nodePath.sep}`) && !nodePath.isAbsolute(rel));
  }
  // Nothing of the path exists yet: it would be made in the vault's root.
  return true;
}

export interface GuardOptions {
  /** A template read rather than a write (the message says so). */
  read?: boolean;
  /** The language of the error's message; default Obsidian's. */
  language?: Language;
}

/**
 * Throws OutsideVaultError (key, params { path }, message in `language`) unless `path`'s real
 * location is inside the vault. Called before every plugin write and template read.
 */
export function assertInsideVault(app: App, path: string, options: GuardOptions = {}): void {
  const refused = outsideVaultError(app, path, options);
  if (refused) throw refused;
}

/** The OutsideVaultError assertInsideVault would throw, or null: for a writer that hands back a promise. */
export function outsideVaultError(app: App, path: string, options: GuardOptions = {}): OutsideVaultError | null {
  if (isInsideVault(app, path)) return null;
  return new OutsideVaultError(options.read ? "real-path.read-outside" : "real-path.write-outside", path, options.language ?? languageFrom(getLanguage()));
}

/** assertInsideVault with the message in the plugin's language, for writers holding the settings. */
export function assertInside(ctx: { readonly app: App; readonly settings: Settings }, path: string, read = false): void {
  assertInsideVault(ctx.app, path, { read, language: uiLanguage(ctx.settings) });
}

/** A refusal as the keyed failure the writers return ({ ok: false, key, params }); null for any other error. */
export function refusalOf(e: unknown): { ok: false; key: MessageKey; params: Params } | null {
  return e instanceof OutsideVaultError ? { ok: false, key: e.key, params: e.params } : null;
}
