// What every command gets: where to print, the parsed options, the language and the clock.

import type { Language } from "../core/shared/types";
import { cliTranslator, type CliTranslate } from "./messages";
import type { ParsedArgs } from "./args";
import type { Io } from "./output";
import { UsageError } from "./errors";
import { parseTimeArg } from "./time";

export interface Context {
  io: Io;
  args: ParsedArgs;
  json: boolean;
  /** The language of messages; `--lang` if given. */
  lang: Language;
  t: CliTranslate;
  /** True when --lang was given: settings must not change the language then. */
  langFixed: boolean;
  /** "Now": --now (a local --now is read in `zone`) or the system clock. */
  now(zone: string): number;
}

export function makeContext(io: Io, args: ParsedArgs, lang: Language, langFixed: boolean, clock: () => number): Context {
  const nowText = args.values.get("now");
  const ctx: Context = {
    io,
    args,
    json: args.booleans.has("json"),
    lang,
    t: cliTranslator(lang),
    langFixed,
    now(zone: string): number {
      if (nowText === undefined) return clock();
      const r = parseTimeArg(nowText, zone);
      if (!r.ok) throw new UsageError(r.reason === "gap" ? "cli.error.time-gap" : "cli.error.time-invalid", {
        flag: "--now",
        value: nowText,
        zone,
      });
      return r.ms;
    },
  };
  return ctx;
}

/** Follows the plugin's language setting, unless --lang was given or the setting is "auto". */
export function adoptLanguage(ctx: Context, setting: "auto" | Language): void {
  if (ctx.langFixed || setting === "auto") return;
  ctx.lang = setting;
  ctx.t = cliTranslator(setting);
}

export function requireValue(ctx: Context, flag: string): string {
  const v = ctx.args.values.get(flag);
  if (v === undefined || v.trim() === "") throw new UsageError("cli.error.flag-missing", { flag: `--${flag}` });
  return v;
}
