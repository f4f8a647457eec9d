// The timer menu: opened by a click on the status bar (desktop) or by the ribbon's timer icon
// (every platform, the way in on a phone). The same actions as the commands.

import { Menu } from "obsidian";
import type { TimerService } from "./timer-service";
import { clockText } from "../../core/time/duration-text";
import { elapsedAt, todayTotalAt } from "../../core/time/timer-view";
import { discardTimer, openAddEntry, openCurrentLog, openStartTimer, resumeTimer, stopTimer, type TimerHost } from "./commands";

export function showTimerMenu(host: TimerHost, timer: TimerService, evt: MouseEvent): Menu {
  const menu = new Menu();
  fillTimerMenu(host, timer, menu, Date.now());
  menu.showAtMouseEvent(evt);
  return menu;
}

export function fillTimerMenu(host: TimerHost, timer: TimerService, menu: Menu, now: number): void {
  const t = host.t;
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
    menu.addItem((i) => i.setTitle(t("timer.menu.stop")).setIcon("square").setSection("timer").onClick(() => void stopTimer(host, timer)));
    menu.addItem((i) => i.setTitle(t("timer.menu.switch")).setIcon("repeat").setSection("timer").onClick(() => void openStartTimer(host, timer, true)));
  } else {
    menu.addItem((i) => i.setTitle(t("timer.menu.start")).setIcon("play").setSection("timer").onClick(() => void openStartTimer(host, timer, false)));
    const last = timer.lastEntry();
    if (last !== null && host.indexer.index.client(last.clientKey) !== null) {
      menu.addItem((i) =>
        i
          .setTitle(t("timer.menu.resume", { what: timer.describe(last.clientKey, last.task) }))
          .setIcon("rotate-ccw")
          .setSection("timer")
          .onClick(() => void resumeTimer(host, timer)),
      );
    }
  }
  menu.addItem((i) => i.setTitle(t("timer.menu.add")).setIcon("plus").setSection("more").onClick(() => void openAddEntry(host, timer)));
  menu.addItem((i) => i.setTitle(t("timer.menu.open-log")).setIcon("file-text").setSection("more").onClick(() => void openCurrentLog(host, timer)));
  if (cur !== null) {
    menu.addItem((i) =>
      i.setTitle(t("timer.menu.discard")).setIcon("trash-2").setWarning(true).setSection("danger").onClick(() => void discardTimer(host, timer)),
    );
  }
}
