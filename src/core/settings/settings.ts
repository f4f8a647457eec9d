// The plugin's settings (data.json) read into valid settings plus one problem per value that did
// not read. The plugin and the CLI both read them here, so a value means the same in both: a
// hand-edited or older data.json never breaks loading, and each bad value falls back to its default
// (the CLI says so on stderr).

import { DEFAULT_SETTINGS, type HoursRange, type Settings } from "../shared/types";
import { isWeekday, parseHoursRange, parseWeekdays } from "../shared/hours";
import { isCurrencyCode } from "../shared/currencies";
import { isValidZone, resolveZone } from "../shared/zones";
import { readInvoiceSettings } from "../billing/invoice-settings";
import type { IndexOptions } from "../index/indexed-notes";

/** A stored value that did not read: the default (`fallback`, as text) is used instead. */
export interface SettingProblem {
  field: keyof Settings;
  /** The stored value as text (JSON for anything but a string). */
  value: string;
  fallback: string;
}

type FolderField = "clientsRoot" | "plannerFolder" | "calendarsFolder" | "templatesFolder" | "workflowsFolder" | "subcontractorsFolder" | "packagesFolder" | "reviewFolder" | "teamFolder";
const FOLDERS: readonly FolderField[] = [
  "clientsRoot",
  "plannerFolder",
  "calendarsFolder",
  "templatesFolder",
  "workflowsFolder",
  "subcontractorsFolder",
  "packagesFolder",
  "reviewFolder",
  "teamFolder",
];

type NumberField = "idleHours" | "maxEntryHours" | "pomodoroWork" | "pomodoroBreak" | "plannerBuffer" | "capacityHours";
const NUMBERS: readonly [NumberField, number, number][] = [
  ["idleHours", 0.25, 72],
  ["maxEntryHours", 0.5, 168],
  ["pomodoroWork", 1, 240],
  ["pomodoroBreak", 1, 120],
  ["plannerBuffer", 0, 240],
  ["capacityHours", 1, 168],
];

const LANGUAGES: readonly unknown[] = ["auto", "en", "vi"];

/**
 * A folder inside the vault, without leading or trailing slashes; null for anything that could
 * leave the vault (a `..` part, a drive letter) or is not text.
 */
function vaultFolder(v: unknown): string | null {
  if (typeof v !== "string" || v.split(/[\\/]/).includes("..") || /^[A-Za-z]:/.test(v)) return null;
  return v.replace(/^[\\/]+|[\\/]+$/g, "");
}

/** Stored settings (anything JSON.parse gives) → valid settings and a problem for each bad value. */
export function readSettings(raw: unknown): { settings: Settings; problems: SettingProblem[] } {
  const data = (raw !== null && typeof raw === "object" && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  const settings: Settings = { ...DEFAULT_SETTINGS, workingDays: [...DEFAULT_SETTINGS.workingDays] };
  const problems: SettingProblem[] = [];
  const bad = (field: keyof Settings) => {
    const value = data[field];
    const fallback = DEFAULT_SETTINGS[field];
    problems.push({
      field,
      value: typeof value === "string" ? value : JSON.stringify(value),
      fallback: Array.isArray(fallback) ? fallback.join(", ") : fallback === "" ? "(empty)" : String(fallback),
    });
  };
  const given = (field: keyof Settings) => data[field] !== undefined;

  for (const field of FOLDERS) {
    if (!given(field)) continue;
    const v = vaultFolder(data[field]);
    if (v === null) bad(field);
    else settings[field] = v;
  }
  for (const [field, min, max] of NUMBERS) {
    if (!given(field)) continue;
    const v = data[field];
    if (typeof v === "number" && Number.isFinite(v) && v >= min && v <= max) settings[field] = v;
    else bad(field);
  }
  if (given("timeZone")) {
    const v = data.timeZone;
    if (typeof v === "string" && (v === "" || isValidZone(v))) settings.timeZone = v;
    else bad("timeZone");
  }
  if (given("workingHours")) {
    const v = data.workingHours;
    if (typeof v === "string" && parseHoursRange(v) !== null) settings.workingHours = v;
    else bad("workingHours");
  }
  if (given("workingDays")) {
    const days = parseWeekdays(data.workingDays);
    if (days !== null && days.length > 0) settings.workingDays = days;
    else bad("workingDays");
  }
  if (given("homeCurrency")) {
    // The index parses money in this currency: an unknown code must never reach it.
    const v = data.homeCurrency;
    if (typeof v === "string" && isCurrencyCode(v)) settings.homeCurrency = v;
    else bad("homeCurrency");
  }
  if (given("weekStart")) {
    if (isWeekday(data.weekStart)) settings.weekStart = data.weekStart;
    else bad("weekStart");
  }
  if (given("language")) {
    if (LANGUAGES.includes(data.language)) settings.language = data.language as Settings["language"];
    else bad("language");
  }
  if (given("pomodoro")) {
    if (typeof data.pomodoro === "boolean") settings.pomodoro = data.pomodoro;
    else bad("pomodoro");
  }
  if (given("conversionRates")) {
    const v = data.conversionRates;
    if (Array.isArray(v) && v.every((r) => typeof r === "string")) settings.conversionRates = [...v];
    else bad("conversionRates");
  }
  const invoice = readInvoiceSettings(data);
  Object.assign(settings, invoice.values);
  for (const field of invoice.bad) bad(field);
  return { settings, problems };
}

/** The user's IANA zone: the setting, or the system's when it is empty. */
export function userZone(settings: Pick<Settings, "timeZone">): string {
  return resolveZone(settings.timeZone);
}

/** The user's working hours (readSettings keeps only ranges that read). */
export function userHours(settings: Pick<Settings, "workingHours">): HoursRange {
  return parseHoursRange(settings.workingHours) ?? (parseHoursRange(DEFAULT_SETTINGS.workingHours) as HoursRange);
}

/** What the index is built with; a change in any of these rebuilds it. */
export function indexOptions(settings: Settings): IndexOptions {
  return {
    clientsRoot: settings.clientsRoot,
    plannerFolder: settings.plannerFolder,
    calendarsFolder: settings.calendarsFolder,
    timezone: userZone(settings),
    currency: settings.homeCurrency,
  };
}

/** The index options with the team's folders: people notes, subcontractor notes, approvals (docs/team.md). */
export function teamIndexOptions(settings: Settings): IndexOptions {
  return { ...indexOptions(settings), teamFolder: settings.teamFolder, subcontractorsFolder: settings.subcontractorsFolder };
}
