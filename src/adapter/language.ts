import { getLanguage } from "obsidian";
import type { Language, Settings } from "../core/shared/types";
import { languageFrom } from "../core/i18n";

/** The UI language: the setting, or Obsidian's own language when set to follow it. */
export function uiLanguage(settings: Settings): Language {
  if (settings.language !== "auto") return settings.language;
  return languageFrom(getLanguage());
}
