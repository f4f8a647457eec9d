// Wires the timer into the plugin: the service, the questions it asks, the commands, the status bar
// (desktop), the ribbon action (every platform; the way in on a phone, which has no status bar) and
// the timer's settings section.

import { Platform } from "obsidian";
import type { Host } from "../../ui/host";
import { TimerService } from "./timer-service";
import { TimerStatusBar } from "./status-bar";
import { showTimerMenu } from "./timer-menu";
import { askIdle } from "./idle-modal";
import { askConflict } from "./conflict-modal";
import { registerTimerCommands } from "./commands";
import { displayTimerSettings } from "./timer-settings";

export function setupTimer(host: Host): TimerService {
  const timer = new TimerService(host);
  timer.checks.prompts = {
    idle: (q) => askIdle(host, timer, q),
    conflict: (running) => askConflict(host, timer, running),
  };
  host.addChild(timer);
  registerTimerCommands(host, timer);
  if (!Platform.isMobile) host.addChild(new TimerStatusBar(host, timer, host.addStatusBarItem()));
  host.addRibbonIcon("timer", host.t("timer.ribbon"), (evt) => void showTimerMenu(host, timer, evt));
  host.addSettingsSection((el) => displayTimerSettings(el, host, timer));
  return timer;
}
