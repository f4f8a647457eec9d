// `client-desk ics --week 2026-W49 [--client NAME] [--out FILE]`: the week's planned blocks (or one
// client's) as an .ics file that Google, Outlook and Apple Calendar import (src/core/planner/plan-ics.ts).
// On stdout, or in a new file with --out (an existing file is never replaced).

import { resolve } from "node:path";
import { planIcs } from "../../core/planner/plan-ics";
import { isWeekId } from "../../core/shared/week";
import type { Context } from "../context";
import { CommandFailure, UsageError } from "../errors";
import { printJson, printLines } from "../output";
import { createFile } from "../vault-writer";
import { reason } from "../vault-fs";
import { openVault } from "./common";
import { findClient } from "./log";

export interface IcsJson {
  week: string;
  zone: string;
  /** The client's key, or null for every client. */
  client: string | null;
  /** Blocks written. */
  count: number;
  /** The file written (as given to --out), or null when the calendar is in `ics`. */
  file: string | null;
  ics: string | null;
}

export function runIcs(ctx: Context): number {
  const week = ctx.args.values.get("week");
  if (week === undefined) throw new UsageError("ics.cli.week-missing");
  if (!isWeekId(week)) throw new UsageError("cli.error.week-invalid", { value: week });
  // The plan alone: calendars are busy time, not what is written.
  const vault = openVault(ctx, { skip: new Set(["calendar"]) });
  const ref = ctx.args.values.get("client");
  const client = ref === undefined ? null : findClient(vault, ref);
  const { text, count } = planIcs(vault.index, { week, zone: vault.zone, weekStart: vault.settings.weekStart, clientKey: client?.key ?? null, now: ctx.now(vault.zone), t: ctx.t });

  const out = ctx.args.values.get("out");
  if (out !== undefined) {
    const abs = resolve(ctx.io.cwd, out);
    let made: boolean;
    try {
      made = createFile(abs, text);
    } catch (e) {
      throw new CommandFailure("cli.error.write-failed", { path: out, reason: reason(e) });
    }
    if (!made) throw new UsageError("ics.cli.exists", { path: out });
  }
  if (ctx.json) {
    const json: IcsJson = { week, zone: vault.zone, client: client?.key ?? null, count, file: out ?? null, ics: out === undefined ? text : null };
    printJson(ctx.io, json);
  } else if (out !== undefined) printLines(ctx.io, [ctx.t("ics.cli.wrote", { count, week, file: out })]);
  else ctx.io.out(text);
  return 0;
}
