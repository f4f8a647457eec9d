// The timer menu: opened by a click on the status bar (desktop) or by the ribbon's timer icon
// (every platform, the way in on a phone). The same actions as the commands.

import { Menu } from "obsidian";
import type { TimerService } from "./timer-service";
import { clockText, hoursText, numberText } from "../../core/time/duration-text";
import { currentBurnAt, elapsedAt, todayByClientAt, todayTotalAt } from "../../core/time/timer-view";
import { uiLanguage } from "../../adapter/language";
import type { Host } from "../../ui/host";

type MenuHost = TimerHost & Pick<Host, "settings">;
import { discardTimer, openAddEntry, openCurrentLog, openStartTimer, resumeTimer, stopTimer, type TimerHost } from "./commands";

export function showTimerMenu(host: MenuHost, timer: TimerService, evt: MouseEvent): Menu {
  const menu = new Menu();
  const tick = fillTimerMenu(host, timer, menu, Date.now());
  // A running clock while the menu is open (a phone has no status bar): the timer's tick, an
  // event of its registered interval, relabels it; the menu drops the listener when it hides.
  menu.registerEvent(timer.onTick((now) => tick(now)));
  menu.showAtMouseEvent(evt);
  return menu;
}

/** Fills the menu; returns what relabels its status lines for a later `now`. */
export function fillTimerMenu(host: MenuHost, timer: TimerService, menu: Menu, now: number): (now: number) => void {
  const t = host.t;
  const s = timer.snapshot;
  const cur = timer.current();
  const running = timer.running();
  const ticking: ((now: number) => void)[] = [];
  if (s !== null) {
    const label = (at: number) => {
      if (cur !== null) return t("timer.menu.running", { what: timer.describe(cur.entry.clientKey, cur.entry.task), time: clockText(elapsedAt(s, at)) });
      const breakEnd = timer.breakEnd(at);
      return breakEnd !== null ? t("timer.break-left", { time: clockText(breakEnd - at) }) : t("timer.menu.idle", { time: timer.durationText(todayTotalAt(s, at)) });
    };
    menu.addItem((i) => {
      i.setTitle(label(now)).setIsLabel(true).setSection("status");
      ticking.push((at) => i.setTitle(label(at)));
    });
    const burn = currentBurnAt(s, now);
    if (burn !== null) {
      const burnLabel = (at: number) => {
        const b = currentBurnAt(s, at) ?? burn;
        return `${b.name} ${t("timer.burn", { used: hoursText(b.usedMs, uiLanguage(host.settings)), included: numberText(b.includedHours, uiLanguage(host.settings)) })}`;
      };
      menu.addItem((i) => {
        i.setTitle(burnLabel(now)).setIsLabel(true).setSection("status");
        ticking.push((at) => i.setTitle(burnLabel(at)));
      });
    }
    const todayLabel = (at: number) => {
      const list = todayByClientAt(s, at);
      return list.length === 0 ? "" : t("timer.today-by-client", { list: list.map((c) => `${c.name} ${timer.durationText(c.ms)}`).join(" · ") });
    };
    if (todayLabel(now) !== "") {
      menu.addItem((i) => {
        i.setTitle(todayLabel(now)).setIsLabel(true).setSection("status");
        ticking.push((at) => i.setTitle(todayLabel(at)));
      });
    }
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
        .onClick(() => void timer.checks.askConflict(true)),
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
  return (at) => {
    for (const f of ticking) f(at);
  };
}
