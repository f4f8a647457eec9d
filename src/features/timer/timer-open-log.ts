import { Notice } from "obsidian";
import type ClientDeskPlugin from "../../main";
import { logNotePath } from "../../core/shared/paths";
import { monthOf } from "../../core/shared/week";

/** "Open current client's log": the running entry's log note at its line, else the last entry's client's log of this month. */
export function registerTimerOpenLog(plugin: ClientDeskPlugin): void {
  plugin.addCommand({
    id: "timer-open-log",
    name: plugin.t("command.timer-open-log"),
    callback: () => openCurrentLog(plugin),
  });
}

export async function openCurrentLog(plugin: ClientDeskPlugin): Promise<void> {
  await plugin.indexer.whenReady;
  const { workspace, vault } = plugin.app;
  const cur = plugin.timer.current();
  if (cur !== null) {
    await workspace.openLinkText(cur.entry.file, "", false, { eState: { line: cur.entry.line - 1 } });
    return;
  }
  const last = plugin.timer.lastEntry();
  if (last === null) {
    new Notice(plugin.t("timer.notice.no-log"));
    return;
  }
  const path = logNotePath(plugin.indexer.index.layout, last.clientKey, monthOf(Date.now(), plugin.timer.zone()));
  const target = vault.getFileByPath(path) !== null ? path : last.file;
  await workspace.openLinkText(target, "", false);
}
