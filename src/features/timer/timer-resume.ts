import type ClientDeskPlugin from "../../main";

/** "Resume last timer": starts the client and task of the last entry again. */
export function registerTimerResume(plugin: ClientDeskPlugin): void {
  plugin.addCommand({
    id: "timer-resume",
    name: plugin.t("command.timer-resume"),
    callback: () => resumeTimer(plugin),
  });
}

export async function resumeTimer(plugin: ClientDeskPlugin): Promise<void> {
  await plugin.indexer.whenReady;
  await plugin.timer.resume();
}
