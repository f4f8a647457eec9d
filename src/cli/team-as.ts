// Who the command line works as (docs/team.md): `--as NAME`, else the environment's
// CLIENT_DESK_AS, else the owner (or, with no people notes, the VA alone as today).

import type { Person } from "../core/lifecycle/people";
import { whoIs } from "../core/time/team";
import type { Context } from "./context";
import { UsageError } from "./errors";
import type { LoadedVault } from "./vault-fs";

export function askedAs(ctx: Context): string | null {
  const v = ctx.args.values.get("as") ?? ctx.io.env.CLIENT_DESK_AS;
  return v === undefined || v.trim() === "" ? null : v;
}

/** The person this run works as; `--as` naming nobody is a usage error listing the people. */
export function workingAs(ctx: Context, vault: LoadedVault): Person | null {
  const r = whoIs(vault.index, askedAs(ctx));
  if (r.ok) return r.person;
  const people = vault.index.team.people();
  if (people.length === 0) throw new UsageError("cli.error.as-no-team", { name: r.name, folder: vault.settings.teamFolder });
  throw new UsageError("cli.error.as-unknown", { name: r.name, folder: vault.settings.teamFolder, people: people.map((p) => p.key).join(", ") });
}

/** Invoices, payments and clients' billing are the owner's: refused for anyone else (exit 2). */
export function requireOwner(ctx: Context, vault: LoadedVault): void {
  const me = workingAs(ctx, vault);
  if (me !== null && me.role !== "owner") throw new UsageError("cli.error.role-refused", { person: me.name, role: me.role });
}
