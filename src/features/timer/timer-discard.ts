import { Notice } from "obsidian";
import type ClientDeskPlugin from "../../main";
import { ConfirmModal } from "../../ui/confirm-modal";
import { formatLocalTime } from "../../core/shared/local-time";

/** "Discard running timer": removes the running entry's line, after asking. */
export function registerTimerDiscard(plugin: ClientDeskPlugin): void {
  plugin.addCommand({
    id: "timer-discard",
    name: plugin.t("command.timer-discard"),
    callback: () => discardTimer(plugin),
  });
}

export async function discardTimer(plugin: ClientDeskPlugin): Promise<void> {
  await plugin.indexer.whenReady;
  const timer = plugin.timer;
  const running = timer.running();
  if (running.length > 1) {
    new Notice(plugin.t("timer.notice.conflict-first", { count: running.length }));
    await timer.askConflict(true);
    return;
  }
  const cur = running[0];
  if (!cur) {
    new Notice(plugin.t("timer.notice.none"));
    return;
  }
  const t = plugin.t;
  new ConfirmModal(plugin.app, {
    title: t("timer.discard.title"),
    body: t("timer.discard.body", {
      what: timer.describe(cur.entry.clientKey, cur.entry.task),
      start: formatLocalTime(cur.entry.start, timer.zone()),
      file: cur.entry.file,
    }),
    confirm: t("timer.discard.confirm"),
    cancel: t("timer.cancel"),
    warning: true,
    onConfirm: () => timer.discard(cur),
  }).open();
}
