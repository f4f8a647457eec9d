// Reads a vault folder from disk into a VaultIndex, the way the plugin sees it inside Obsidian:
// dot folders (the config folder `.obsidian`, `.trash`, `.git`…) are skipped, and only the notes
// the index wants are read. Settings come from the plugin's data.json, over the defaults.

import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import type { Settings } from "../core/shared/types";
import { VaultIndex } from "../core/index/vault-index";
import { keptInvoice } from "../core/index/invoice-fast";
import { classifyPath, type PathKind } from "../core/shared/paths";
import { teamIndexOptions, readSettings, userZone, type SettingProblem } from "../core/settings/settings";
import { CommandFailure, UsageError } from "./errors";
import { READ_AHEAD_FROM, readFiles, startReadAhead } from "./read-ahead";

export const PLUGIN_ID = "client-desk";

export interface LoadedVault {
  /** Absolute path of the vault folder. */
  root: string;
  /** The config folder's name, `.obsidian` unless renamed (see findConfigDir). */
  configDir: string;
  settingsPath: string;
  settings: Settings;
  problems: SettingProblem[];
  /** The user's IANA zone: the setting, else the system's. */
  zone: string;
  index: VaultIndex;
  /** Vault-relative paths of the notes read. */
  files: string[];
}

/** The vault folder, which must exist. */
export function vaultRoot(dir: string, cwd: string): string {
  const root = resolve(cwd, dir);
  let ok = false;
  try {
    ok = statSync(root).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new UsageError("cli.error.vault-missing", { path: root });
  return root;
}

/**
 * Obsidian's config folder in a vault. It is `.obsidian` unless the user renamed it (Obsidian
 * allows that, e.g. `.obsidian-work`): when `.obsidian` is absent and exactly one other dot folder
 * holds `plugins/` or `app.json`, that folder is the config folder.
 * scripts/install-plugin.mjs applies the same rule.
 */
export function findConfigDir(root: string): string {
  if (existsSync(join(root, ".obsidian"))) return ".obsidian";
  const candidates: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(root);
  } catch {
    return ".obsidian";
  }
  for (const name of names.sort()) {
    if (!name.startsWith(".") || name === "." || name === "..") continue;
    const dir = join(root, name);
    try {
      if (!statSync(dir).isDirectory()) continue;
    } catch {
      continue;
    }
    if (existsSync(join(dir, "plugins")) || existsSync(join(dir, "app.json"))) candidates.push(name);
  }
  return candidates.length === 1 ? candidates[0] : ".obsidian";
}

/** The plugin's settings from data.json (core readSettings); each bad value falls back with a problem. */
export function readSettingsFile(settingsPath: string): { settings: Settings; problems: SettingProblem[] } {
  if (!existsSync(settingsPath)) return readSettings({});
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(settingsPath, "utf8"));
  } catch (e) {
    throw new CommandFailure("cli.error.settings-unreadable", { path: settingsPath, reason: reason(e) });
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new CommandFailure("cli.error.settings-unreadable", { path: settingsPath, reason: "not a JSON object" });
  }
  return readSettings(data);
}

/**
 * The vault-relative paths (forward slashes) of every file, sorted by UTF-16 code units (`found`
 * hears the count grow), skipping dot folders and dot files (Obsidian does not show them; the
 * config folder is one) and symbolic links (no loops, nothing outside the vault).
 */
