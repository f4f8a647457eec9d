// Progress against a client's service packages for the weekly report: for each package the client
// is on (its note's `package`) or a task links, how many of the tasks linked to it are done.

import type { Task } from "../shared/types";
import { linkTarget } from "../notes/timed-line";

export interface ReportPackage {
  /** The package as linked (the note's name). */
  name: string;
  done: number;
  total: number;
}

/** One row per package, the client's own first, then the others by name. */
export function packageProgress(clientPackage: string | null, tasks: readonly Task[]): ReportPackage[] {
  const rows = new Map<string, ReportPackage>();
  const row = (link: string) => {
    const name = linkTarget(link).trim();
    const key = name.normalize("NFC").toLowerCase();
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { name, done: 0, total: 0 }));
    return r;
  };
  if (clientPackage !== null && clientPackage.trim() !== "") row(clientPackage);
  const own = rows.size;
  for (const t of tasks) {
    if (t.package === null || t.package.trim() === "") continue;
    const r = row(t.package);
    r.total++;
    if (t.status === "done") r.done++;
  }
  const all = [...rows.values()];
  return [...all.slice(0, own), ...all.slice(own).sort((a, b) => a.name.localeCompare(b.name))];
}
