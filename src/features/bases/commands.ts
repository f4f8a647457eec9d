// "Add Bases views": the `.base` files of core/notes/bases.ts, in the UI language, into the Bases
// folder; those already there are left alone, and the notice says what was added.

import { Notice } from "obsidian";
import { BASES_FOLDER, baseFiles } from "../../core/notes/bases";
import { writeBaseFiles } from "../../adapter/bases-writer";
import type { Host } from "../../ui/host";
import { withNotice } from "../../ui/write-notice";

type BasesHost = Pick<Host, "app" | "t" | "addCommand" | "indexer">;

export function registerBasesCommands(host: BasesHost): void {
  host.addCommand({ id: "add-bases-views", name: host.t("bases.command"), callback: () => void addBasesViews(host) });
}

export async function addBasesViews(host: Pick<Host, "app" | "t" | "indexer">): Promise<void> {
  const done = await withNotice(writeBaseFiles(host.app, baseFiles(host.indexer.index.layout, host.t)));
  if (!done) return;
  const names = done.value.added.map((p) => p.slice(p.lastIndexOf("/") + 1));
  new Notice(
    names.length === 0
      ? host.t("bases.notice.none", { folder: BASES_FOLDER })
      : host.t("bases.notice.added", { folder: BASES_FOLDER, files: names.join(", ") }),
  );
}
