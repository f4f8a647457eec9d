// `client-desk approve --person NAME --week 2026-W48`: the owner approves a person's week. The
// approval is a note of its own (`<team folder>/Approvals/2026-W48 ana.md`) listing each entry
// with its fingerprint, written only by the owner: nobody else's file changes (docs/team.md).

import type { Context } from "../context";
import { requireValue } from "../context";
import { UsageError } from "../errors";
import { printJson, printLines } from "../output";
import { openVault } from "./common";
import { approvalDraft } from "../../core/time/team";
import { renderApproval } from "../../core/lifecycle/approvals";
import { approvalNotePath } from "../../core/shared/paths";
import { formatInstant } from "../../core/shared/instant";
import { offsetAt } from "../../core/shared/zones";
import { VaultWriter } from "../vault-writer";
import { workingAs } from "../team-as";
import { weekArg } from "./team";

export interface ApproveJson {
  written: boolean;
  dryRun: boolean;
  file: string;
  person: string;
  week: string;
  seconds: number;
  entries: { id: string; fingerprint: string; seconds: number }[];
}

export function runApprove(ctx: Context): number {
  const vault = openVault(ctx);
  const me = workingAs(ctx, vault);
  const name = requireValue(ctx, "person");
  requireValue(ctx, "week");
  const week = weekArg(ctx) as string;
  const person = vault.index.team.find(name);
  const folder = vault.settings.teamFolder;
  if (!person) throw new UsageError("cli.error.person-unknown", { name, folder, people: vault.index.team.people().map((p) => p.key).join(", ") || "—" });
  const d = approvalDraft(vault.index, me, person, week);
  if (!d.ok) {
    if (d.problem === "not-owner") {
      // Nobody named (no --as and no owner note): say how to say who approves, not "— (—)".
      if (me === null) throw new UsageError("cli.error.approve-who", { folder: vault.settings.teamFolder });
      throw new UsageError("cli.error.approve-not-owner", { person: me.name, role: me.role });
    }
    if (d.problem === "owner-needs-none") throw new UsageError("cli.error.approve-owner", { person: person.name });
    if (d.problem === "running") throw new UsageError("cli.error.approve-running", { person: person.name, week, count: d.running?.length ?? 0, ids: (d.running ?? []).map((e) => e.id).join(", ") });
    if (d.problem === "ids-missing") throw new UsageError("cli.error.approve-ids-missing", { person: person.name, week });
    throw new UsageError("cli.error.approve-nothing", { person: person.name, week });
  }
  const now = ctx.now(vault.zone);
  const file = approvalNotePath(folder, week, person.key);
  const hours = (d.ms / 3_600_000).toFixed(2);
  const text = renderApproval({ person: person.key, week, approvedBy: me?.key ?? "", approvedAt: formatInstant(Math.floor(now / 1000) * 1000, offsetAt(vault.zone, now)), entries: d.entries, hours });
  const dryRun = ctx.args.booleans.has("dry-run");
  // The owner's own note: approving again (after a change) replaces it whole.
  if (!dryRun) new VaultWriter(vault.root).update(file, () => text, folder);
  if (ctx.json) {
    const out: ApproveJson = { written: !dryRun, dryRun, file, person: person.key, week, seconds: Math.round(d.ms / 1000), entries: d.entries.map((e) => ({ id: e.id, fingerprint: e.fingerprint, seconds: Math.round(e.ms / 1000) })) };
    printJson(ctx.io, out);
  } else {
    printLines(ctx.io, [ctx.t(dryRun ? "cli.approve.dry-run" : "cli.approve.done", { hours, person: person.name, week, file, entries: d.entries.length })]);
  }
  return 0;
}
