// The timer's commands, and the actions the timer menu and the planner share with them. Each waits
// for the first index, so a command run while Obsidian starts acts on the whole vault.

import { Notice, normalizePath } from "obsidian";
import type { Host } from "../../ui/host";
import { ConfirmModal } from "../../ui/confirm-modal";
import { formatLocalTime } from "../../core/shared/local-time";
import { logNotePath } from "../../core/shared/paths";
import { monthOf } from "../../core/shared/week";
import type { TimerService } from "./timer-service";
import { ClientPickModal } from "./start-timer-modal";
import { ManualEntryModal } from "./manual-entry-modal";

/** What the timer's actions use of the plugin. */
export type TimerHost = Pick<Host, "app" | "t" | "indexer">;

export function registerTimerCommands(host: TimerHost & Pick<Host, "addCommand">, timer: TimerService): void {
  // "Start timer": pick a client (recent client and task pairs first), then a task or free text.
  host.addCommand({ id: "timer-start", name: host.t("command.timer-start"), callback: () => openStartTimer(host, timer, false) });
  // "Stop timer": writes the end of the running entry, now.
  host.addCommand({ id: "timer-stop", name: host.t("command.timer-stop"), callback: () => stopTimer(host, timer) });
  // "Switch timer": stops the running entry and starts another at the same instant.
  host.addCommand({ id: "timer-switch", name: host.t("command.timer-switch"), callback: () => openStartTimer(host, timer, true) });
  // "Resume last timer": starts the client and task of the last entry again.
  host.addCommand({ id: "timer-resume", name: host.t("command.timer-resume"), callback: () => resumeTimer(host, timer) });
  // "Discard running timer": removes the running entry's line, after asking.
  host.addCommand({ id: "timer-discard", name: host.t("command.timer-discard"), callback: () => discardTimer(host, timer) });
  // "Add time entry": a finished entry typed in: client, start, end, task, note, non-billable.
  host.addCommand({ id: "timer-add-entry", name: host.t("command.timer-add-entry"), callback: () => openAddEntry(host, timer) });
  // "Open current client's log": the running entry's log note at its line, else the last entry's client's log of this month.
  host.addCommand({ id: "timer-open-log", name: host.t("command.timer-open-log"), callback: () => openCurrentLog(host, timer) });
}

/** Opens the picker; once the index is ready. `switching` only changes the wording. */
export async function openStartTimer(host: TimerHost, timer: TimerService, switching: boolean): Promise<void> {
  await host.indexer.whenReady;
  new ClientPickModal(host, timer, switching || timer.current() !== null).open();
}

export async function stopTimer(host: TimerHost, timer: TimerService): Promise<void> {
  await host.indexer.whenReady;
  await timer.stop();
}

export async function resumeTimer(host: TimerHost, timer: TimerService): Promise<void> {
  await host.indexer.whenReady;
  await timer.resume();
}

export async function discardTimer(host: TimerHost, timer: TimerService): Promise<void> {
  await host.indexer.whenReady;
  const running = timer.running();
  if (running.length > 1) {
    new Notice(host.t("timer.notice.conflict-first", { count: running.length }));
    await timer.checks.askConflict(true);
    return;
  }
  const cur = running[0];
  if (!cur) {
    new Notice(host.t("timer.notice.none"));
    return;
  }
  const t = host.t;
  new ConfirmModal(host.app, {
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

export async function openAddEntry(host: TimerHost, timer: TimerService): Promise<void> {
  await host.indexer.whenReady;
  new ManualEntryModal(host, timer).open();
}

export async function openCurrentLog(host: TimerHost, timer: TimerService): Promise<void> {
  await host.indexer.whenReady;
  const { workspace, vault } = host.app;
  const cur = timer.current();
  if (cur !== null) {
    await workspace.openLinkText(cur.entry.file, "", false, { eState: { line: cur.entry.line - 1 } });
    return;
  }
  const last = timer.lastEntry();
  if (last === null) {
    new Notice(host.t("timer.notice.no-log"));
    return;
  }
  const path = normalizePath(logNotePath(host.indexer.index.layout, last.clientKey, monthOf(Date.now(), timer.zone())));
  const target = vault.getFileByPath(path) !== null ? path : last.file;
  await workspace.openLinkText(target, "", false);
}
