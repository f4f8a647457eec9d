// The workflow notes' review rules as Obsidian's metadata cache has them, for "Check client data"
// (a done task of a workflow that needs a review must have passed one).

import { normalizePath, TFile, type App } from "obsidian";
import { workflowRule } from "../../core/lifecycle/review-step";

export function workflowRules(app: App, folder: string): { name: string; review: boolean }[] {
  const dir = app.vault.getFolderByPath(normalizePath(folder));
  const files = (dir?.children ?? []).filter((f): f is TFile => f instanceof TFile && f.extension === "md");
  return files.map((f) => workflowRule(f.path, app.metadataCache.getFileCache(f)?.frontmatter ?? null));
}
