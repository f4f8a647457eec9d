// `client-desk add-ids`: gives every entry typed without a block id one (` ^cd-xxxxxxxx` at the end
// of its line, unique across the vault), in every log note of the vault or of --client. Nothing
// else in a note changes (src/core/notes/entry-ids.ts). Each note is read first; a note with ids to
// add is changed under its lock, from its text as it is then (VaultWriter). Lines with errors are
// reported and get no id: exit 1 when there is one.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Diagnostic } from "../../core/shared/types";
import { addMissingEntryIds, logNotePaths, type AddedId } from "../../core/notes/entry-ids";
import { clientFolderPath } from "../../core/shared/paths";
import { diagnosticLine, diagnosticMessage } from "../../core/i18n";
import type { Context } from "../context";
import { CommandFailure } from "../errors";
import { printJson, printLines } from "../output";
import { reason } from "../vault-fs";
import { VaultWriter } from "../vault-writer";
import { openVault } from "./common";
import { findClient } from "./log";

export interface AddIdsJson {
  dryRun: boolean;
  /** The client folder of --client; null for the whole vault. */
  client: string | null;
  /** Entries given an id (with --dry-run: that would be). */
  added: number;
  /** The notes with ids added, in path order. */
  notes: { file: string; ids: AddedId[] }[];
  /** Lines with errors, which got no id. */
  errors: (Diagnostic & { message: string })[];
}

export function runAddIds(ctx: Context): number {
  const vault = openVault(ctx);
  const ref = ctx.args.values.get("client");
  const client = ref === undefined ? null : findClient(vault, ref);
  const dryRun = ctx.args.booleans.has("dry-run");
  const layout = vault.index.layout;
  const writer = dryRun ? null : new VaultWriter(vault.root);
  // Unique across the vault: the index's ids, and those given in this run (the index is not updated).
  const given = new Set<string>();
  const taken = (id: string) => given.has(id) || vault.index.hasId(id);

  const notes: AddIdsJson["notes"] = [];
  const errors: Diagnostic[] = [];
  for (const { path, key } of logNotePaths(vault.files, layout, client?.key)) {
    let text: string;
    try {
      text = readFileSync(join(vault.root, path), "utf8");
    } catch (e) {
      throw new CommandFailure("cli.error.read-failed", { path, reason: reason(e) });
    }
    const first = addMissingEntryIds(path, text, { taken });
    let edit = first;
    if (first.added.length > 0 && writer !== null) {
      // Inside the lock, on the note as it is now: when another process has changed it meanwhile,
      // the ids are worked out again on its new text.
      writer.update(
        path,
        (current) => {
          if (current === null) {
            edit = { text: "", added: [], errors: [] };
            return null;
          }
          edit = current === text ? first : addMissingEntryIds(path, current, { taken });
          return edit.added.length > 0 ? edit.text : null;
        },
        clientFolderPath(layout, key),
      );
    }
    errors.push(...edit.errors);
    if (edit.added.length === 0) continue;
    for (const a of edit.added) given.add(a.id);
    notes.push({ file: path, ids: edit.added });
  }

  const added = notes.reduce((s, n) => s + n.ids.length, 0);
  if (ctx.json) {
    const out: AddIdsJson = {
      dryRun,
      client: client?.key ?? null,
      added,
      notes,
      errors: errors.map((d) => ({ ...d, message: diagnosticMessage(d, ctx.t) })),
    };
    printJson(ctx.io, out);
  } else {
    const t = ctx.t;
    printLines(ctx.io, [
      ...notes.map((n) => t(dryRun ? "cli.add-ids.would-add" : "cli.add-ids.added", { file: n.file, count: n.ids.length })),
      ...errors.map((d) => diagnosticLine(d, t)),
      added === 0 ? t("cli.add-ids.none") : t(dryRun ? "cli.add-ids.dry-run" : "cli.add-ids.done", { count: added, notes: notes.length }),
      ...(errors.length > 0 ? [t("cli.add-ids.errors", { count: errors.length })] : []),
    ]);
  }
  return errors.length > 0 ? 1 : 0;
}
