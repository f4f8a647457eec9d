// `client-desk import toggl|clockify FILE`: adds the entries of a Toggl Track or Clockify
// detailed-report CSV to the clients' monthly log notes. Everything is checked before anything is
// written: an unreadable file, a file of the wrong tool or a note that would not read the new lines
// writes nothing at all. Only bytes at the end of existing notes are added.

import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { CsvError, decodeCsvBytes, parseCsv, type CsvTable } from "../../core/time/csv";
import { entryLine, newLogNote } from "../../core/notes/log-append";
import { clientFolderPath } from "../../core/shared/paths";
import { isValidZone } from "../../core/shared/zones";
import {
  appendLines,
  durationWords,
  ImportError,
  importErrorMessage,
  importProblemMessage,
  linesReadBack,
  planAppends,
  previewTable,
  targetFromIndex,
  toolName,
  type ImportEntry,
  type ImportPreview,
  type ImportProblem,
  type ImportTool,
} from "../../core/time/import";
import type { Context } from "../context";
import { CommandFailure, UsageError } from "../errors";
import { printJson, printLines } from "../output";
import { listVault, reason } from "../vault-fs";
import { openVault } from "./common";
import { VaultWriter } from "../vault-writer";

export interface ImportJson extends Omit<ImportPreview, "problems" | "entries"> {
  /** The CSV file as given on the command line. */
  file: string;
  dryRun: boolean;
  /** `message` as every JSON problem has it; `reason`, the same text, kept for older readers. */
  problems: (ImportProblem & { reason: string; message: string })[];
  /** The new entries, each with the log note it goes to and the line written there. */
  entries: (ImportEntry & { file: string; text: string })[];
  /** The log notes written (or that would be, with --dry-run). */
  notes: { file: string; created: boolean; count: number }[];
}

