// Whose blocks the planner shows (docs/team.md, "The planner per person"). A block belongs to the
// person whose plan note holds it (`Planner/2026-W48 ana.md`), an entry to the person whose log
// note holds it; the plain notes are the owner's (or a VA alone's).

import type { Person } from "../lifecycle/people";
import type { HoursRange, Weekday } from "../shared/types";

/** One person's view: `key` null with `owner` is the plain notes alone (no people notes). */
export interface WeekPerson {
  key: string | null;
  /** The owner's view also holds the plain notes. */
  owner: boolean;
}

/** The view of `me` (the device's person; null: the VA alone). */
export function weekPersonOf(me: Person | null): WeekPerson {
  return me === null ? { key: null, owner: true } : { key: me.key, owner: me.role === "owner" };
}

/** True when a note whose person is `p` (null: a plain note) is `shown`'s. */
export function isPersonShown(shown: WeekPerson, p: string | null): boolean {
  if (p === null) return shown.owner;
  return shown.key !== null && p.normalize("NFC").toLowerCase() === shown.key.normalize("NFC").toLowerCase();
}

/** The plan-note person a writer for `p` uses: none for the owner (the plain plan notes), else their key. */
export function planPersonOf(p: Person | null): string | null {
  return p === null || p.role === "owner" ? null : p.key;
}

/**
 * The working hours, days and zone a person's view shows: the owner's are the settings' (as for a
 * VA alone); anyone else's from their note, the settings' where the note has none.
 */
export function personHours(
  p: Person | null,
  fallback: { zone: string; workingHours: HoursRange; workingDays: readonly Weekday[] },
): { workingZone: string; workingHours: HoursRange; workingDays: readonly Weekday[] } {
  if (p === null || p.role === "owner") return { workingZone: fallback.zone, workingHours: fallback.workingHours, workingDays: fallback.workingDays };
  return {
    workingZone: p.timezone ?? fallback.zone,
    workingHours: p.workingHours ?? fallback.workingHours,
    workingDays: p.workingDays ?? fallback.workingDays,
  };
}
