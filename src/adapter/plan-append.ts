// One new block line at the end of a week's plan note, through Vault.process (or vault.create with
// a new week note when it does not exist yet). The id is fresh in the vault and in the note.

import { normalizePath, type App } from "obsidian";
import { appendLine } from "../core/notes/log-append";
import { blockLine, newPlanNote, type BlockInput } from "../core/planner/plan-edit";
import { planNotePath } from "../core/shared/paths";
import { newEntryId } from "../core/notes/timed-line";
import type { VaultIndex } from "../core/index/vault-index";
import { assertInsideVault } from "./real-path";

/** Appends the block and returns the plan note's path and the line written. */
export async function appendBlock(app: App, index: VaultIndex, week: string, input: Omit<BlockInput, "id">, person: string | null = null): Promise<{ path: string; line: string }> {
  const path = normalizePath(planNotePath(index.layout, week, person));
  assertInsideVault(app, path);
  const { vault } = app;
  const lineFor = (text: string) => {
    let id = newEntryId();
    for (let i = 0; (index.hasId(id) || text.includes(`^${id}`)) && i < 100; i++) id = newEntryId();
    return blockLine({ ...input, id });
  };
  const file = vault.getFileByPath(path);
  let line = "";
  if (file) {
    await vault.process(file, (text) => appendLine(text, (line = lineFor(text))));
  } else {
    const text = newPlanNote(week);
    line = lineFor(text);
    const slash = path.lastIndexOf("/");
    if (slash > 0 && !vault.getFolderByPath(path.slice(0, slash))) await vault.createFolder(path.slice(0, slash));
    await vault.create(path, appendLine(text, line));
  }
  return { path, line };
}
