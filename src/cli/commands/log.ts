// `client-desk log`: appends one time entry to the client's log note of the month of its start
// (in the user's zone), creating the note when the month has none. Only bytes at the end of the
// note are written; nothing before them is touched.

import type { Client, Entry } from "../../core/shared/types";
import { appendLine, entryLine, newLogNote } from "../../core/notes/log-append";
import { parseLogNote } from "../../core/notes/log-note";
import { clientFolderPath, personLogPath } from "../../core/shared/paths";
import { workingAs } from "../team-as";
import { logPersonOf } from "../../core/time/team";
import { linkTarget, newEntryId } from "../../core/notes/timed-line";
import { unsafeNamePart } from "../../core/shared/names";
import { monthOf } from "../../core/shared/week";
import type { Context } from "../context";
import { requireValue } from "../context";
import { CommandFailure, UsageError } from "../errors";
import { printJson, printLines, terminalSafe } from "../output";
import { parseTimeArg } from "../time";
import { openVault } from "./common";
import type { LoadedVault } from "../vault-fs";
import { VaultWriter } from "../vault-writer";

export interface LogJson {
  /** Vault-relative path of the log note. */
  file: string;
  /** The line written, without its line break. */
  line: string;
  /** The entry as the index reads it back from that line. */
  entry: Entry;
  /** True when the month's log note was created. */
  created: boolean;
  /** Ids of entries already in the vault (any client) whose time overlaps the new one. */
  overlaps: string[];
}

export function runLog(ctx: Context): number {
  const vault = openVault(ctx);
  ctx.now(vault.zone);
  const ref = requireValue(ctx, "client");
  const startText = requireValue(ctx, "start");
  const endText = requireValue(ctx, "end");
  const client = findClient(vault, ref);
  const start = time(startText, "--start", vault.zone);
  const end = time(endText, "--end", vault.zone);
  if (end.ms <= start.ms) throw new UsageError("cli.error.end-before-start", { start: startText, end: endText });

  const layout = vault.index.layout;
  const month = monthOf(start.ms, vault.zone);
  const file = personLogPath(layout, client.key, month, logPersonOf(workingAs(ctx, vault)));
  const folder = clientFolderPath(layout, client.key);

  const taskText = ctx.args.values.get("task");
  const isLink = taskText !== undefined && /^\s*\[\[[^\]]*\]\]\s*$/.test(taskText);
  const taken = new Set(vault.index.entriesBetween(-Infinity, Infinity).map((e) => e.id));
  let id = newEntryId();
  for (let i = 0; taken.has(id) && i < 100; i++) id = newEntryId();

  const line = entryLine({
    id,
    start: start.ms,
    startOffset: start.offset,
    end: end.ms,
    endOffset: end.offset,
    task: taskText === undefined ? null : isLink ? linkTarget(taskText) : taskText,
    taskAsLink: isLink,
    note: ctx.args.values.get("note") ?? null,
    billable: !ctx.args.booleans.has("non-billable"),
  });

  // Made inside the note's lock from the note as it is then: another process may have just
  // created or appended to it.
  let entry: Entry | undefined;
  const { before } = new VaultWriter(vault.root).update(
    file,
    (current) => {
      const after = appendLine(current ?? newLogNote(client.key, month), line);
      entry = readBack(file, client.key, after, id) ?? undefined;
      if (!entry) throw new CommandFailure("cli.error.entry-unreadable", { file });
      return after;
    },
    folder,
  );
  if (!entry) throw new CommandFailure("cli.error.entry-unreadable", { file });

  const overlaps = vault.index.entriesBetween(start.ms, end.ms);
  if (ctx.json) {
    const out: LogJson = { file, line, entry, created: before === null, overlaps: overlaps.map((e) => e.id) };
    printJson(ctx.io, out);
  } else {
    for (const e of overlaps) {
      ctx.io.err(terminalSafe(`client-desk: ${ctx.t("cli.log.overlap", { id: e.id, file: e.file, line: e.line })}`) + "\n");
    }
    printLines(ctx.io, [
      ...(before === null ? [ctx.t("cli.log.created", { file })] : []),
      ctx.t("cli.log.added", { file }),
      line,
    ]);
  }
  return 0;
}

export function findClient(vault: LoadedVault, ref: string): Client {
  const client = vault.index.findClient(ref.trim());
  if (!client) {
    const names = vault.index.clients().map((c) => c.name);
    throw new UsageError("cli.error.client-unknown", {
      value: ref,
      root: vault.settings.clientsRoot,
      known: names.length === 0 ? "—" : names.slice(0, 12).join(", ") + (names.length > 12 ? ", …" : ""),
    });
  }
  // The index never lists a client whose folder name is unsafe; checked again because this name
  // becomes a path.
  const problem = unsafeNamePart(client.key);
  if (problem !== null) throw new CommandFailure("cli.error.path-outside", { path: client.key });
  return client;
}

function time(text: string, flag: string, zone: string): { ms: number; offset: number } {
  const r = parseTimeArg(text, zone);
  if (!r.ok) {
    throw new UsageError(r.reason === "gap" ? "cli.error.time-gap" : "cli.error.time-invalid", { flag, value: text, zone });
  }
  return r;
}

/** The entry as the index reads it back from the new last line of `text`; null when it does not. */
function readBack(file: string, key: string, text: string, id: string): Entry | null {
  const parsed = parseLogNote(file, key, text);
  const entry = parsed.entries.find((e) => e.id === id);
  if (!entry) return null;
  const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  return entry.line === lines ? entry : null;
}
