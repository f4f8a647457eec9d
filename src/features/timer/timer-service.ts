// The timer inside Obsidian. The running timer lives in the vault, as an entry line without an
// end in the client's log note (docs/vault-format.md), so a restart, a crash, another device or
// the CLI all see the same timer. This service reads running entries from the indexer, writes
// through Vault.process (one line appended, or exactly one line replaced or removed) and
// Vault.create (log-writer.ts), and keeps a snapshot for the one-second tick so the tick never
// touches the disk. What stays on this device only is in device-state.ts.

import { watchActivity } from "./activity-watch";
import { Component, Events, Platform, type EventRef } from "obsidian";
import type { Entry } from "../../core/shared/types";
import type { Translate } from "../../core/i18n";
import type { Host } from "../../ui/host";
import { removeLine, taskFromText, toSecond } from "../../core/time/timer";
import { buildSnapshot, staleAt, type RunningInfo, type TimerSnapshot } from "../../core/time/timer-view";
import { detectGap } from "../../core/time/idle";
import { lastEntry, recentPairs, type RecentPair } from "../../core/time/recent";
import { LogWriter, type Outcome } from "../../adapter/log-writer";
import { DeviceState, platformKey } from "../../adapter/device-state";
import { TimerNotices } from "./timer-notices";
import { workingAs, workingAsName } from "../../adapter/working-as";
import { isMine, logPersonOf } from "../../core/time/team";
import { Pomodoro } from "./timer-pomodoro";
import { TimerChecks } from "./timer-checks";

const TICK_MS = 1000;
const LONG_CHECK_MS = 60_000;
const RECENT_DAYS = 45;

export interface StartRequest {
  clientKey: string;
  task: string | null;
  /** Write the task as a link `[[task]]` (a task note), else as text. */
  taskAsLink: boolean;
  note?: string | null;
  billable?: boolean;
}

export interface ManualRequest extends StartRequest {
  start: number;
  end: number;
}

export type { Outcome };

const FAILED: Outcome = { ok: false, problem: "write-failed" };


export class TimerService extends Component {
  readonly events = new Events();
  snapshot: TimerSnapshot | null = null;
  private lastTick: number | null = null;
  private lastLongCheck = 0;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly pomodoro: Pomodoro;
  private readonly device: DeviceState;
  private readonly notices: TimerNotices;
  private unloaded = false;
  private readyChecked = false;

  private readonly writer: LogWriter;
  /** Conflicts, gaps, idle time and missing client notes, asked about (timer-checks.ts). */
  readonly checks: TimerChecks;

  constructor(private readonly host: Pick<Host, "app" | "t" | "settings" | "indexer" | "zone">) {
    super();
    this.writer = new LogWriter(host, () => this.zone(), () => this.logPerson());
    this.device = new DeviceState(host.app, () => this.t(platformKey()));
    this.notices = new TimerNotices(host);
    this.pomodoro = new Pomodoro(host, this.writer, this.notices, this.device);
    this.checks = new TimerChecks(host, this, this.writer, this.notices, this.pomodoro, this.device);
  }

  private get t(): Translate {
    return this.host.t;
  }

  /** After the snapshot changed (index change, new day, device renamed). */
  onChanged(callback: () => void): EventRef {
    return this.events.on("changed", callback);
  }

  /** Every second, with the clock's time. */
  onTick(callback: (now: number) => void): EventRef {
    return this.events.on("tick", (now: unknown) => callback(typeof now === "number" ? now : Date.now()));
  }

  zone(): string {
    return this.host.zone();
  }

  override onload(): void {
    this.device.load();
    this.registerEvent(this.host.indexer.onChanged(() => this.refresh()));
    this.registerInterval(window.setInterval(() => this.tick(), TICK_MS));
    watchActivity(this, this.host.app.workspace, () => this.device.markActivity(Date.now()));
    this.register(() => this.device.saveActivity(Date.now()));
    void this.host.indexer.whenReady.then(() => {
      if (this.unloaded) return;
      this.refresh();
      this.afterReady();
    });
  }

  override onunload(): void {
    this.unloaded = true;
  }

  // ---------------------------------------------------------------------------------------------
  // Device

  /** This device's name: set in the settings tab, else made once from the platform. Not synced. */
  deviceName(): string {
    return this.device.name();
  }

  /** Renames this device; an empty name makes a new default one. Returns the name in force. */
  setDeviceName(name: string): string {
    const now = this.device.rename(name);
    this.refresh();
    return now;
  }

  // ---------------------------------------------------------------------------------------------
  // Team (docs/team.md): each person has their own timer, in their own log notes

  /** Whose log notes this device writes: null for the plain ones (the owner, or a VA alone). */
  private logPerson(): string | null {
    const r = workingAs(this.host.app, this.host.indexer.index);
    return r.ok ? logPersonOf(r.person) : null;
  }

