import type ClientDeskPlugin from "../../main";
import { openStartTimer } from "./timer-start";

/** "Switch timer": stops the running entry and starts another at the same instant. */
export function registerTimerSwitch(plugin: ClientDeskPlugin): void {
  plugin.addCommand({
    id: "timer-switch",
    name: plugin.t("command.timer-switch"),
    callback: () => openStartTimer(plugin, true),
  });
}
