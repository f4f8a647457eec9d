// The text of import problems and file errors, in the UI's language.

import type { MessageKey, Translate } from "../../i18n";
import { CsvError } from "../csv";
import type { ImportTool } from "./formats";
import { ImportError, type ImportProblem } from "./preview";

export function toolName(tool: ImportTool, t: Translate): string {
  return t(tool === "toggl" ? "import.tool.toggl" : "import.tool.clockify");
}

/** Why a row was not imported, without its line and column. */
export function importProblemMessage(p: ImportProblem, t: Translate): string {
  return t(`import.problem.${p.code}` as MessageKey, p.params);
}

/** "Line 12 [Start time] …" — one line for lists and the CLI. */
export function importProblemLine(p: ImportProblem, t: Translate): string {
  const field = p.field === null ? "" : ` [${p.field}]`;
  return `${t("import.problems.line", { line: p.line })}${field}: ${importProblemMessage(p, t)}`;
}

/** The message of a whole file that cannot be imported; null for any other error. */
export function importErrorMessage(e: unknown, t: Translate): string | null {
  if (e instanceof CsvError) return t(`import.error.${e.code}` as MessageKey, { line: e.line });
  if (e instanceof ImportError) {
    const params = { ...e.params };
    if (typeof params.tool === "string") params.tool = toolName(params.tool as ImportTool, t);
    if (typeof params.detected === "string") params.detected = toolName(params.detected as ImportTool, t);
    return t(`import.error.${e.code}` as MessageKey, params);
  }
  return null;
}

/** "3 h 05 min" style durations for summaries (minutes rounded down). */
export function durationWords(ms: number, t: Translate): string {
  const minutes = Math.floor(ms / 60_000);
  return t("import.duration", { h: Math.floor(minutes / 60), m: String(minutes % 60).padStart(2, "0") });
}

// Every problem and error code needs a message in the catalogs: a missing one fails to compile here.
type MissingProblemText = Exclude<`import.problem.${ImportProblem["code"]}`, MessageKey>;
type MissingErrorText = Exclude<`import.error.${CsvError["code"] | ImportError["code"]}`, MessageKey>;
const everyProblemHasText: [MissingProblemText] extends [never] ? true : never = true;
const everyErrorHasText: [MissingErrorText] extends [never] ? true : never = true;
void everyProblemHasText;
void everyErrorHasText;
