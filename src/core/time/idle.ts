// Idle and forgotten time (docs/vault-format.md, "The running timer"). The plugin never decides on
// its own what happened while nobody was there: it asks, and these functions say when to ask,
// what to propose, and what each answer writes.
//
// When to ask, for a running entry:
// - "long": it has run longer than the idle threshold (setting, default 10 h), counted from its
//   start, or from the last time the user answered "keep" for it. Checked when the plugin loads,
//   when the app wakes after a gap, and once a minute while it runs.
// - "gap": the computer slept (the wall clock jumped by more than GAP_MS between two ticks of the
//   plugin's one-second interval) while an entry started on this device was running. Desktop only:
//   on a phone the app is suspended whenever it is in the background, so a gap says nothing there.
//
// The three answers:
// - keep: nothing is written; the time counts. The "long" question comes back after another
//   threshold's worth of time; a later gap asks again.
// - stop: the entry gets `end` = the idle start (below). The timer is stopped.
// - discard-idle: the entry gets `end` = the idle start, and a new running entry with the same
//   client, task, note and billable flag starts now, on this device. The time in between is logged
//   nowhere: "take out the idle part and keep going".
//
// The idle start proposed: the last user activity (key, pointer or touch in Obsidian) the plugin
// saw on this device after the entry started; for a gap without such activity, the moment the gap
// began. The user may change it (any time after the start and not after now) before answering;
// without any known activity there is no proposal and the user types it.

export const GAP_MS = 5 * 60_000;
export const DEFAULT_IDLE_HOURS = 10;

export type IdleReason = "long" | "gap";
export type IdleChoice = "keep" | "stop" | "discard-idle";

export interface Gap {
  from: number;
  to: number;
}

/** The gap between two ticks, when the wall clock jumped further than `gapMs`. */
export function detectGap(lastTick: number | null, now: number, gapMs = GAP_MS): Gap | null {
  if (lastTick === null) return null;
  return now - lastTick > gapMs ? { from: lastTick, to: now } : null;
}

/** Whether a running entry has run past the threshold since it started or was last kept. */
export function ranTooLong(start: number, now: number, thresholdMs: number, keptAt: number | null = null): boolean {
  const since = keptAt !== null && keptAt > start ? keptAt : start;
  return thresholdMs > 0 && now - since >= thresholdMs;
}

/**
 * The idle start to propose for an entry that started at `start`: the last activity seen after
 * the start (never after the gap began, nor after now), else the gap's start, else null.
 */
export function proposedIdleStart(start: number, now: number, lastActivity: number | null, gap: Gap | null): number | null {
  const limit = gap ? gap.from : now;
  if (lastActivity !== null && lastActivity > start && lastActivity <= limit) return lastActivity;
  if (gap && gap.from > start) return gap.from;
  return null;
}

export type IdleStartProblem = "before-start" | "after-now";

/** Whether `at` can end the entry: after its start and not after now. */
export function checkIdleStart(start: number, now: number, at: number): IdleStartProblem | null {
  if (at <= start) return "before-start";
  if (at > now) return "after-now";
  return null;
}

/** What an answer writes: stop the entry at `stopAt`, and start it again at `restartAt`. */
export interface IdlePlan {
  stopAt: number | null;
  restartAt: number | null;
}

export function idlePlan(choice: IdleChoice, idleStart: number | null, now: number): IdlePlan {
  if (choice === "keep" || idleStart === null) return { stopAt: null, restartAt: null };
  if (choice === "stop") return { stopAt: idleStart, restartAt: null };
  return { stopAt: idleStart, restartAt: now };
}

// ------------------------------------------------------------------------------------------------
// Pomodoro (optional, off by default): a work period is an ordinary entry; when it has lasted the
// work minutes it is stopped at exactly that length and a break begins; when the break is over
// the user is told, and starts the next period herself (nothing starts on its own).

export interface PomodoroSettings {
  workMinutes: number;
  breakMinutes: number;
}

/** When the work period of an entry started at `start` ends. */
export function pomodoroWorkEnd(start: number, p: PomodoroSettings): number {
  return start + p.workMinutes * 60_000;
}

/** When a break that began at `workEnd` ends. */
export function pomodoroBreakEnd(workEnd: number, p: PomodoroSettings): number {
  return workEnd + p.breakMinutes * 60_000;
}
