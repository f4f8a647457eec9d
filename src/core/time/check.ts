// What `client-desk check` and the "Client data problems" view list: the index's diagnostics, and
// the warnings that depend on the clock and the settings (entries too long to be real work) or on
// the invoices (entries logged into a period already invoiced), and done tasks of a workflow
// without the review it needs (the workflow notes' rules handed in), sorted by file and line.

import type { Diagnostic, Settings } from "../shared/types";
import type { VaultIndex } from "../index/vault-index";
import { longEntryWarnings } from "./long-entries";
import { lateEntryWarnings } from "./late-entries";
import { reviewProblems } from "../lifecycle/review-step";

export function vaultProblems(index: VaultIndex, now: number, settings: Pick<Settings, "maxEntryHours">, workflows: readonly { name: string; review: boolean }[] = []): Diagnostic[] {
  const all = [...index.diagnostics(), ...longEntryWarnings(index, now, settings.maxEntryHours), ...lateEntryWarnings(index), ...reviewProblems(index.tasks(), workflows)];
  // A stable sort keeps each file's own order for equal lines.
  return all.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
