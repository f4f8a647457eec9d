// Reads a vault folder from disk into a VaultIndex, the way the plugin sees it inside Obsidian:
// dot folders (the config folder `.obsidian`, `.trash`, `.git`…) are skipped, and only the notes
// the index wants are read. Settings come from the plugin's data.json, over the defaults.

import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { DEFAULT_SETTINGS, type Settings } from "../core/shared/types";
import { VaultIndex } from "../core/index/vault-index";
import { isCurrencyCode } from "../core/shared/currencies";
import { isWeekday, parseWeekdays } from "../core/shared/hours";
import { isValidZone, resolveZone } from "../core/shared/zones";
import { CommandFailure, UsageError } from "./errors";
import { readInvoiceSettings } from "../core/billing/invoice-settings";

export const PLUGIN_ID = "client-desk";

export interface SettingWarning {
  field: keyof Settings;
  value: string;
  fallback: string;
}

export interface LoadedVault {
  /** Absolute path of the vault folder. */
  root: string;
  /** The config folder's name, `.obsidian` unless renamed (see findConfigDir). */
  configDir: string;
  settingsPath: string;
  settings: Settings;
  warnings: SettingWarning[];
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

const LANGUAGES = ["auto", "en", "vi"] as const;

/** The plugin's settings: data.json over DEFAULT_SETTINGS; each bad value falls back with a warning. */
export function readSettings(settingsPath: string): { settings: Settings; warnings: SettingWarning[] } {
  const settings: Settings = { ...DEFAULT_SETTINGS, workingDays: [...DEFAULT_SETTINGS.workingDays] };
  const warnings: SettingWarning[] = [];
  if (!existsSync(settingsPath)) return { settings, warnings };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(settingsPath, "utf8"));
  } catch (e) {
    throw new CommandFailure("cli.error.settings-unreadable", { path: settingsPath, reason: reason(e) });
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new CommandFailure("cli.error.settings-unreadable", { path: settingsPath, reason: "not a JSON object" });
  }
  const raw = data as Record<string, unknown>;
  const warn = (field: keyof Settings, value: unknown) => {
    const fallback = DEFAULT_SETTINGS[field];
    warnings.push({
      field,
      value: typeof value === "string" ? value : JSON.stringify(value),
      fallback: Array.isArray(fallback) ? fallback.join(", ") : fallback === "" ? "(empty)" : String(fallback),
    });
  };
  const folder = (field: "clientsRoot" | "plannerFolder" | "templatesFolder" | "workflowsFolder" | "subcontractorsFolder" | "packagesFolder") => {
    const v = raw[field];
    if (v === undefined) return;
    if (typeof v === "string" && !v.split(/[\\/]/).some((p) => p === "..") && !/^([\\/]|[A-Za-z]:)/.test(v)) {
      settings[field] = v;
    } else warn(field, v);
  };
  folder("clientsRoot");
  folder("plannerFolder");
  folder("templatesFolder");
  folder("workflowsFolder");
  folder("subcontractorsFolder");
  folder("packagesFolder");
  if (raw.timeZone !== undefined) {
    if (typeof raw.timeZone === "string" && (raw.timeZone === "" || isValidZone(raw.timeZone))) {
      settings.timeZone = raw.timeZone;
    } else warn("timeZone", raw.timeZone);
  }
  if (raw.workingHours !== undefined) {
    if (typeof raw.workingHours === "string") settings.workingHours = raw.workingHours;
    else warn("workingHours", raw.workingHours);
  }
  if (raw.workingDays !== undefined) {
    const days = parseWeekdays(raw.workingDays);
    if (days && days.length > 0) settings.workingDays = days;
    else warn("workingDays", raw.workingDays);
  }
  if (raw.homeCurrency !== undefined) {
    // The index parses money in this currency: an unknown code must never reach it.
    if (typeof raw.homeCurrency === "string" && isCurrencyCode(raw.homeCurrency)) {
      settings.homeCurrency = raw.homeCurrency;
    } else warn("homeCurrency", raw.homeCurrency);
  }
  if (raw.weekStart !== undefined) {
    if (isWeekday(raw.weekStart)) settings.weekStart = raw.weekStart;
    else warn("weekStart", raw.weekStart);
  }
  if (raw.language !== undefined) {
    if ((LANGUAGES as readonly unknown[]).includes(raw.language)) settings.language = raw.language as Settings["language"];
    else warn("language", raw.language);
  }
  if (raw.reviewFolder !== undefined) {
    if (typeof raw.reviewFolder === "string" && !raw.reviewFolder.split(/[\\/]/).some((p) => p === "..") && !/^([\\/]|[A-Za-z]:)/.test(raw.reviewFolder)) {
      settings.reviewFolder = raw.reviewFolder;
    } else warn("reviewFolder", raw.reviewFolder);
  }
  if (raw.capacityHours !== undefined) {
    if (typeof raw.capacityHours === "number" && raw.capacityHours >= 1 && raw.capacityHours <= 168) settings.capacityHours = raw.capacityHours;
    else warn("capacityHours", raw.capacityHours);
  }
  if (raw.conversionRates !== undefined) {
    if (Array.isArray(raw.conversionRates) && raw.conversionRates.every((r) => typeof r === "string")) settings.conversionRates = raw.conversionRates;
    else warn("conversionRates", raw.conversionRates);
  }
  const invoice = readInvoiceSettings(raw);
  Object.assign(settings, invoice.values);
  for (const field of invoice.bad) warn(field, raw[field]);
  return { settings, warnings };
}

/**
 * The vault-relative paths (forward slashes) of every file, sorted, skipping dot folders and dot
 * files (Obsidian does not show them; the config folder is one) and symbolic links (no loops,
 * nothing outside the vault).
 */
export function listVault(root: string): string[] {
  const out: string[] = [];
  const visit = (rel: string) => {
    const abs = rel === "" ? root : join(root, rel);
    let entries;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (e) {
      throw new CommandFailure("cli.error.read-failed", { path: rel === "" ? "." : rel, reason: reason(e) });
    }
    for (const d of entries) {
      if (d.name.startsWith(".")) continue;
      const child = rel === "" ? d.name : `${rel}/${d.name}`;
      if (d.isDirectory()) visit(child);
      else if (d.isFile()) out.push(child);
    }
  };
  visit("");
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Reads a vault: settings, zone, and every note the index wants. */
export function loadVault(dir: string, cwd: string): LoadedVault {
  const root = vaultRoot(dir, cwd);
  const configDir = findConfigDir(root);
  const settingsPath = join(root, configDir, "plugins", PLUGIN_ID, "data.json");
  const { settings, warnings } = readSettings(settingsPath);
  const zone = resolveZone(settings.timeZone);
  const index = new VaultIndex({
    clientsRoot: settings.clientsRoot,
    plannerFolder: settings.plannerFolder,
    timezone: zone,
    currency: settings.homeCurrency,
  });
  const files: string[] = [];
  for (const rel of listVault(root)) {
    if (!index.wants(rel)) continue;
    let text: string;
    try {
      text = readFileSync(join(root, rel), "utf8");
    } catch (e) {
      throw new CommandFailure("cli.error.read-failed", { path: rel, reason: reason(e) });
    }
    index.setFile(rel, text);
    files.push(rel);
  }
  return { root, configDir, settingsPath, settings, warnings, zone, index, files };
}

/** A short reason for a failed file operation, e.g. "EACCES: permission denied, open '…'". */
export function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
