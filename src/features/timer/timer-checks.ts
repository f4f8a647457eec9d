// What the timer asks the user on its own, as its one-second tick and the index's changes find
// it: which of several running timers to keep, what a gap (the computer asleep) or a timer running
// past the idle threshold was, and which running timers have lost their client note. The answers
// are written through the timer's write queue (timer-service.ts), so they never interleave with
// the commands' writes.

import type { Host } from "../../ui/host";
import { removeLine, taskFromText, toSecond } from "../../core/time/timer";
import type { RunningInfo } from "../../core/time/timer-view";
import { idlePlan, proposedIdleStart, ranTooLong, type Gap, type IdleChoice, type IdleReason } from "../../core/time/idle";
import type { LogWriter } from "../../adapter/log-writer";
import type { DeviceState } from "../../adapter/device-state";
import type { TimerNotices } from "./timer-notices";
import type { Pomodoro } from "./timer-pomodoro";

export interface IdleQuestion {
  reason: IdleReason;
  running: RunningInfo;
  now: number;
  /** The idle start proposed (null: unknown, the user types it). */
  proposed: number | null;
  gap: Gap | null;
}

export interface IdleAnswer {
  choice: IdleChoice;
  idleStart: number | null;
}

export interface ConflictAnswer {
  keepId: string;
  others: "stop" | "discard";
}

/** How the service asks the user; set by the UI (src/features/timer/setup.ts), replaced in tests. */
export interface TimerPrompts {
  idle(q: IdleQuestion): Promise<IdleAnswer | null>;
  conflict(running: RunningInfo[]): Promise<ConflictAnswer | null>;
}

/** What the checks use of the timer service. */
export interface CheckedTimer {
  running(): RunningInfo[];
  deviceName(): string;
  /** Queues a write after every write asked for before it; `failed` when the vault refuses it. */
  run<T>(job: () => Promise<T>, failed: T): Promise<T>;
}

export class TimerChecks {
  /** How to ask the user; set by the UI (src/features/timer/setup.ts), replaced in tests. */
  prompts: TimerPrompts | null = null;
  /** Running entry id → when the user last chose to keep it running: asked again only after another threshold. */
  private readonly keptAt = new Map<string, number>();
  private prompting = false;
  private conflictSeen = "";
  private readonly missingNoticed = new Set<string>();

  constructor(
    private readonly host: Pick<Host, "settings">,
    private readonly timer: CheckedTimer,
    private readonly writer: LogWriter,
    private readonly notices: TimerNotices,
    private readonly pomodoro: Pomodoro,
    private readonly device: DeviceState,
  ) {}

  /** Tells of running timers whose client note is gone (once each) and asks about two running at once. */
  checkRunning(): void {
    for (const r of this.timer.running()) {
      if (r.clientMissing && !this.missingNoticed.has(r.entry.id)) {
        this.missingNoticed.add(r.entry.id);
        this.notices.tell("timer.notice.client-missing", { client: r.clientName, file: r.entry.file });
      }
    }
    if (this.timer.running().length > 1) void this.askConflict(false);
  }

  /** Asks which of several running timers to keep. `again`: also when this set was asked about before. */
  async askConflict(again: boolean): Promise<void> {
    const running = this.timer.running();
    if (running.length < 2 || this.prompting || !this.prompts) return;
    const key = running.map((r) => r.entry.id).sort().join(" ");
    if (!again && key === this.conflictSeen) return;
    this.conflictSeen = key;
    const prompts = this.prompts;
    const answer = await this.asking(() => prompts.conflict(running));
    if (answer !== null) await this.resolveConflict(running, answer);
    else this.checkRunning();
  }

  /** Keeps one running entry; the others are stopped when it started, or discarded. */
  resolveConflict(running: RunningInfo[], answer: ConflictAnswer): Promise<void> {
    return this.timer.run(async () => {
      const keep = running.find((r) => r.entry.id === answer.keepId);
      if (!keep) return;
      let done = 0;
      for (const r of running) {
        if (r === keep) continue;
        // Stopping one that started after the kept one is refused by stopLine (end not after start),
        // never turned into a discard.
        const edit =
          answer.others === "stop"
            ? await this.writer.stopEntry(r.entry, keep.entry.start)
            : await this.writer.editLine(r.entry, (text) => removeLine(text, { id: r.entry.id, start: r.entry.start }));
        if (edit.ok) done++;
        else this.notices.problem(edit.problem, r);
      }
      this.notices.tell(answer.others === "stop" ? "timer.notice.conflict-stopped" : "timer.notice.conflict-discarded", {
        count: done,
        what: this.notices.describe(keep.entry.clientKey, keep.entry.task),
      });
    }, undefined);
  }

