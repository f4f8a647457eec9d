// A quality review's writes on a task note: its fields through processFrontMatter, then, for a
// failed review, one line added at the end of the note through Vault.process (every other byte kept).

import type { App, TFile } from "obsidian";
import { writeTaskFields } from "./note-fields";
import { appendLine } from "../core/lifecycle/review-step";
import { outsideVaultError } from "./real-path";

export async function writeReview(app: App, file: TFile, patch: Readonly<Record<string, string>>, line: string | null): Promise<void> {
  await writeTaskFields(app, file, patch);
  if (line === null) return;
  const refused = outsideVaultError(app, file.path);
  if (refused) throw refused;
  await app.vault.process(file, (text) => appendLine(text, line));
}
