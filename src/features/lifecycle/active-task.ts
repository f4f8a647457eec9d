// The task note open now, for the commands that act on "this task".

import type { TFile } from "obsidian";
import type { Client, Task } from "../../core/shared/types";
import type { Host } from "../../ui/host";
import { classifyPath } from "../../core/shared/paths";

export interface ActiveTask {
  file: TFile;
  task: Task;
  client: Client | null;
}

export function activeTask(host: Pick<Host, "app" | "indexer">): ActiveTask | null {
  const file = host.app.workspace.getActiveFile();
  if (!file) return null;
  const index = host.indexer.index;
  const kind = classifyPath(file.path, index.layout);
  if (kind.kind !== "task") return null;
  const task = index.tasks(kind.key).find((t) => t.file === file.path);
  return task ? { file, task, client: index.client(kind.key) } : null;
}

/** The task's frontmatter as Obsidian has it now (fields the index does not keep, like `review`). */
export function frontmatterOf(host: Pick<Host, "app">, file: TFile): Record<string, unknown> {
  const fm: Record<string, unknown> | undefined = host.app.metadataCache.getFileCache(file)?.frontmatter;
  return fm ?? {};
}
