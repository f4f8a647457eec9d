// Wires the timer into the plugin: the service, the status bar (desktop), the ribbon action (every
// platform; the way in on a phone, which has no status bar), the commands and the questions.

import { Platform } from "obsidian";
import type ClientDeskPlugin from "../main";
import { TimerService } from "./timer-service";
import { TimerStatusBar } from "../ui/status-bar";
import { showTimerMenu } from "../ui/timer-menu";
import { askIdle } from "../ui/idle-modal";
import { askConflict } from "../ui/conflict-modal";
import { registerTimerStart } from "../commands/timer-start";
import { registerTimerStop } from "../commands/timer-stop";
import { registerTimerSwitch } from "../commands/timer-switch";
import { registerTimerResume } from "../commands/timer-resume";
import { registerTimerDiscard } from "../commands/timer-discard";
import { registerTimerAddEntry } from "../commands/timer-add-entry";
import { registerTimerOpenLog } from "../commands/timer-open-log";

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
