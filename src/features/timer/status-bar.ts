// The timer in the status bar (desktop; phones have none, they use the ribbon and the commands).
// Running: client · task, the elapsed time and a retainer's burn; stopped: today's total. The
// elapsed time is redrawn every second from the service's snapshot and the clock alone: no file
// is read and no index is asked. Click: the timer menu. Hover: today per client, retainers.

import { Component, setIcon } from "obsidian";
import type { Host } from "../../ui/host";
import type { TimerService } from "./timer-service";
import { clockText, hoursText, numberText } from "../../core/time/duration-text";
import {
  burnsAt,
  currentBurnAt,
  elapsedAt,
  todayByClientAt,
  todayTotalAt,
  type BurnAt,
} from "../../core/time/timer-view";
import { linkLabel } from "../../core/notes/timed-line";
import { uiLanguage } from "../../adapter/language";
import type { Language } from "../../core/shared/types";
import { showTimerMenu } from "./timer-menu";

const TOOLTIP_EVERY_MS = 30_000;

export class TimerStatusBar extends Component {
  private readonly iconEl: HTMLElement;
  private readonly labelEl: HTMLElement;
  private readonly timeEl: HTMLElement;
  private readonly burnEl: HTMLElement;
  private state = "";
  private time = "";
  private burn = "";
  private tooltipAt = -Infinity;
  /** The language the labels were drawn in, to redraw after a change. */
  private drawnWith: unknown = null;
  private lang: Language = "en";

  constructor(
    private readonly host: Pick<Host, "app" | "t" | "settings" | "indexer">,
    private readonly timer: TimerService,
    private readonly el: HTMLElement,
  ) {
    super();
    el.addClass("client-desk-timer", "mod-clickable");
    el.setAttr("data-tooltip-position", "top");
    this.iconEl = el.createSpan({ cls: "client-desk-timer-icon" });
    this.labelEl = el.createSpan({ cls: "client-desk-timer-label" });
    this.timeEl = el.createSpan({ cls: "client-desk-timer-time" });
    this.burnEl = el.createSpan({ cls: "client-desk-timer-burn" });
  }

  override onload(): void {
    const timer = this.timer;
    this.registerEvent(timer.onChanged(() => this.render(Date.now(), true)));
    this.registerEvent(timer.onTick((now) => this.render(now, false)));
    this.registerDomEvent(this.el, "click", (evt) => showTimerMenu(this.host, this.timer, evt));
    this.render(Date.now(), true);
  }

  /** Draws the status bar for `now`. `full` after the snapshot changed; else only what moves. */
  render(now: number, full: boolean): void {
    const t = this.host.t;
    if (this.drawnWith !== t) {
      this.drawnWith = t;
      this.lang = uiLanguage(this.host.settings);
      full = true;
    }
    const s = this.timer.snapshot;
    const cur = s?.current ?? null;
    // A Pomodoro break shows where the timer does: "Break" and the time left.
    const breakEnd = s !== null && cur === null ? this.timer.breakEnd(now) : null;
    const state = s === null ? "loading" : cur === null ? (breakEnd !== null ? "break" : "idle") : `run:${cur.entry.id}:${s.running.length}`;
    if (full || state !== this.state) {
      this.state = state;
      this.el.toggleClass("is-running", cur !== null);
      this.el.toggleClass("is-break", breakEnd !== null);
      this.el.toggleClass("is-conflict", (s?.running.length ?? 0) > 1);
      this.el.toggleClass("is-client-missing", cur?.clientMissing ?? false);
      setIcon(this.iconEl, cur !== null ? "timer" : "timer-off");
      if (s === null) this.labelEl.setText(t("timer.status.loading"));
      else if (cur === null) this.labelEl.setText(t(breakEnd !== null ? "timer.status.break" : "timer.status.idle-label"));
      else {
        const name = cur.clientMissing ? t("timer.status.client-missing", { client: cur.clientName }) : cur.clientName;
        this.labelEl.setText(cur.entry.task === null ? name : `${name} · ${linkLabel(cur.entry.task)}`);
      }
      this.time = "";
      this.burn = "";
      this.tooltipAt = -Infinity;
    }
    if (s === null) return;
    const time = cur !== null ? clockText(elapsedAt(s, now)) : breakEnd !== null ? t("timer.break-left", { time: clockText(breakEnd - now) }) : this.timer.durationText(todayTotalAt(s, now));
    const conflict = s.running.length > 1 ? ` ${t("timer.status.conflict", { count: s.running.length })}` : "";
    if (time + conflict !== this.time) {
      this.time = time + conflict;
      this.timeEl.setText(this.time);
    }
    const burn = currentBurnAt(s, now);
    const burnText = burn === null ? "" : this.burnText(burn);
    if (burnText !== this.burn) {
      this.burn = burnText;
      this.burnEl.setText(burnText);
      this.burnEl.toggleClass("is-high", burn?.high ?? false);
      this.burnEl.toggleClass("is-over", burn?.over ?? false);
    }
    if (now - this.tooltipAt >= TOOLTIP_EVERY_MS) {
      this.tooltipAt = now;
      this.el.setAttr("aria-label", this.tooltip(now));
    }
  }

  private burnText(b: BurnAt): string {
    return this.host.t("timer.burn", { used: hoursText(b.usedMs, this.lang), included: numberText(b.includedHours, this.lang) });
  }

  /** Today per client and every retainer's burn, one per line. */
  tooltip(now: number): string {
    const t = this.host.t;
    const s = this.timer.snapshot;
    if (s === null) return t("timer.status.loading");
    const lines: string[] = [];
    const cur = s.current;
    if (cur !== null) {
      const device = cur.entry.device ?? t("timer.device.unknown");
      lines.push(cur.otherDevice ? t("timer.tooltip.running-elsewhere", { device }) : t("timer.tooltip.running-here", { device }));
      if (cur.clientMissing) lines.push(t("timer.tooltip.client-missing", { file: cur.entry.file }));
    }
    if (s.running.length > 1) lines.push(t("timer.tooltip.conflict", { count: s.running.length }));
    const today = todayByClientAt(s, now);
    lines.push(t("timer.tooltip.today", { time: this.timer.durationText(todayTotalAt(s, now)) }));
    for (const c of today) lines.push(`  ${c.name}: ${this.timer.durationText(c.ms)}`);
    const burns = burnsAt(s, now);
    if (burns.length > 0) {
      lines.push(t("timer.tooltip.retainers", { month: s.month.month }));
      for (const b of burns) {
        const mark = b.over ? ` ${t("timer.tooltip.over")}` : b.high ? ` ${t("timer.tooltip.high")}` : "";
        lines.push(`  ${b.name} ${this.burnText(b)}${mark}`);
      }
    }
    lines.push(t("timer.tooltip.click"));
    return lines.join("\n");
  }
}
