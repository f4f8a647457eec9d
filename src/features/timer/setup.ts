// Wires the timer into the plugin: the service, the status bar (desktop), the ribbon action (every
// platform; the way in on a phone, which has no status bar), the commands and the questions.

import { Platform } from "obsidian";
import type ClientDeskPlugin from "../../main";
import { TimerService } from "./timer-service";
import { TimerStatusBar } from "./status-bar";
import { showTimerMenu } from "./timer-menu";
import { askIdle } from "./idle-modal";
import { askConflict } from "./conflict-modal";
import { registerTimerStart } from "./timer-start";
import { registerTimerStop } from "./timer-stop";
import { registerTimerSwitch } from "./timer-switch";
import { registerTimerResume } from "./timer-resume";
import { registerTimerDiscard } from "./timer-discard";
import { registerTimerAddEntry } from "./timer-add-entry";
import { registerTimerOpenLog } from "./timer-open-log";

export function setupTimer(plugin: ClientDeskPlugin): TimerService {
  const timer = new TimerService(plugin);
  plugin.timer = timer;
  timer.prompts = {
    idle: (q) => askIdle(plugin, q),
    conflict: (running) => askConflict(plugin, running),
  };
  plugin.addChild(timer);
  registerTimerStart(plugin);
  registerTimerStop(plugin);
  registerTimerSwitch(plugin);
  registerTimerResume(plugin);
  registerTimerDiscard(plugin);
  registerTimerAddEntry(plugin);
  registerTimerOpenLog(plugin);
  if (!Platform.isMobile) plugin.addChild(new TimerStatusBar(plugin, plugin.addStatusBarItem()));
  plugin.addRibbonIcon("timer", plugin.t("timer.ribbon"), (evt) => void showTimerMenu(plugin, evt));
  return timer;
}
