// Service package notes (docs/vault-format.md, "Service package notes") and the task → package
// link that prices a task as a fixed-price delivery on invoices.

import type { Diagnostic } from "../shared/types";
import { isCurrencyCode } from "../shared/currencies";
import { parseMajor } from "../shared/money";
import { linkTarget } from "../notes/timed-line";
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
  const diagnostics: Diagnostic[] = [];
  const key = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
  const line = (f: string) => fieldLines.get(f) ?? 1;
  if (!data) return { pkg: null, diagnostics };
  const currency = typeof data.currency === "string" ? data.currency.trim() : "";
  if (!isCurrencyCode(currency)) {
    diagnostics.push({ severity: "error", code: "currency-unknown", file: path, line: line("currency"), field: "currency", params: { value: currency, hint: "" } });
    return { pkg: null, diagnostics };
  }
  const r = parseMajor(data.price, currency);
  if (!r.ok) {
    diagnostics.push({
      severity: "error",
      code: data.price === undefined ? "invoice-field-missing" : "field-type",
      file: path,
      line: line("price"),
      field: "price",
      params: { field: "price", value: String(data.price), expected: "number", currency },
    });
    return { pkg: null, diagnostics };
  }
  const name = typeof data.name === "string" && data.name.trim() !== "" ? data.name.trim() : key;
  const deliverables = Array.isArray(data.deliverables) ? data.deliverables.filter((d): d is string => typeof d === "string") : [];
  return { pkg: { key, file: path, name, price: r.minor, currency, deliverables }, diagnostics };
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

export interface NoteFields {
  path: string;
  data: Record<string, unknown> | null;
  fieldLines?: Map<string, number>;
}

/** Package notes and a client's task notes (frontmatter only) → taskKey → package. */
export function taskPackages(packageNotes: readonly NoteFields[], taskNotes: readonly NoteFields[]): Map<string, PackageInfo> {
  const packages: PackageInfo[] = [];
  for (const n of packageNotes) {
    const { pkg } = readPackageNote(n.path, n.data, n.fieldLines ?? new Map<string, number>());
    if (pkg) packages.push(pkg);
  }
  const tasks: TaskPackageLink[] = taskNotes.map((n) => {
    const base = n.path.slice(n.path.lastIndexOf("/") + 1).replace(/\.md$/, "");
    const title = typeof n.data?.title === "string" && n.data.title.trim() !== "" ? n.data.title.trim() : base;
    const pkg = n.data?.package;
    return { title, package: typeof pkg === "string" && pkg.trim() !== "" ? pkg : null };
  });
  // A task is named in entries by its title or by its file name; both find the package.
  const byFile: TaskPackageLink[] = taskNotes.map((n, i) => ({ title: n.path.slice(n.path.lastIndexOf("/") + 1).replace(/\.md$/, ""), package: tasks[i].package }));
  return packagesByTask([...tasks, ...byFile], packages);
}
