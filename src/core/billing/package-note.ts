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
  /** What counts as delivered, as written; null when the note does not say. */
  doneWhen: string | null;
  /** A client on this package is billed its price once, or once for every month. */
  recurring: PackageTerms;
}

export type PackageTerms = "once" | "monthly";
export const PACKAGE_TERMS: readonly PackageTerms[] = ["once", "monthly"];

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
  const doneWhen = f.take(f.text("done_when"));
  const recurring = f.or(f.choice("recurring", PACKAGE_TERMS), "once");
  return { pkg: { key, file: path, name, price, currency, deliverables, doneWhen, recurring }, diagnostics: f.problems };
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

/** The package notes that read, each once. */
export function readPackages(packageNotes: readonly NoteSource[]): PackageInfo[] {
  const packages: PackageInfo[] = [];
  for (const n of packageNotes) {
    const { pkg } = readPackageNote(n.path, n.data, n.fieldLines ?? new Map<string, number>());
    if (pkg) packages.push(pkg);
  }
  return packages;
}

/** The package a link or name (a client's or a task's `package` field) points at, or null. */
export function findPackage(link: string | null, packages: readonly PackageInfo[]): PackageInfo | null {
  if (link === null || link.trim() === "") return null;
  const want = linkTarget(link).normalize("NFC").toLowerCase();
  return packages.find((p) => p.key.normalize("NFC").toLowerCase() === want) ?? packages.find((p) => p.name.normalize("NFC").toLowerCase() === want) ?? null;
}

/** Package notes and a client's task notes (frontmatter only) → taskKey → package. */
export function taskPackages(packageNotes: readonly NoteSource[], taskNotes: readonly NoteSource[]): Map<string, PackageInfo> {
  const packages = readPackages(packageNotes);
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
