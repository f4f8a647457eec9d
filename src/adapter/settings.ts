// Settings as stored by Obsidian (data.json), read defensively: a hand-edited or older data.json
// never breaks loading, and unknown keys are kept for a newer version of the plugin.

import type { Settings } from "../core/shared/types";
import { DEFAULT_SETTINGS } from "../core/shared/types";
import { isWeekday, parseHoursRange, parseWeekdays } from "../core/shared/hours";
import { isCurrencyCode } from "../core/shared/currencies";
import { isValidZone } from "../core/shared/zones";
import { readInvoiceSettings } from "../core/billing/invoice-settings";

export function readSettings(raw: unknown): Settings {
  const data = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const s: Settings = { ...DEFAULT_SETTINGS, workingDays: [...DEFAULT_SETTINGS.workingDays] };
  const str = (k: string) => (typeof data[k] === "string" ? (data[k]) : null);
  const folder = (k: string) => {
    const v = str(k);
    return v !== null && !v.split("/").includes("..") ? v.replace(/^\/+|\/+$/g, "") : null;
  };
  s.clientsRoot = folder("clientsRoot") ?? s.clientsRoot;
  s.plannerFolder = folder("plannerFolder") ?? s.plannerFolder;
  const zone = str("timeZone");
  if (zone !== null && (zone === "" || isValidZone(zone))) s.timeZone = zone;
  const hours = str("workingHours");
  if (hours !== null && parseHoursRange(hours)) s.workingHours = hours;
  const days = parseWeekdays(data.workingDays);
  if (days && days.length > 0) s.workingDays = days;
  const currency = str("homeCurrency");
  if (currency !== null && isCurrencyCode(currency)) s.homeCurrency = currency;
  const start = str("weekStart");
  if (isWeekday(start)) s.weekStart = start;
  const language = str("language");
  if (language === "auto" || language === "en" || language === "vi") s.language = language;
  const num = (k: string, min: number, max: number) => {
    const v = data[k];
    return typeof v === "number" && Number.isFinite(v) && v >= min && v <= max ? v : null;
  };
  s.idleHours = num("idleHours", 0.25, 72) ?? s.idleHours;
  if (typeof data.pomodoro === "boolean") s.pomodoro = data.pomodoro;
  s.pomodoroWork = num("pomodoroWork", 1, 240) ?? s.pomodoroWork;
  s.pomodoroBreak = num("pomodoroBreak", 1, 120) ?? s.pomodoroBreak;
  s.plannerBuffer = num("plannerBuffer", 0, 240) ?? s.plannerBuffer;
  s.templatesFolder = folder("templatesFolder") ?? s.templatesFolder;
  s.workflowsFolder = folder("workflowsFolder") ?? s.workflowsFolder;
  s.subcontractorsFolder = folder("subcontractorsFolder") ?? s.subcontractorsFolder;
  s.packagesFolder = folder("packagesFolder") ?? s.packagesFolder;
  s.reviewFolder = folder("reviewFolder") ?? s.reviewFolder;
  s.capacityHours = num("capacityHours", 1, 168) ?? s.capacityHours;
  if (Array.isArray(data.conversionRates) && data.conversionRates.every((r) => typeof r === "string")) s.conversionRates = [...(data.conversionRates)];
  Object.assign(s, readInvoiceSettings(data).values);
  return s;
}
