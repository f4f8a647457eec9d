import type ClientDeskPlugin from "../../main";

/** "Stop timer": writes the end of the running entry, now. */
export function registerTimerStop(plugin: ClientDeskPlugin): void {
  plugin.addCommand({
    id: "timer-stop",
    name: plugin.t("command.timer-stop"),
    callback: () => stopTimer(plugin),
  });
}

export async function stopTimer(plugin: ClientDeskPlugin): Promise<void> {
  await plugin.indexer.whenReady;
  await plugin.timer.stop();
}