export function listVault(root: string, found?: (count: number) => void): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    const abs = rel === "" ? root : join(root, rel);
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      throw new CommandFailure("cli.error.read-failed", { path: rel === "" ? "." : rel, reason: reason(e) });
    }
    // Each folder's names sorted as the paths they lead to sort: a folder's by its name and a
    // slash. Walked in that order, the paths come out sorted, with no sort of them all.
    const keys: string[] = [];
    for (const d of entries) {
      if (d.name.startsWith(".")) continue;
      if (d.isDirectory()) keys.push(`${d.name}/`);
      else if (d.isFile()) keys.push(d.name);
    }
    keys.sort(byCodeUnits);
    for (const key of keys) {
      // A name holds no slash: a key ending in one is a folder's.
      const folder = key.charCodeAt(key.length - 1) === 47;
      const name = folder ? key.slice(0, -1) : key;
      const child = rel === "" ? name : `${rel}/${name}`;
      if (folder) visit(child);
      else {
        const count = out.push(child);
        if (found !== undefined) found(count);
      }
    }
  };
  visit("");
  return out;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface LoadOptions {
  /**
   * Kinds of note the command does not read (e.g. `report` reads no invoice): not given to the
   * index, and not read from disk unless `eachNote` wants them.
   */
  skip?: ReadonlySet<PathKind["kind"]>;
  /**
   * Called with every `.md` file of the vault and its text, in path order, so that a command that
   * looks at every note reads each file once. A file that cannot be read and that the index does
   * not want fails the load only after every note the index wants was read, as if it had been
   * read in a second pass.
   */
  eachNote?: (rel: string, text: string) => void;
  /** Read the files on a worker thread (read-ahead.ts); by default when there are many. */
  readAhead?: boolean;
  /**
   * Parse each plan note as it is read, for a command that reads them all (`check`): the index
   * otherwise keeps a plan's text until it is asked for the week, and at scale L the kept texts
   * (~30 MB, two bytes a character when a Vietnamese name is in them) were copied by every
   * young-generation collection of the load.
   */
  parsePlans?: boolean;
}

/** Reads a vault: settings, zone, and every note the index wants. */
export function loadVault(dir: string, cwd: string, options: LoadOptions = {}): LoadedVault {
  const root = vaultRoot(dir, cwd);
  const configDir = findConfigDir(root);
  const settingsPath = join(root, configDir, "plugins", PLUGIN_ID, "data.json");
  const { settings, problems } = readSettingsFile(settingsPath);
  const zone = userZone(settings);
  const layout = teamIndexOptions(settings);
  const index = new VaultIndex(layout);
  index.invoiceFromText = keptInvoice;
  const files: string[] = [];
  const { skip, eachNote } = options;
  let unread: CommandFailure | null = null;
  // Which files are read is known before any is: a worker reads them ahead (read-ahead.ts).
  const wanted: { rel: string; kind: PathKind["kind"]; indexed: boolean; visited: boolean }[] = [];
  // A vault with many files starts the reading worker while it is still being listed.
  const early = (count: number) => {
    if (count === READ_AHEAD_FROM && options.readAhead !== false) startReadAhead();
  };
  for (const rel of listVault(root, early)) {
    const kind = classifyPath(rel, layout).kind;
    const indexed = kind !== "other" && !(skip?.has(kind) ?? false);
    const visited = eachNote !== undefined && rel.endsWith(".md");
    if (indexed || visited) wanted.push({ rel, kind, indexed, visited });
  }
  // `root` is resolved and each path comes from readdir (no "." or ".." part): joined by hand, as
  // path.join would, without normalising 80k paths again.
  const base = root.endsWith(sep) ? root : root + sep;
  const reader = readFiles(
    wanted.map((w) => (sep === "/" ? w.rel : w.rel.split("/").join(sep))),
    options.readAhead,
    undefined,
    base,
  );
  try {
    for (const { rel, kind, indexed, visited } of wanted) {
      let text: string;
      try {
        text = reader.next();
      } catch (e) {
        const failure = new CommandFailure("cli.error.read-failed", { path: rel, reason: reason(e) });
        if (kind !== "other") throw failure;
        unread ??= failure;
        continue;
      }
      if (indexed) {
        index.setFile(rel, text);
        if (kind === "plan" && options.parsePlans === true) index.parsePlan(rel);
        files.push(rel);
      }
      if (visited && unread === null) eachNote?.(rel, text);
    }
  } finally {
    reader.close();
  }
  if (unread !== null) throw unread;
  return { root, configDir, settingsPath, settings, problems, zone, index, files };
}

/** A short reason for a failed file operation, e.g. "EACCES: permission denied, open '…'". */
export function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
