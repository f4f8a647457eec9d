// `client-desk export`: the time entries that start within a range of days (in the user's zone),
// of one client or all, as CSV with the columns of a Toggl Track detailed report. On stdout, or in
// a new file with --out (an existing file is never replaced).

import { resolve } from "node:path";
import { dayRange, dayStartMs, entriesStartingIn, exportCsv } from "../../core/time/export-csv";
import type { Context } from "../context";
import { requireValue } from "../context";
import { CommandFailure, UsageError } from "../errors";
import { printJson, printLines } from "../output";
import { createFile } from "../vault-writer";
import { reason } from "../vault-fs";
import { openVault } from "./common";
import { findClient } from "./log";

export interface ExportJson {
  from: string;
  to: string;
  zone: string;
  /** The client's key, or null for every client. */
  client: string | null;
  /** Entries exported, and their time in ms. */
  count: number;
  ms: number;
  /** The file written (as given to --out), or null when the CSV is in `csv`. */
  file: string | null;
  csv: string | null;
}

export function runExport(ctx: Context): number {
  const vault = openVault(ctx);
  const from = requireValue(ctx, "from").trim();
  const to = requireValue(ctx, "to").trim();
  for (const [flag, value] of [["--from", from], ["--to", to]]) {
    if (dayStartMs(value, vault.zone) === null) throw new UsageError("export.cli.date-invalid", { flag, value });
  }
  const range = dayRange(from, to, vault.zone);
  if (!range) throw new UsageError("export.cli.range", { from, to });
  const ref = ctx.args.values.get("client");
  const client = ref === undefined ? null : findClient(vault, ref);
  const entries = entriesStartingIn(vault.index.entriesBetween(range.from, range.to), range.from, range.to, client?.key ?? null);
  const csv = exportCsv(entries, { zone: vault.zone, client: (key) => vault.index.client(key) });
  const ms = entries.reduce((n, e) => n + ((e.end ?? e.start) - e.start), 0);

  const out = ctx.args.values.get("out");
  if (out !== undefined) {
    const abs = resolve(ctx.io.cwd, out);
    let made: boolean;
    try {
      made = createFile(abs, csv);
    } catch (e) {
      throw new CommandFailure("cli.error.write-failed", { path: out, reason: reason(e) });
    }
    if (!made) throw new UsageError("export.cli.exists", { path: out });
  }
  if (ctx.json) {
    const json: ExportJson = { from, to, zone: vault.zone, client: client?.key ?? null, count: entries.length, ms, file: out ?? null, csv: out === undefined ? csv : null };
    printJson(ctx.io, json);
  } else if (out !== undefined) {
    printLines(ctx.io, [ctx.t("export.cli.wrote", { count: entries.length, file: out })]);
  } else {
    // Data for a pipe or a file, written as it is.
    ctx.io.out(csv);
  }
  return 0;
}
