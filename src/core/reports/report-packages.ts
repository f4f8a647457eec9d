// Progress against a client's service packages for the weekly report: for each package the client
// is on (its note's `package`) or a task links, how many of the tasks linked to it are done, and
// each of the package's deliverables as the tasks naming it (`deliverable`) stand.

import type { Task } from "../shared/types";
import { linkTarget } from "../notes/timed-line";
import { findPackage, type PackageInfo } from "../billing/package-note";

/** done: every task naming it is done; open: some is not; none: no task names it yet. */
export type DeliverableState = "done" | "open" | "none";

export interface ReportPackage {
  /** The package as linked (the note's name). */
  name: string;
  done: number;
  total: number;
  /** The package note's deliverables, in its order; empty when the note is not known. */
  deliverables: { text: string; state: DeliverableState }[];
}

const key = (s: string) => s.trim().normalize("NFC").toLowerCase();

/** One row per package, the client's own first, then the others by name. */
export function packageProgress(clientPackage: string | null, tasks: readonly Task[], packages: readonly PackageInfo[] = []): ReportPackage[] {
  const rows = new Map<string, ReportPackage>();
  const linked = new Map<string, Task[]>();
  const row = (link: string) => {
    const name = linkTarget(link).trim();
    const k = key(name);
    let r = rows.get(k);
    if (!r) {
      rows.set(k, (r = { name, done: 0, total: 0, deliverables: [] }));
      linked.set(k, []);
    }
    return { r, k };
  };
  if (clientPackage !== null && clientPackage.trim() !== "") row(clientPackage);
  const own = rows.size;
  for (const t of tasks) {
    if (t.package === null || t.package.trim() === "") continue;
    const { r, k } = row(t.package);
    r.total++;
    if (t.status === "done") r.done++;
    linked.get(k)?.push(t);
  }
  for (const [k, r] of rows) {
    const pkg = findPackage(r.name, packages);
    if (pkg === null) continue;
    const mine = linked.get(k) ?? [];
    r.deliverables = pkg.deliverables.map((text) => {
      const naming = mine.filter((t) => t.deliverable != null && key(t.deliverable) === key(text));
      const state: DeliverableState = naming.length === 0 ? "none" : naming.every((t) => t.status === "done") ? "done" : "open";
      return { text, state };
    });
  }
  const all = [...rows.values()];
  return [...all.slice(0, own), ...all.slice(own).sort((a, b) => a.name.localeCompare(b.name))];
}
