// "Add missing entry ids": every entry typed without a block id, in every log note of the vault,
// gets one at the end of its line, after a question that says how many. The whole vault at once:
// an id changes nothing the VA sees or bills except that the entry can now be billed safely, and
// "Check client data" lists these entries across all clients, so one run clears them all.

import { Notice } from "obsidian";
import type { Host } from "../../ui/host";
import { ConfirmModal } from "../../ui/confirm-modal";
import { surveyEntryIds, writeEntryIds } from "../../adapter/entry-ids-writer";

type EntryIdsHost = Pick<Host, "app" | "t" | "indexer" | "settings">;

export function registerEntryIdsCommand(host: EntryIdsHost & Pick<Host, "addCommand">): void {
  host.addCommand({
    id: "add-entry-ids",
    name: host.t("command.add-entry-ids"),
    callback: () => void addMissingIds(host),
  });
}

/** Counts what is missing, asks, then adds the ids; a notice says how many. */
export async function addMissingIds(host: EntryIdsHost): Promise<void> {
  if (!host.indexer.ready) {
    new Notice(host.t("entry-ids.waiting"));
    await host.indexer.whenReady;
  }
  const t = host.t;
  const survey = await surveyEntryIds(host);
  const errors = survey.errors.length > 0 ? t("entry-ids.errors", { count: survey.errors.length }) : null;
  if (survey.count === 0) {
    new Notice([t("entry-ids.none"), errors].filter((x) => x !== null).join(" "));
    return;
  }
  new ConfirmModal(host.app, {
    title: t("entry-ids.confirm.title"),
    body: [t("entry-ids.confirm.body", { count: survey.count, notes: survey.notes.length }), errors].filter((x) => x !== null).join(" "),
    confirm: t("entry-ids.confirm.ok"),
    cancel: t("entry-ids.confirm.cancel"),
    onConfirm: async () => {
      const r = await writeEntryIds(host, survey.notes.map((n) => n.path));
      new Notice(t("entry-ids.done", { count: r.count, notes: r.notes }));
      for (const f of r.failed) new Notice(t("entry-ids.failed", { file: f.path, reason: f.reason }));
    },
  }).open();
}
