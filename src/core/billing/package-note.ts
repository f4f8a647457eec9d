// Service package notes (docs/vault-format.md, "Service package notes") and the task → package
// link that prices a task as a fixed-price delivery on invoices.

import type { Diagnostic } from "../shared/types";
import { linkTarget } from "../notes/timed-line";
import { FieldReader, type NoteSource } from "../notes/fields";
import { parseTaskNote } from "../notes/task-note";
import { taskKey } from "./rounding";

export interface PackageInfo {
  /** The note's file name without `.md`: what a task's `package` link points at. */
  key: string;
  file: string;
  name: string;
  /** Minor units of `currency`. */
  price: number;
  currency: string;
  deliverables: string[];
}

export function readPackageNote(
  path: string,
  data: Record<string, unknown> | null,
  fieldLines: Map<string, number>,
): { pkg: PackageInfo | null; diagnostics: Diagnostic[] } {
  const f = new FieldReader({ path, data, fieldLines });
  const key = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
  if (!data) return { pkg: null, diagnostics: f.problems };
  // A package has a price only in a currency: without one it is not read.
  const currency = f.take(f.currency("currency"));
  if (currency === null) {
    if (!f.isSet("currency")) f.report("currency-unknown", "currency", { value: "", hint: "" });
    return { pkg: null, diagnostics: f.problems };
  }
  if (!f.isSet("price")) f.report("invoice-field-missing", "price", { field: "price" });
  const price = f.take(f.money("price", currency));
  if (price === null) return { pkg: null, diagnostics: f.problems };
  const name = f.take(f.text("name")) ?? key;
  const deliverables = f.take(f.list("deliverables")) ?? [];
  return { pkg: { key, file: path, name, price, currency, deliverables }, diagnostics: f.problems };
}

export interface TaskPackageLink {
  /** The task's title (or file name). */
  title: string;
  /** The `package` field as written: a link or a name. */
  package: string | null;
}

/** taskKey → package, for the tasks whose `package` names a known package note. */
export function packagesByTask(tasks: readonly TaskPackageLink[], packages: readonly PackageInfo[]): Map<string, PackageInfo> {
  const byKey = new Map<string, PackageInfo>();
  for (const p of packages) {
    byKey.set(p.key.normalize("NFC").toLowerCase(), p);
    const n = p.name.normalize("NFC").toLowerCase();
    if (!byKey.has(n)) byKey.set(n, p);
  }
  const out = new Map<string, PackageInfo>();
  for (const t of tasks) {
    if (t.package === null) continue;
    const p = byKey.get(linkTarget(t.package).normalize("NFC").toLowerCase());
    const k = taskKey(t.title);
    if (p && k !== null) out.set(k, p);
  }
  return out;
}

/** Package notes and a client's task notes (frontmatter only) → taskKey → package. */
export function taskPackages(packageNotes: readonly NoteSource[], taskNotes: readonly NoteSource[]): Map<string, PackageInfo> {
  const packages: PackageInfo[] = [];
  for (const n of packageNotes) {
    const { pkg } = readPackageNote(n.path, n.data, n.fieldLines ?? new Map<string, number>());
    if (pkg) packages.push(pkg);
  }
  const tasks: TaskPackageLink[] = [];
  const byFile: TaskPackageLink[] = [];
  for (const n of taskNotes) {
    const { task } = parseTaskNote({ path: n.path, clientKey: "", data: n.data, fieldLines: n.fieldLines ?? new Map<string, number>(), yamlError: null });
    tasks.push({ title: task.title, package: task.package });
    // A task is named in entries by its title or by its file name; both find the package.
    byFile.push({ title: n.path.slice(n.path.lastIndexOf("/") + 1).replace(/\.md$/, ""), package: task.package });
  }
  return packagesByTask([...tasks, ...byFile], packages);
}
