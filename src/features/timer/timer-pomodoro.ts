// Optional Pomodoro: a work period is stopped at exactly the work length and logged as an ordinary
// entry; a notice says when the break is over. The next period never starts by itself. The break's
// end is kept on the device (device-state.ts), so after a restart the notice still comes.

import { Notice } from "obsidian";
import type { Host } from "../../ui/host";
import type { RunningInfo } from "../../core/time/timer-view";
import { pomodoroBreakEnd, pomodoroWorkEnd } from "../../core/time/idle";
import type { LogWriter } from "../../adapter/log-writer";
import type { TimerNotices } from "./timer-notices";

export class Pomodoro {
  private stopping: string | null = null;
  private breakUntil: number | null;

  constructor(
    private readonly host: Pick<Host, "t" | "settings">,
    private readonly writer: LogWriter,
    private readonly notices: TimerNotices,
    private readonly store: { breakUntil(): number | null; saveBreakUntil(until: number | null): void },
  ) {
    this.breakUntil = store.breakUntil();
  }

  private setBreak(until: number | null): void {
    if (until === this.breakUntil) return;
    this.breakUntil = until;
    this.store.saveBreakUntil(until);
  }

  /** When the break ends, while one is running at `now`; else null. */
  breakEnd(now: number): number | null {
    return this.onBreak(now) ? this.breakUntil : null;
  }

  private lengths(): { workMinutes: number; breakMinutes: number } {
    return { workMinutes: this.host.settings.pomodoroWork, breakMinutes: this.host.settings.pomodoroBreak };
  }

  /** Whether a timer started at `start` has already done its work period (so it is not idle). */
  workDone(start: number, now: number): boolean {
    return this.host.settings.pomodoro && pomodoroWorkEnd(start, this.lengths()) <= now;
  }

  onBreak(now: number): boolean {
    return this.breakUntil !== null && now < this.breakUntil;
  }

  endBreak(): void {
    this.setBreak(null);
  }

  /** Every tick: ends a break, or stops `cur` when its work period is over (through `queue`). */
  check(now: number, cur: RunningInfo | null, queue: (job: () => Promise<void>) => void): void {
    if (!this.host.settings.pomodoro) {
      this.setBreak(null);
      return;
    }
    const p = this.lengths();
    if (this.breakUntil !== null && now >= this.breakUntil) {
      this.setBreak(null);
      // Stays until dismissed: the break may end while the user is away.
      new Notice(this.host.t("timer.notice.pomodoro-break-over"), 0);
    }
    if (cur === null || cur.otherDevice || this.stopping === cur.entry.id) return;
    const workEnd = pomodoroWorkEnd(cur.entry.start, p);
    if (now < workEnd) return;
    this.stopping = cur.entry.id;
    queue(async () => {
      const edit = await this.writer.stopEntry(cur.entry, workEnd);
      if (!edit.ok) {
        this.notices.problem(edit.problem, cur);
        return;
      }
      this.setBreak(pomodoroBreakEnd(workEnd, p));
      this.notices.tell("timer.notice.pomodoro-work-done", {
        what: this.notices.describe(cur.entry.clientKey, edit.entry.task),
        work: p.workMinutes,
        rest: p.breakMinutes,
      });
    });
  }
}