  /** Which entries are this device's person's; undefined (all) for a VA alone. */
  private mineFilter(): ((e: Entry) => boolean) | undefined {
    const index = this.host.indexer.index;
    if (workingAsName(this.host.app) === "" && !index.team.active()) return undefined;
    const r = workingAs(this.host.app, index);
    if (!r.ok) return () => false;
    return (e) => isMine(e, r.person);
  }

  /** False, with a notice, when the device's "works as" setting names nobody: nothing is written then. */
  private knowsWho(): boolean {
    const r = workingAs(this.host.app, this.host.indexer.index);
    if (r.ok) return true;
    this.notices.tell("team.as.unknown", { name: r.name, folder: this.host.settings.teamFolder });
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Snapshot and tick

  /** Rebuilds the snapshot from the index: on every index change and once a day, never per tick. */
  refresh(): void {
    const ix = this.host.indexer;
    if (!ix.ready || this.unloaded) return;
    this.snapshot = buildSnapshot(ix.index, Date.now(), this.zone(), this.deviceName(), this.mineFilter());
    this.events.trigger("changed");
    if (this.readyChecked) this.checks.checkRunning();
  }

  /** The running entry shown as the timer. */
  current(): RunningInfo | null {
    return this.snapshot?.current ?? null;
  }

  running(): RunningInfo[] {
    return this.snapshot?.running ?? [];
  }

  /** The one-second tick: notices gaps and the idle threshold; the status bar redraws from the snapshot. */
  tick(now = Date.now()): void {
    if (this.unloaded) return;
    const gap = Platform.isDesktopApp ? detectGap(this.lastTick, now) : null;
    this.lastTick = now;
    const s = this.snapshot;
    if (s !== null && staleAt(s, now)) this.refresh();
    this.events.trigger("tick", now);
    if (s === null) return;
    this.pomodoro.check(now, this.current(), (job) => void this.run(job, undefined));
    if (gap !== null) this.checks.onGap(gap, now);
    if (now - this.lastLongCheck >= LONG_CHECK_MS) {
      this.lastLongCheck = now;
      this.checks.checkLong(now);
    }
    this.device.maybeSave(now);
  }

  /** Resolves when every write asked for so far has finished. */
  async whenIdle(): Promise<void> {
    await this.queue;
  }

  /**
   * Runs writes one after another (two quick keystrokes never interleave their edits). A write the
   * vault refuses (a file in the way, a disk error) is said in a notice; `failed` is returned then.
   */
  run<T>(job: () => Promise<T>, failed: T): Promise<T> {
    const guarded = async (): Promise<T> => {
      try {
        return await job();
      } catch (e) {
        console.error(e);
        this.notices.tell("timer.problem.write-failed", { reason: e instanceof Error ? e.message : String(e) });
        return failed;
      }
    };
    const next = this.queue.then(guarded, guarded);
    this.queue = next;
    return next;
  }

  // ---------------------------------------------------------------------------------------------
  // Commands

  /** Starts a timer for a client; a timer already running is stopped at the same instant (a switch). */
  start(req: StartRequest): Promise<Outcome> {
    return this.run(async () => {
      if (!this.knowsWho()) return { ok: false, problem: "none" };
      const now = toSecond(Date.now());
      const running = this.running();
      if (running.length > 1) {
        this.notices.tell("timer.notice.conflict-first", { count: running.length });
        void this.checks.askConflict(true);
        return { ok: false, problem: "conflict" };
      }
      let from: RunningInfo | null = null;
      if (running.length === 1) {
        const r = running[0];
        const stopped = await this.writer.stopEntry(r.entry, now);
        if (!stopped.ok && stopped.problem !== "missing" && stopped.problem !== "stopped" && stopped.problem !== "unreadable") {
          this.notices.problem(stopped.problem, r);
          return stopped;
        }
        if (!stopped.ok) this.notices.problem(stopped.problem, r);
        else from = r;
      }
      const started = await this.writer.append({
        clientKey: req.clientKey,
        start: now,
        end: null,
        task: req.task,
        taskAsLink: req.taskAsLink,
        note: req.note ?? null,
        billable: req.billable ?? true,
        device: this.deviceName(),
        id: "",
      });
      if (!started.ok) {
        this.notices.problem(started.problem, null);
        return started;
      }
      this.pomodoro.endBreak();
      const what = this.describe(req.clientKey, started.entry?.task ?? null);
      if (from !== null) {
        this.notices.tell("timer.notice.switched", { from: this.describe(from.entry.clientKey, from.entry.task), to: what, time: this.durationText(now - from.entry.start) });
      } else this.notices.tell("timer.notice.started", { what });
      return started;
    }, FAILED);
  }

  /** Stops the current timer (or `which`) now. */
  stop(which?: RunningInfo): Promise<Outcome> {
    return this.run(async () => {
      const running = this.running();
      if (!which && running.length > 1) {
        this.notices.tell("timer.notice.conflict-first", { count: running.length });
        void this.checks.askConflict(true);
        return { ok: false, problem: "conflict" };
      }
      const r = which ?? running[0];
      if (!r) {
        this.notices.tell("timer.notice.none");
        return { ok: false, problem: "none" };
      }
      const now = toSecond(Date.now());
      const edit = await this.writer.stopEntry(r.entry, now);
      if (!edit.ok) {
        this.notices.problem(edit.problem, r);
        return edit;
      }
      this.notices.stopped(r, edit.entry.start, now);
      return { ok: true, entry: null };
    }, FAILED);
  }

  /** Starts again the client and task of the last entry. */
  resume(): Promise<Outcome> {
    const last = this.lastEntry();
    if (this.current() !== null) {
      const c = this.current()!;
      this.notices.tell("timer.notice.already-running", { what: this.describe(c.entry.clientKey, c.entry.task) });
      return Promise.resolve({ ok: false, problem: "conflict" });
    }
    if (last === null) {
      this.notices.tell("timer.notice.nothing-to-resume");
      return Promise.resolve({ ok: false, problem: "none" });
    }
    if (this.host.indexer.index.client(last.clientKey) === null) {
      this.notices.tell("timer.notice.client-gone", { client: last.clientKey });
      return Promise.resolve({ ok: false, problem: "no-client" });
    }
    return this.start({ clientKey: last.clientKey, ...taskFromText(last.task), billable: last.billable });
  }

  /** Removes the running entry's line (the caller has asked the user first). */
  discard(r: RunningInfo): Promise<Outcome> {
    return this.run(async () => {
      const edit = await this.writer.editLine(r.entry, (text) => removeLine(text, { id: r.entry.id, start: r.entry.start }));
      if (!edit.ok) {
        this.notices.problem(edit.problem, r);
        return edit;
      }
      this.notices.tell("timer.notice.discarded", { what: this.describe(r.entry.clientKey, r.entry.task) });
      return { ok: true, entry: null };
    }, FAILED);
  }

  /** Adds a finished entry (the manual entry dialog has validated it). */
  addManual(req: ManualRequest): Promise<Outcome> {
    return this.run(async () => {
      if (!this.knowsWho()) return { ok: false, problem: "none" };
      const r = await this.writer.append({
        clientKey: req.clientKey,
        start: req.start,
        end: req.end,
        task: req.task,
        taskAsLink: req.taskAsLink,
        note: req.note ?? null,
        billable: req.billable ?? true,
        device: null,
        id: "",
      });
      if (!r.ok) {
        this.notices.problem(r.problem, null);
        return r;
      }
      this.notices.tell("timer.notice.added", { what: this.describe(req.clientKey, r.entry?.task ?? null), time: this.durationText(toSecond(req.end) - toSecond(req.start)) });
      return r;
    }, FAILED);
  }

  /** The entry a resume would start again. */
  lastEntry(): Entry | null {
    if (!this.host.indexer.ready) return null;
    const now = Date.now();
    const entries = this.host.indexer.index.entriesBetween(now - RECENT_DAYS * 86_400_000, now + 86_400_000);
    return lastEntry(entries.filter((e) => e.end !== null));
  }

  /** Recent client and task pairs, latest first, for the start picker. */
  recent(limit = 8): RecentPair[] {
    if (!this.host.indexer.ready) return [];
    const now = Date.now();
    const index = this.host.indexer.index;
    return recentPairs(index.entriesBetween(now - RECENT_DAYS * 86_400_000, now + 86_400_000), 50)
      .filter((p) => index.client(p.clientKey) !== null)
      .slice(0, limit);
  }

  // ---------------------------------------------------------------------------------------------
  // Checks (timer-checks.ts: two running timers, missing client notes, idle time) and Pomodoro

  private afterReady(): void {
    this.readyChecked = true;
    this.checks.checkRunning();
    this.checks.checkLong(Date.now(), true);
  }

  /** When the Pomodoro break running at `now` ends; null when there is none. */
  breakEnd(now = Date.now()): number | null {
    return this.pomodoro.breakEnd(now);
  }

  /** True during a Pomodoro break. */
  onBreak(now = Date.now()): boolean {
    return this.pomodoro.onBreak(now);
  }

  // ---------------------------------------------------------------------------------------------
  // Messages

  /** "Harbour Goods · Product uploads", the task's link brackets taken off. */
  describe(clientKey: string, task: string | null): string {
    return this.notices.describe(clientKey, task);
  }

  durationText(ms: number): string {
    return this.notices.durationText(ms);
  }
}
