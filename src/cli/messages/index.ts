// The CLI's translator: the core's messages (src/core/i18n) and the CLI's own (./en.ts, ./vi.ts).

import { translatorWith, type MessageKey, type Translate } from "../../core/i18n";
import type { Language } from "../../core/shared/types";
import { cliEn, type CliMessageKey } from "./en";
import { cliVi } from "./vi";

export type { CliMessageKey };
/** Any key the CLI may show: the core's and its own. */
export type CliKey = MessageKey | CliMessageKey;
export type CliTranslate = Translate<CliKey>;

// A key in both catalogs fails to compile here.
type Repeated = Extract<CliMessageKey, MessageKey>;
const noKeyRepeated: [Repeated] extends [never] ? true : never = true;
void noKeyRepeated;

export function cliTranslator(language: Language): CliTranslate {
  return translatorWith<CliMessageKey>(language, { en: cliEn, vi: cliVi });
}
