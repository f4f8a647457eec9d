// The commands of the guide's workflows (docs/cli.md): packages, meeting slots and the lifecycle's
// writes, with their flags, spread into main.ts's table so that they live beside their code.

import type { FlagSpec } from "../args";
import type { Context } from "../context";
import { runPackage } from "./package";

export const FLOWS_COMMANDS: Record<string, { run(ctx: Context): number; flags: FlagSpec; positionals: number }> = {
  package: {
    run: runPackage,
    flags: { values: ["vault", "name", "price", "currency", "deliverable", "done-when", "recurring"], booleans: [], repeatable: ["deliverable"] },
    positionals: 1,
  },
};