export function runImport(ctx: Context): number {
  const toolArg = ctx.args.positionals[1];
  if (toolArg === undefined) throw new UsageError("import.cli.tool-missing");
  if (toolArg !== "toggl" && toolArg !== "clockify") throw new UsageError("import.cli.tool-unknown", { value: toolArg });
  const tool: ImportTool = toolArg;
  const fileArg = ctx.args.positionals[2];
  if (fileArg === undefined || fileArg.trim() === "") throw new UsageError("import.cli.file-missing", { tool });
  const dateFormat = ctx.args.values.get("date-format");
  if (dateFormat !== undefined && dateFormat !== "mdy" && dateFormat !== "dmy") {
    throw new UsageError("import.cli.date-format-invalid", { value: dateFormat });
  }
  const zoneArg = ctx.args.values.get("zone");
  if (zoneArg !== undefined && !isValidZone(zoneArg.trim())) throw new UsageError("import.cli.zone-invalid", { value: zoneArg });
  const dryRun = ctx.args.booleans.has("dry-run");

  const vault = openVault(ctx);
  const zone = zoneArg?.trim() ?? vault.zone;
  const table = readTable(ctx, resolve(ctx.io.cwd, fileArg), fileArg);

  // A task becomes a link when a note of that name exists anywhere in the vault, as Obsidian
  // resolves [[Name]] (any folder, any letter case).
  let noteNames: Set<string> | null = null;
  const taskNoteExists = (task: string): boolean => {
    noteNames ??= new Set(listVault(vault.root).filter((p) => p.endsWith(".md")).map((p) => p.slice(p.lastIndexOf("/") + 1, -3).toLowerCase()));
    return noteNames.has(task.toLowerCase());
  };

  let preview: ImportPreview;
  try {
    preview = previewTable(table, targetFromIndex(vault.index), {
      tool,
      zone,
      userZone: vault.zone,
      dateOrder: dateFormat,
      taskNoteExists,
    });
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    if (e.code === "columns-missing") {
      throw new UsageError("import.cli.wrong-tool", { file: fileArg, tool: toolName(tool, ctx.t), columns: String(e.params.columns) });
    }
    if (e.code === "tool-mismatch") {
      const detected = String(e.params.detected) as ImportTool;
      throw new UsageError("import.cli.tool-mismatch", { file: fileArg, detected: toolName(detected, ctx.t), command: detected });
    }
    if (e.code === "date-order-ambiguous") throw new UsageError("import.cli.date-order-ambiguous", { file: fileArg });
    if (e.code === "date-order-conflict") throw new UsageError("import.cli.date-order-conflict", { file: fileArg });
    throw new CommandFailure("import.cli.unreadable", { file: fileArg, reason: importErrorMessage(e, ctx.t) ?? e.code });
  }

  const layout = vault.index.layout;
  const existing = (path: string): string | null => {
    const abs = join(vault.root, path);
    if (!existsSync(abs)) return null;
    try {
      return readFileSync(abs, "utf8");
    } catch (e) {
      throw new CommandFailure("cli.error.read-failed", { path, reason: reason(e) });
    }
  };
  const plans = planAppends(preview.entries, existing, layout, vault.zone);
  // Every check before the first write.
  for (const plan of plans) if (!plan.readable) throw new CommandFailure("import.cli.refused", { file: plan.path });

  if (!dryRun) {
    const writer = new VaultWriter(vault.root);
    for (const plan of plans) {
      // Inside the note's lock, the lines go after the note as it is then (another process may
      // have just created or appended to it), and must still read back as these entries.
      writer.update(
        plan.path,
        (current) => {
          if (current === plan.before) return plan.after;
          const after = appendLines(current ?? newLogNote(plan.clientKey, plan.month), plan.lines);
          if (!linesReadBack(plan.path, plan.clientKey, after, plan.ids)) throw new CommandFailure("import.cli.refused", { file: plan.path });
          return after;
        },
        clientFolderPath(layout, plan.clientKey),
      );
    }
  }

  const noteOf = new Map<string, string>();
  for (const plan of plans) for (const id of plan.ids) noteOf.set(id, plan.path);
  const code = preview.problems.length > 0 || preview.unmatchedRows > 0 ? 1 : 0;

  if (ctx.json) {
    const out: ImportJson = {
      file: fileArg,
      dryRun,
      ...preview,
      problems: preview.problems.map((p) => {
        const message = importProblemMessage(p, ctx.t);
        return { ...p, reason: message, message };
      }),
      entries: preview.entries.map((e) => ({ ...e, file: noteOf.get(e.id) ?? "", text: entryLine(e) })),
      notes: plans.map((p) => ({ file: p.path, created: p.before === null, count: p.lines.length })),
    };
    printJson(ctx.io, out);
    return code;
  }
  const t = ctx.t;
  const lines: string[] = [
    t("import.cli.summary", {
      rows: preview.rows,
      entries: preview.entries.length,
      duplicates: preview.duplicates,
      unmatched: preview.unmatchedRows,
      problems: preview.problemRows,
    }),
  ];
  for (const c of preview.perClient) lines.push(`  ${t("import.cli.client", { name: c.name, count: c.count, duration: durationWords(c.ms, t) })}`);
  if (preview.unmatchedClients.length > 0) {
    lines.push(t("import.cli.unmatched", { names: preview.unmatchedClients.map((n) => (n === "" ? t("import.unmatched.empty") : n)).join(", ") }));
  }
  for (const p of preview.problems) {
    lines.push(`${fileArg}:${p.line}${p.field === null ? "" : ` [${p.field}]`} ${importProblemMessage(p, t)}`);
  }
  for (const plan of plans) {
    lines.push(
      plan.before === null
        ? t("import.cli.created", { file: plan.path, count: plan.lines.length })
        : t("import.cli.appended", { file: plan.path, count: plan.lines.length }),
    );
  }
  if (dryRun) lines.push(t("import.cli.dry-run"));
  printLines(ctx.io, lines);
  return code;
}

/** The CSV file as a table; an unreadable file (missing, not UTF-8, truncated) is exit 3. */
function readTable(ctx: Context, abs: string, shown: string): CsvTable {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(abs);
  } catch (e) {
    throw new CommandFailure("cli.error.read-failed", { path: shown, reason: reason(e) });
  }
  try {
    return parseCsv(decodeCsvBytes(bytes));
  } catch (e) {
    if (e instanceof CsvError) throw new CommandFailure("import.cli.unreadable", { file: shown, reason: importErrorMessage(e, ctx.t) ?? e.code });
    throw e;
  }
}
