// `client-desk package new`: a service package note in the packages folder, like "New package";
// `package set`: the given fields of a package note changed, every other byte kept;
// `package list`: the package notes that read, with their terms and deliverables.

import type { Context } from "../context";
import { requireValue } from "../context";
import { CommandFailure, UsageError } from "../errors";
import { printJson, printLines, terminalSafe } from "../output";
import { openVault } from "./common";
import { notesIn } from "../notes-in";
import { VaultWriter } from "../vault-writer";
import { packageNote } from "../../core/billing/package-new";
import { findPackage, readPackages, type PackageInfo } from "../../core/billing/package-note";
import { toMajorString } from "../../core/shared/money";
import { setFrontmatterFields, type FrontmatterValue } from "../../core/notes/frontmatter-edit";

export const PACKAGE_ACTIONS = ["new", "set", "list"] as const;

export interface PackageJson {
  file: string;
  package: PackageInfo;
}

export function runPackage(ctx: Context): number {
  const action = ctx.args.positionals[1];
  if (action === "list") return listPackages(ctx);
  if (action === "set") return setPackage(ctx);
  if (action !== "new") throw new UsageError("flows.cli.package-action", { value: action ?? "" });
  const vault = openVault(ctx);
  const v = (flag: string) => ctx.args.values.get(flag);
  const r = packageNote({
    name: requireValue(ctx, "name"),
    price: requireValue(ctx, "price"),
    currency: v("currency") ?? vault.settings.homeCurrency,
    deliverables: ctx.args.lists.get("deliverable") ?? [],
    doneWhen: v("done-when"),
    recurring: v("recurring") ?? "once",
  });
  if (!r.ok) {
    const flag = { name: "name", price: "price", currency: "currency", deliverables: "deliverable", doneWhen: "done-when", recurring: "recurring" };
    for (const p of r.problems) ctx.io.err(terminalSafe(`client-desk: --${flag[p.field]}: ${ctx.t(p.key, p.params)}`) + "\n");
    return 2;
  }
  const folder = vault.settings.packagesFolder;
  const file = `${folder}/${r.name}.md`;
  const exists = notesIn(vault.root, folder).some((n) => n.path.toLowerCase() === file.toLowerCase());
  if (exists || !new VaultWriter(vault.root).create(file, r.text)) throw new CommandFailure("package.error.exists", { file });
  const pkg = readPackages(notesIn(vault.root, folder)).find((p) => p.file === file);
  if (ctx.json && pkg) printJson(ctx.io, { file, package: pkg } satisfies PackageJson);
  else printLines(ctx.io, [ctx.t("package.created", { file })]);
  return 0;
}

/** `package set --name NAME [--price N] [--currency C] [--deliverable X]… [--done-when T] [--recurring R]`: the given fields changed, every other byte kept. */
function setPackage(ctx: Context): number {
  const vault = openVault(ctx);
  const v = (flag: string) => ctx.args.values.get(flag);
  const folder = vault.settings.packagesFolder;
  const name = requireValue(ctx, "name");
  const pkg = findPackage(name, readPackages(notesIn(vault.root, folder)));
  if (pkg === null) throw new CommandFailure("flows.cli.package-unknown", { value: name, folder });
  const given = ctx.args.lists.get("deliverable");
  const currency = v("currency") ?? pkg.currency;
  const r = packageNote({
    name: pkg.name,
    price: v("price") ?? toMajorString(pkg.price, pkg.currency),
    currency,
    deliverables: given ?? pkg.deliverables,
    doneWhen: v("done-when") ?? pkg.doneWhen ?? "",
    recurring: v("recurring") ?? pkg.recurring,
  });
  if (!r.ok) {
    const flag = { name: "name", price: "price", currency: "currency", deliverables: "deliverable", doneWhen: "done-when", recurring: "recurring" };
    for (const p of r.problems) ctx.io.err(terminalSafe(`client-desk: --${flag[p.field]}: ${ctx.t(p.key, p.params)}`) + "\n");
    return 2;
  }
  const fields: Record<string, FrontmatterValue> = {};
  const price = v("price");
  if (price !== undefined) fields.price = String(Number(price)) === price.trim() ? Number(price) : price.trim();
  if (v("currency") !== undefined) fields.currency = currency;
  if (given !== undefined) fields.deliverables = given.map((d) => d.trim()).filter((d) => d !== "");
  if (v("done-when") !== undefined) fields.done_when = (v("done-when") ?? "").trim();
  if (v("recurring") !== undefined) fields.recurring = v("recurring") ?? "once";
  new VaultWriter(vault.root).update(
    pkg.file,
    (current) => {
      if (current === null) throw new CommandFailure("flows.cli.package-unknown", { value: name, folder });
      const edit = setFrontmatterFields(current, fields);
      if (!edit.ok) throw new CommandFailure("flows.cli.task-edit", { path: pkg.file, reason: edit.reason });
      return edit.text;
    },
    folder,
  );
  const after = readPackages(notesIn(vault.root, folder)).find((p) => p.file === pkg.file) ?? pkg;
  if (ctx.json) printJson(ctx.io, { file: pkg.file, package: after } satisfies PackageJson);
  else printLines(ctx.io, [ctx.t("flows.cli.package-updated", { file: pkg.file })]);
  return 0;
}

/** Refuses a `--package` that names no package note (the plugin offers only those). */
export function requireKnownPackage(ctx: Context, root: string, folder: string, value: string | undefined): void {
  if (value === undefined || value.trim() === "") return;
  if (findPackage(value, readPackages(notesIn(root, folder))) === null) throw new CommandFailure("flows.cli.package-unknown", { value, folder });
}

function listPackages(ctx: Context): number {
  const vault = openVault(ctx);
  const packages = readPackages(notesIn(vault.root, vault.settings.packagesFolder));
  if (ctx.json) {
    printJson(ctx.io, packages);
    return 0;
  }
  const lines: string[] = [];
  for (const p of packages) {
    const terms = ctx.t(p.recurring === "monthly" ? "package.recurring.monthly" : "package.recurring.once");
    lines.push(`${p.name}: ${toMajorString(p.price, p.currency)} ${p.currency} (${terms})`, ...p.deliverables.map((d) => `  - ${d}`));
  }
  printLines(ctx.io, lines.length === 0 ? [ctx.t("flows.cli.no-packages")] : lines);
  return 0;
}