  /** The computer slept or the app was closed with a timer running: asks what the gap was. */
  onGap(gap: Gap, now: number): void {
    for (const r of this.timer.running()) {
      if (r.otherDevice || r.entry.start >= gap.from) continue;
      if (this.pomodoro.workDone(r.entry.start, now)) continue;
      void this.askIdle({ reason: "gap", running: r, now, gap, proposed: proposedIdleStart(r.entry.start, now, this.device.lastActivity, gap) });
      return;
    }
    this.checkLong(now);
  }

  /** Asks about a timer running past the idle threshold (`onLoad`: activity from before the restart counts). */
  checkLong(now: number, onLoad = false): void {
    const threshold = this.host.settings.idleHours * 3_600_000;
    for (const r of this.timer.running()) {
      if (!ranTooLong(r.entry.start, now, threshold, this.keptAt.get(r.entry.id) ?? null)) continue;
      if (this.host.settings.pomodoro && !r.otherDevice) continue;
      let proposed = proposedIdleStart(r.entry.start, now, this.device.activitySince(onLoad), null);
      if (proposed === null && !r.otherDevice && this.device.saved.seen !== null && this.device.saved.seen > r.entry.start && this.device.saved.seen < now) {
        proposed = this.device.saved.seen;
      }
      void this.askIdle({ reason: "long", running: r, now, gap: null, proposed });
      return;
    }
  }

  /** One question at a time: none is asked while another is open. */
  private async asking<T>(ask: () => Promise<T | null>): Promise<T | null> {
    this.prompting = true;
    try {
      return await ask();
    } finally {
      this.prompting = false;
    }
  }

  private async askIdle(q: IdleQuestion): Promise<void> {
    if (this.prompting || !this.prompts) return;
    const prompts = this.prompts;
    const answer = await this.asking(() => prompts.idle(q));
    // A conflict that came up while the question was open is asked about now.
    if (this.timer.running().length > 1) void this.askConflict(false);
    const now = toSecond(Date.now());
    // Closing the question without an answer writes nothing; it comes back after another threshold or gap.
    if (answer === null || answer.choice === "keep") {
      this.keptAt.set(q.running.entry.id, now);
      if (answer !== null) this.notices.tell("timer.notice.kept", { what: this.notices.describe(q.running.entry.clientKey, q.running.entry.task) });
      return;
    }
    await this.applyIdle(q.running, answer, now);
  }

  /** Writes an idle answer: stop at the idle start, and for "discard-idle" start the same work again now. */
  applyIdle(r: RunningInfo, answer: IdleAnswer, now: number): Promise<void> {
    return this.timer.run(async () => {
      const plan = idlePlan(answer.choice, answer.idleStart === null ? null : toSecond(answer.idleStart), now);
      if (plan.stopAt === null) return;
      const edit = await this.writer.stopEntry(r.entry, plan.stopAt);
      if (!edit.ok) {
        this.notices.problem(edit.problem, r);
        return;
      }
      const what = this.notices.describe(r.entry.clientKey, edit.entry.task);
      if (plan.restartAt === null) {
        this.notices.tell("timer.notice.idle-stopped", { what, time: this.notices.durationText(plan.stopAt - edit.entry.start) });
        return;
      }
      const again = await this.writer.append({
        clientKey: r.entry.clientKey,
        start: plan.restartAt,
        end: null,
        ...taskFromText(edit.entry.task),
        note: edit.entry.text === "" ? null : edit.entry.text,
        billable: edit.entry.billable,
        device: this.timer.deviceName(),
        id: "",
      });
      if (!again.ok) this.notices.problem(again.problem, null);
      else this.notices.tell("timer.notice.idle-discarded", { what, idle: this.notices.durationText(plan.restartAt - plan.stopAt) });
    }, undefined);
  }
}
