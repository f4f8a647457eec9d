// The phone's timer box in the planner's toolbar (phones have no status bar): the running timer
// (a clock ticking every second), or the Pomodoro break left, or none; its start or stop button;
// the running client's retainer burn; today's time per client. Redrawn whole only when its state
// changes, so the button keeps its focus while the clock ticks.

import type { Translate } from "../../core/i18n";
import { clockText, hoursText, numberText } from "../../core/time/duration-text";
import { currentBurnAt, elapsedAt, todayByClientAt } from "../../core/time/timer-view";
import type { TimerService } from "../timer/timer-service";
import type { Language } from "../../core/shared/types";

export function renderTimerBox(box: HTMLElement, t: Translate, timer: TimerService, lang: Language, now = Date.now()): void {
  const s = timer.snapshot;
  const cur = timer.current();
  const breakEnd = cur === null ? timer.breakEnd(now) : null;
  const state = cur !== null ? `run:${cur.entry.id}` : breakEnd !== null ? "break" : "idle";
  if (box.dataset.state !== state) {
    box.empty();
    box.dataset.state = state;
    box.createSpan({ cls: "client-desk-timer-box-main" });
    const running = cur !== null;
    box.createEl("button", { text: t(running ? "planner.timer.stop" : "planner.timer.start"), attr: { "data-action": running ? "timer-stop" : "timer-start" } });
    box.createDiv({ cls: "client-desk-timer-box-today client-desk-muted" });
  }
  const main = box.querySelector<HTMLElement>(".client-desk-timer-box-main");
  const today = box.querySelector<HTMLElement>(".client-desk-timer-box-today");
  if (!main || !today) return;
  let text = t("planner.timer.idle");
  if (cur !== null) {
    const elapsed = s === null ? now - cur.entry.start : elapsedAt(s, now);
    text = `${timer.describe(cur.entry.clientKey, cur.entry.task)} · ${clockText(elapsed)}`;
    const burn = s === null ? null : currentBurnAt(s, now);
    if (burn !== null) text += ` · ${t("timer.burn", { used: hoursText(burn.usedMs, lang), included: numberText(burn.includedHours, lang) })}`;
  } else if (breakEnd !== null) text = t("timer.break-left", { time: clockText(breakEnd - now) });
  if (main.textContent !== text) main.setText(text);
  const perClient = s === null ? [] : todayByClientAt(s, now);
  const todayText = perClient.length === 0 ? "" : t("timer.today-by-client", { list: perClient.map((c) => `${c.name} ${timer.durationText(c.ms)}`).join(" · ") });
  if (today.textContent !== todayText) today.setText(todayText);
}
