// The owner's approval note of a person's week (docs/team.md): a note the plugin writes whole,
// created, or on approving again replaced through Vault.process. Only the owner's device writes it.

import { normalizePath, type App } from "obsidian";
import type { VaultContext } from "./context";
import { assertInside } from "./real-path";
import { createNote } from "./new-note";

export async function writeApproval(ctx: VaultContext, path: string, text: string): Promise<void> {
  const target = normalizePath(path);
  assertInside(ctx, target);
  const app: App = ctx.app;
  const existing = app.vault.getFileByPath(target);
  const file = existing ?? (await createNote(app, target, text));
  if (existing) await app.vault.process(existing, () => text);
  ctx.indexer.noteWritten(file, text);
}
