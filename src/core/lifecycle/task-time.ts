// The time tracked on a task note: the entries whose `task` names the note (a link to it, its path,
// or its title), a running one up to now. Read by the task status view, `client-desk tasks` and the
// subcontractors' costs.

import type { Entry, Task } from "../shared/types";
import { linkTarget } from "../notes/timed-line";

/** Whether an entry's `task` points at this task note: its link target or text names the note or its title. */
export function entryIsFor(task: Pick<Task, "file" | "title">, entryTask: string | null): boolean {
  if (entryTask === null) return false;
  const target = linkTarget(entryTask).normalize("NFC").toLowerCase();
  const file = task.file.slice(task.file.lastIndexOf("/") + 1).replace(/\.md$/, "");
  const fullPath = task.file.replace(/\.md$/, "");
  return [file, task.title, fullPath].some((n) => n.normalize("NFC").toLowerCase() === target);
}

/** Milliseconds tracked on a task: its finished entries, plus a running one up to `now`. */
export function trackedMs(task: Pick<Task, "file" | "title" | "clientKey">, entries: readonly Entry[], now: number): number {
  let ms = 0;
  for (const e of entries) {
    if (e.clientKey !== task.clientKey || !entryIsFor(task, e.task)) continue;
    ms += Math.max(0, (e.end ?? now) - e.start);
  }
  return ms;
}
