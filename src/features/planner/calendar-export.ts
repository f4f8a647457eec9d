// "Export the week as a calendar file (.ics)": the blocks of the week shown written to the calendars folder's
// Exports subfolder (src/core/planner/plan-ics.ts), for a phone's calendar or a client. An earlier
// export of the same week is replaced only after the user says so.

import { Notice } from "obsidian";
import type { Host } from "../../ui/host";
import { planIcs, planIcsPath } from "../../core/planner/plan-ics";
import { ConfirmModal } from "../../ui/confirm-modal";
import { icsFileExists, writeIcsFile } from "../../adapter/ics-writer";

type ExportHost = Pick<Host, "app" | "t" | "settings" | "indexer" | "zone">;

/** Writes the week's .ics; the path written, or null (nothing to write, declined or refused). */
export async function exportWeekIcs(host: ExportHost, week: string, ask: (path: string) => Promise<boolean> = (p) => confirmReplace(host, p)): Promise<string | null> {
  await host.indexer.whenReady;
  const t = host.t;
  const index = host.indexer.index;
  const { text, count } = planIcs(index, { week, zone: host.zone(), weekStart: host.settings.weekStart, clientKey: null, now: Date.now(), t });
  if (count === 0) {
    new Notice(t("calendar.export-empty", { week }));
    return null;
  }
  const path = planIcsPath(index.layout, week, null);
  const replace = icsFileExists(host.app, path);
  if (replace && !(await ask(path))) return null;
  const written = await writeIcsFile(host.app, path, text, replace);
  if (!written.ok) {
    new Notice(written.reason === "exists" ? t("calendar.export-exists", { file: written.path }) : t("calendar.export-failed", { file: written.path, reason: written.reason }));
    return null;
  }
  new Notice(t("calendar.exported", { count, week, file: written.path }));
  return written.path;
}

function confirmReplace(host: ExportHost, path: string): Promise<boolean> {
  const t = host.t;
  return new Promise((resolve) => {
    let answered = false;
    const modal = new ConfirmModal(host.app, {
      title: t("command.export-week-ics"),
      body: t("calendar.export-replace", { file: path }),
      confirm: t("calendar.export-replace.ok"),
      cancel: t("template.cancel"),
      onConfirm: () => {
        answered = true;
        resolve(true);
      },
    });
    const close = modal.onClose.bind(modal);
    modal.onClose = () => {
      close();
      if (!answered) resolve(false);
    };
    modal.open();
  });
}
