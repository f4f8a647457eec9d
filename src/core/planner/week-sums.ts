// What a week adds up to for each client a week view shows: planned, tracked, billable and billed
// time, kept in arrays by position (the roster's clients first, then any client a block or entry
// names that has no note) so that a redraw makes no object per client. Pure.

import type { WeekRange } from "../shared/week";
import type { Roster } from "./week-roster";
import type { LineStore } from "../index/log-store";
import { roundToStep, taskKey } from "../billing/rounding";

export class WeekSums {
  readonly planned: number[];
  readonly tracked: number[];
  readonly billable: number[];
  /** 1 where the roster's client is shown: active, or named by a block or entry of the week. */
  readonly shown: Uint8Array;
  /** Billed time so far, rounded per entry. */
  private readonly billedPerEntry: number[];
  /** Raw billable time per task, for the clients who round per task. */
  private readonly perTask: (Map<string | null, number> | null)[];
  /** Clients named by a block or entry that have no note. */
  private readonly extras: string[] = [];
  private readonly extraAt = new Map<string, number>();

  constructor(readonly roster: Roster) {
    const n = roster.clients.length;
    this.shown = roster.active.slice();
    this.planned = new Array<number>(n).fill(0);
    this.tracked = new Array<number>(n).fill(0);
    this.billable = new Array<number>(n).fill(0);
    this.billedPerEntry = new Array<number>(n).fill(0);
    this.perTask = new Array<Map<string | null, number> | null>(n).fill(null);
  }

  /** How many positions there are: the roster's, shown or not, then the clients without a note. */
  get count(): number {
    return this.roster.clients.length + this.extras.length;
  }

  /** The roster's position of a client key, marking it shown; -1 when no client note has it. */
  notedPosition(key: string): number {
    const at = this.roster.at.get(key);
    if (at === undefined) return -1;
    this.shown[at] = 1;
    return at;
  }

  /** The position of a client key, marking it shown (and taking it in when it has no note). */
  positionOf(key: string): number {
    const at = this.notedPosition(key);
    if (at >= 0) return at;
    let extra = this.extraAt.get(key);
    if (extra === undefined) {
      extra = this.count;
      this.extras.push(key);
      this.extraAt.set(key, extra);
      this.planned.push(0);
      this.tracked.push(0);
      this.billable.push(0);
      this.billedPerEntry.push(0);
      this.perTask.push(null);
    }
    return extra;
  }

  /** The position of a log's client, found by the folder number the store carries. */
  positionOfStore(store: LineStore): number {
    const byFolder = this.roster.byFolder;
    const at = store.clientId >= 0 && store.clientId < byFolder.length ? byFolder[store.clientId] : -1;
    if (at < 0) return this.positionOf(store.clientKey);
    this.shown[at] = 1;
    return at;
  }

  key(at: number): string {
    const n = this.roster.clients.length;
    return at < n ? this.roster.keys[at] : this.extras[at - n];
  }

  color(at: number): string | null {
    return at < this.roster.clients.length ? this.roster.colors[at] : null;
  }

  /**
   * Adds one entry of the client at position `at`, clipped to the week: tracked (a running entry up to
   * `end`, which is `now`), billable, and what billing needs (rounding.ts: finished, billable
   * entries; per entry, or per task when the client rounds per task, rounded in `billed`).
   */
  addEntry(at: number, start: number, written: number | null, end: number, billable: boolean, task: string | null, range: WeekRange): void {
    const from = Math.max(start, range.from);
    const ms = Math.max(0, Math.min(end, range.to) - from);
    this.tracked[at] += ms;
    if (!billable) return;
    this.billable[at] += ms;
    const r = this.roster;
    if (written === null || at >= r.clients.length) return;
    const raw = Math.min(written, range.to) - from;
    if (raw <= 0) return;
    if (r.perTask[at] === 1) {
      const key = taskKey(task);
      const groups = (this.perTask[at] ??= new Map());
      groups.set(key, (groups.get(key) ?? 0) + raw);
    } else this.billedPerEntry[at] += roundToStep(raw, r.steps[at], r.modes[at]);
  }

  /** The billed time of the client at position `at` under its rounding. */
  billed(at: number): number {
    const groups = this.perTask[at];
    if (groups === null) return at < this.roster.clients.length ? this.billedPerEntry[at] : 0;
    let total = 0;
    for (const ms of groups.values()) total += roundToStep(ms, this.roster.steps[at], this.roster.modes[at]);
    return total;
  }
}
