// A problem with one flag's value, said as a sentence that names the flag. The checks are the
// dialogs' (core/lifecycle), whose words ("Enter an amount.") speak to a form field; on the
// command line the flag is what the person typed, so it leads the sentence.

import type { MessageKey, Params } from "../core/i18n";
import type { CliTranslate } from "./messages";

/** Problems of the dialogs that mean "nothing was given": said as the flag missing. */
const EMPTY: ReadonlySet<string> = new Set(["lifecycle.error.rate-missing", "lifecycle.error.name-empty", "lifecycle.error.title-empty"]);

export function flagProblem(t: CliTranslate, flag: string, key: MessageKey, params?: Params): string {
  const name = `--${flag}`;
  if (key === "lifecycle.error.rate-missing") return t("cli.error.amount-missing", { flag: name });
  if (EMPTY.has(key)) return t("cli.error.flag-missing", { flag: name });
  return t("cli.error.flag-problem", { flag: name, message: t(key, params) });
}
