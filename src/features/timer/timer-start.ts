import type ClientDeskPlugin from "../../main";
import { ClientPickModal } from "./start-timer-modal";

/** "Start timer": pick a client (recent client and task pairs first), then a task or free text. */
export function registerTimerStart(plugin: ClientDeskPlugin): void {
  plugin.addCommand({
    id: "timer-start",
    name: plugin.t("command.timer-start"),
    callback: () => openStartTimer(plugin, false),
  });
}

/** Opens the picker; once the index is ready. `switching` only changes the wording. */
export async function openStartTimer(plugin: ClientDeskPlugin, switching: boolean): Promise<void> {
  await plugin.indexer.whenReady;
  new ClientPickModal(plugin, switching || plugin.timer.current() !== null).open();
}
