// The index's plan notes: each a ShelvedPlan, read only when first needed: a cold start keeps the text and
// a week view parses just the notes of the weeks it shows. Which week a note holds comes from its
// name (docs/vault-format.md: a plan note holds the blocks of its week).

import type { Diagnostic } from "../shared/types";
import { LineStore, LineStoreBuilder } from "./log-store";
import type { StoreFolder } from "./text-table";
import { scanPlanInto } from "./store-scan";
import { utcMillis } from "../shared/instant";

const DAY = 86_400_000;
// Weeks may start on another day than Monday and zones run from −12:00 to +14:00: two days of
// margin on each side of the ISO week in UTC hold every block of the note's week.
const MARGIN = 2 * DAY;

export interface ParsedPlan {
  store: LineStore;
  diagnostics: Diagnostic[];
  /** Each line's client reference, made on first need (`refs`). */
  refs?: string[];
}

export class ShelvedPlan {
  readonly from: number;
  readonly to: number;
  private text: string | null;
  private parsed: ParsedPlan | null = null;

  constructor(
    readonly path: string,
    week: string,
    text: string,
    /** The index's folder for plan notes: the table its stores name texts in. */
    private readonly folder: StoreFolder,
    /** Whose own plan note it is (`2026-W48 ana.md`); null for the plain note. */
    readonly person: string | null = null,
  ) {
    this.text = text;
    const monday = isoMonday(week);
    this.from = monday - MARGIN;
    this.to = monday + 7 * DAY + MARGIN;
  }

  mayOverlap(from: number, to: number): boolean {
    return this.from < to && this.to > from;
  }

  get parsedYet(): boolean {
    return this.parsed !== null;
  }

  get(): ParsedPlan {
    if (this.parsed === null) {
      const diagnostics: Diagnostic[] = [];
      const builder = new LineStoreBuilder(this.folder);
      scanPlanInto(this.path, this.text ?? "", diagnostics, builder);
      this.parsed = { store: builder.build(this.path), diagnostics };
      this.text = null;
    }
    return this.parsed;
  }

  /** Gives back the texts its store names (once parsed): the note left the index. */
  drop(): void {
    this.parsed?.store.release();
    this.parsed = null;
    this.text = null;
  }

  /**
   * The client reference of every line, read once: a week view asks on every redraw. `read` turns
   * a line's client field into its reference.
   */
  refs(read: (field: string) => string): string[] {
    const parsed = this.get();
    if (!parsed.refs) {
      const refs: string[] = [];
      for (let i = 0; i < parsed.store.count; i++) refs.push(read(parsed.store.client(i)));
      parsed.refs = refs;
    }
    return parsed.refs;
  }
}

/** 00:00 UTC of the Monday of ISO week "YYYY-Www". */
function isoMonday(week: string): number {
  const year = +week.slice(0, 4);
  const n = +week.slice(6, 8);
  const jan4 = utcMillis(year, 1, 4, 0, 0, 0, 0);
  const dow = (new Date(jan4).getUTCDay() + 6) % 7; // Monday 0
  return jan4 - dow * DAY + (n - 1) * 7 * DAY;
}

const WEEK = 7 * DAY;

/**
 * The plan notes of the index, by path and by the week they hold, so that a week view finds the
 * few notes of its week without looking at every plan the vault has.
 */
export class PlanShelf {
  private readonly byPath = new Map<string, ShelvedPlan>();
  private readonly byWeek = new Map<number, Set<ShelvedPlan>>();

  values(): IterableIterator<ShelvedPlan> {
    return this.byPath.values();
  }

  set(plan: ShelvedPlan): void {
    this.delete(plan.path);
    this.byPath.set(plan.path, plan);
    const week = Math.floor(plan.from / WEEK);
    let set = this.byWeek.get(week);
    if (!set) this.byWeek.set(week, (set = new Set()));
    set.add(plan);
  }

  delete(path: string): boolean {
    const plan = this.byPath.get(path);
    if (!plan) return false;
    plan.drop();
    this.byPath.delete(path);
    const week = Math.floor(plan.from / WEEK);
    const set = this.byWeek.get(week);
    set?.delete(plan);
    if (set?.size === 0) this.byWeek.delete(week);
    return true;
  }

  /** Parses the plan note at `path` now, if the shelf keeps it as text. */
  parse(path: string): void {
    this.byPath.get(path)?.get();
  }

  /**
   * Parses up to `max` plan notes still kept as text, so that an index at rest holds compact
   * stores instead of texts (the plugin does this in idle slices after its cold start). Returns
   * whether any are left.
   */
  parseSome(max: number): boolean {
    let done = 0;
    for (const plan of this.byPath.values()) {
      if (plan.parsedYet) continue;
      if (done === max) return true;
      plan.get();
      done++;
    }
    return false;
  }

  /** Calls `fn` for every plan note whose week may overlap [from, to). */
  forEachOverlapping(from: number, to: number, fn: (plan: ShelvedPlan) => void): void {
    // A note covers 11 days from its `from`: the notes that may overlap start after from − 11 days.
    const first = Math.floor((from - 11 * DAY) / WEEK);
    const last = Math.floor((to - 1) / WEEK);
    if (last - first > 60) {
      for (const plan of this.byPath.values()) if (plan.mayOverlap(from, to)) fn(plan);
      return;
    }
    for (let w = first; w <= last; w++) {
      const set = this.byWeek.get(w);
      if (set) for (const plan of set) if (plan.mayOverlap(from, to)) fn(plan);
    }
  }
}
