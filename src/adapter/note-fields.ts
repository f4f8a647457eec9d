// The lifecycle's edits of client and task notes: a few frontmatter fields, each through
// FileManager.processFrontMatter, so that the body and every other field stay as they are.

import type { App, TFile } from "obsidian";
import type { ClientStatus } from "../core/shared/types";
import { outsideVaultError } from "./real-path";

type Frontmatter = Record<string, unknown>;

/** Rejects with OutsideVaultError, writing nothing, when the note's real location is outside the vault. */
function edit(app: App, file: TFile, change: (fm: Frontmatter) => void): Promise<void> {
  const refused = outsideVaultError(app, file.path);
  if (refused) return Promise.reject(refused);
  return app.fileManager.processFrontMatter(file, (fm: Frontmatter) => change(fm));
}

/** Frontmatter fields set (a text, number or list), and those the patch holds as null taken out. */
export function writeNoteFields(app: App, file: TFile, patch: Readonly<Record<string, string | number | readonly string[] | null>>): Promise<void> {
  return edit(app, file, (fm) => {
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) delete fm[k];
      else fm[k] = Array.isArray(v) ? [...(v as readonly string[])] : v;
    }
  });
}

/** A client note's `status`. */
export function writeClientStatus(app: App, file: TFile, status: ClientStatus): Promise<void> {
  return edit(app, file, (fm) => {
    fm.status = status;
  });
}

/** A task note's fields set, and those the patch holds as null taken out (a status change: statusPatch). */
export function writeTaskFields(app: App, file: TFile, patch: Readonly<Record<string, string | null>>): Promise<void> {
  return edit(app, file, (fm) => {
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) delete fm[k];
      else fm[k] = v;
    }
  });
}

/** A task's `assignee`: the link to a subcontractor note, or none (null: the VA does it). */
export function writeAssignee(app: App, file: TFile, key: string | null): Promise<void> {
  return edit(app, file, (fm) => {
    if (key === null) delete fm.assignee;
    else fm.assignee = `[[${key}]]`;
  });
}

/** A task's workflow `stage`. */
export function writeStage(app: App, file: TFile, stage: string): Promise<void> {
  return edit(app, file, (fm) => {
    fm.stage = stage;
  });
}

/** A request's `replied` instant, only when it has none yet. */
export function writeRepliedOnce(app: App, file: TFile, at: string): Promise<void> {
  return edit(app, file, (fm) => {
    if (fm.replied === undefined || fm.replied === null || fm.replied === "") fm.replied = at;
  });
}
