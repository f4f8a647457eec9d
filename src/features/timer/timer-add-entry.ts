import type ClientDeskPlugin from "../../main";
import { ManualEntryModal } from "./manual-entry-modal";

/** "Add time entry": a finished entry typed in: client, start, end, task, note, non-billable. */
export function registerTimerAddEntry(plugin: ClientDeskPlugin): void {
  plugin.addCommand({
    id: "timer-add-entry",
    name: plugin.t("command.timer-add-entry"),
    callback: () => openAddEntry(plugin),
  });
}

export async function openAddEntry(plugin: ClientDeskPlugin): Promise<void> {
  await plugin.indexer.whenReady;
  new ManualEntryModal(plugin).open();
}
