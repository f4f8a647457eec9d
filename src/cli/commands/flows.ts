// The commands of the guide's workflows (docs/cli.md): packages, meeting slots and the lifecycle's
// writes, with their flags, spread into main.ts's table so that they live beside their code.

import type { FlagSpec } from "../args";
import type { Context } from "../context";
import { runPackage } from "./package";
import { runTaskStatus, runWorkflow } from "./lifecycle-tasks";
import { runContact, runDated } from "./lifecycle-contacts";
import { runSlots } from "./slots";

export const FLOWS_COMMANDS: Record<string, { run(ctx: Context): number; flags: FlagSpec; positionals: number }> = {
  package: {
    run: runPackage,
    flags: { values: ["vault", "name", "price", "currency", "deliverable", "done-when", "recurring"], booleans: [], repeatable: ["deliverable"] },
    positionals: 1,
  },
  task: { run: runTaskStatus, flags: { values: ["vault", "client", "task"], booleans: [] }, positionals: 2 },
  workflow: {
    run: runWorkflow,
    flags: { values: ["vault", "client", "task", "workflow", "title", "due", "estimate", "assignee", "back-to", "note"], booleans: ["pass", "fail", "urgent", "important"] },
    positionals: 1,
  },
  slots: { run: runSlots, flags: { values: ["vault", "clients", "week", "minutes"], booleans: [] }, positionals: 0 },
  contact: { run: runContact, flags: { values: ["vault", "client", "channel", "direction", "summary"], booleans: [] }, positionals: 0 },
  checkin: { run: runDated, flags: { values: ["vault", "client"], booleans: [] }, positionals: 0 },
  survey: { run: runDated, flags: { values: ["vault", "client"], booleans: [] }, positionals: 0 },
};
