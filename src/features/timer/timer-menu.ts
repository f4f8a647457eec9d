// The timer menu: opened by a click on the status bar (desktop) or by the ribbon's timer icon
// (every platform, the way in on a phone). The same actions as the commands.

import { Menu } from "obsidian";
import type ClientDeskPlugin from "../../main";
import { clockText } from "../../core/time/duration-text";
import { elapsedAt, todayTotalAt } from "../../core/time/timer-view";
import { openStartTimer } from "./timer-start";
import { stopTimer } from "./timer-stop";
import { resumeTimer } from "./timer-resume";
import { discardTimer } from "./timer-discard";
import { openAddEntry } from "./timer-add-entry";
import { openCurrentLog } from "./timer-open-log";

export function showTimerMenu(plugin: ClientDeskPlugin, evt: MouseEvent): Menu {
  const menu = new Menu();
  fillTimerMenu(plugin, menu, Date.now());
  menu.showAtMouseEvent(evt);
  return menu;
}

export function fillTimerMenu(plugin: ClientDeskPlugin, menu: Menu, now: number): void {
  const t = plugin.t;
  const timer = plugin.timer;
  const s = timer.snapshot;
  const cur = timer.current();
  const running = timer.running();
  if (s !== null) {
    const label =
      cur !== null
        ? t("timer.menu.running", { what: timer.describe(cur.entry.clientKey, cur.entry.task), time: clockText(elapsedAt(s, now)) })
        : t("timer.menu.idle", { time: timer.durationText(todayTotalAt(s, now)) });
    menu.addItem((i) => i.setTitle(label).setIsLabel(true).setSection("status"));
    if (cur?.otherDevice) {
      menu.addItem((i) =>
        i.setTitle(t("timer.tooltip.running-elsewhere", { device: cur.entry.device ?? t("timer.device.unknown") })).setIsLabel(true).setSection("status"),
      );
    }
    if (cur?.clientMissing) {
      menu.addItem((i) => i.setTitle(t("timer.tooltip.client-missing", { file: cur.entry.file })).setIsLabel(true).setSection("status"));
    }
  }
  if (running.length > 1) {
    menu.addItem((i) =>
      i
        .setTitle(t("timer.menu.resolve", { count: running.length }))
        .setIcon("alert-triangle")
        .setSection("timer")
        .onClick(() => void timer.askConflict(true)),
    );
  }
  if (cur !== null) {
    menu.addItem((i) => i.setTitle(t("timer.menu.stop")).setIcon("square").setSection("timer").onClick(() => void stopTimer(plugin)));
    menu.addItem((i) => i.setTitle(t("timer.menu.switch")).setIcon("repeat").setSection("timer").onClick(() => void openStartTimer(plugin, true)));
  } else {
    menu.addItem((i) => i.setTitle(t("timer.menu.start")).setIcon("play").setSection("timer").onClick(() => void openStartTimer(plugin, false)));
    const last = timer.lastEntry();
    if (last !== null && plugin.indexer.index.client(last.clientKey) !== null) {
      menu.addItem((i) =>
        i
          .setTitle(t("timer.menu.resume", { what: timer.describe(last.clientKey, last.task) }))
          .setIcon("rotate-ccw")
          .setSection("timer")
          .onClick(() => void resumeTimer(plugin)),
      );
    }
  }
  menu.addItem((i) => i.setTitle(t("timer.menu.add")).setIcon("plus").setSection("more").onClick(() => void openAddEntry(plugin)));
  menu.addItem((i) => i.setTitle(t("timer.menu.open-log")).setIcon("file-text").setSection("more").onClick(() => void openCurrentLog(plugin)));
  if (cur !== null) {
    menu.addItem((i) =>
      i.setTitle(t("timer.menu.discard")).setIcon("trash-2").setWarning(true).setSection("danger").onClick(() => void discardTimer(plugin)),
    );
  }
}
