// "Merge conflicted copies": the copies sync services left of log notes have their own entries
// added to the notes and are moved aside, after a question that says how many. Entries in both
// with other times are named, never changed: which time is right is the VA's call.

import { Notice } from "obsidian";
import type { Host } from "../../ui/host";
import { ConfirmModal } from "../../ui/confirm-modal";
import { mergeConflictCopies } from "../../adapter/conflict-copies-writer";

type CopiesHost = Pick<Host, "app" | "t" | "indexer" | "settings">;

export function registerConflictCopiesCommand(host: CopiesHost & Pick<Host, "addCommand">): void {
  host.addCommand({
    id: "merge-conflict-copies",
    name: host.t("command.merge-conflict-copies"),
    callback: () => void mergeCopies(host),
  });
}

export async function mergeCopies(host: CopiesHost): Promise<void> {
  await host.indexer.whenReady;
  const t = host.t;
  const copies = host.indexer.index.logCopies();
  if (copies.length === 0) {
    new Notice(t("conflicts.none"));
    return;
  }
  new ConfirmModal(host.app, {
    title: t("conflicts.confirm.title"),
    body: t("conflicts.confirm.body", { count: copies.length }),
    confirm: t("conflicts.confirm.ok"),
    cancel: t("conflicts.confirm.cancel"),
    onConfirm: async () => {
      const r = await mergeConflictCopies(host);
      new Notice(t("conflicts.done", { copies: r.copies, entries: r.entries }));
      if (r.differing.length > 0) new Notice(t("conflicts.differing", { ids: r.differing.join(", ") }));
      for (const f of r.failed) new Notice(t("conflicts.failed", { file: f.path, reason: f.reason }));
    },
  }).open();
}
