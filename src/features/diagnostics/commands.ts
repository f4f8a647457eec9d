// "Check client data": opens (or reveals) the list of client data problems. "Add missing entry
// ids" (entry-ids.ts) and "Merge conflicted copies" (conflict-copies.ts) fix the problems that can
// be fixed without a person's judgement.

import type { Host } from "../../ui/host";
import { DIAGNOSTICS_VIEW } from "./diagnostics-view";
import { registerEntryIdsCommand } from "./entry-ids";
import { registerConflictCopiesCommand } from "./conflict-copies";

export function registerDiagnosticsCommands(host: Pick<Host, "app" | "t" | "addCommand" | "indexer" | "settings">): void {
  host.addCommand({
    id: "check-data",
    name: host.t("command.check-data"),
    callback: () => void openDiagnostics(host),
  });
  registerEntryIdsCommand(host);
  registerConflictCopiesCommand(host);
}

export async function openDiagnostics(host: Pick<Host, "app">): Promise<void> {
  const { workspace } = host.app;
  const existing = workspace.getLeavesOfType(DIAGNOSTICS_VIEW)[0];
  const leaf = existing ?? workspace.getLeaf("tab");
  if (!existing) await leaf.setViewState({ type: DIAGNOSTICS_VIEW, active: true });
  await workspace.revealLeaf(leaf);
}
