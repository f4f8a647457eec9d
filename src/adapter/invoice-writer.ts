// Invoice notes' writes: a new invoice or reminder note through vault.create (refused when the path
// exists, so nothing is overwritten), and status and payment changes through
// FileManager.processFrontMatter (the body and unknown fields stay as they are). New invoices are
// written one at a time (OneAtATime), so that each is numbered knowing the ones before it.

import type { App, TFile } from "obsidian";
import type { MessageKey, Params } from "../core/i18n";
import type { VaultContext } from "./context";
import { createNote } from "./new-note";
import { assertInside, assertInsideVault, refusalOf } from "./real-path";

type Failure = { ok: false; key: MessageKey; params: Params };
export type WriteResult = { ok: true; path: string } | Failure;

/** A new note at `path` (already normalized), indexed at once; refused when the path is taken. */
export async function writeNewNote(ctx: VaultContext, path: string, text: string): Promise<WriteResult> {
  if (ctx.app.vault.getAbstractFileByPath(path)) return { ok: false, key: "invoice.notice.exists", params: { file: path } };
  try {
    assertInside(ctx, path);
    const file = await createNote(ctx.app, path, text);
    ctx.indexer.noteWritten(file, text);
    return { ok: true, path };
  } catch (e) {
    const refused = refusalOf(e);
    if (refused) return refused;
    return { ok: false, key: "invoice.notice.write-failed", params: { reason: e instanceof Error ? e.message : String(e) } };
  }
}

/**
 * A change of an invoice's frontmatter. `pre` is the check made on the indexed invoice: a refused
 * change never reaches processFrontMatter (which re-serialises the YAML). `change` checks again on
 * the frontmatter as it is then, and makes the change when it may.
 */
export async function changeInvoice<R extends { ok: boolean }>(app: App, file: TFile, pre: R, change: (fm: Record<string, unknown>) => R): Promise<R | Failure> {
  if (!pre.ok) return pre;
  try {
    assertInsideVault(app, file.path);
  } catch (e) {
    const refused = refusalOf(e);
    if (refused) return refused;
    throw e;
  }
  let result: R = pre;
  await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
    result = change(fm);
  });
  return result;
}

/**
 * Runs asynchronous work one piece after another, in the order asked: a piece starts when the one
 * before has ended, whether it succeeded or threw.
 */
export class OneAtATime {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
