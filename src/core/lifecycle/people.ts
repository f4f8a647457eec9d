// People notes (docs/team.md): one note per person in the team folder, read into a Person. A note
// without a `role` field is not a person (a team folder may hold other notes); a subcontractor note
// (subcontractors.ts) is read as a person with the role subcontractor. The person's key is the
// note's base name: what their own log notes (`Log/2026-11 <key>.md`) and approvals carry.

import type { Diagnostic, HoursRange, Weekday } from "../shared/types";
import { FieldReader, shownValue, type NoteSource } from "../notes/fields";
import { parseHoursRange, parseWeekdays } from "../shared/hours";
import { linkTarget } from "../notes/timed-line";

export type Role = "owner" | "member" | "subcontractor";
export const ROLES: readonly Role[] = ["owner", "member", "subcontractor"];

export interface Person {
  key: string;
  file: string;
  name: string;
  role: Role;
  /** Null: the vault owner's zone. */
  timezone: string | null;
  workingHours: HoursRange | null;
  workingDays: Weekday[] | null;
  /** Minor units of `currency` an hour; null when not set. */
  costRate: number | null;
  currency: string;
  /** Client (key or name, as written, lower-cased) → bill rate in that client's currency, as typed. */
  billRates: Map<string, string>;
  email: string | null;
  /** Read from the subcontractors folder (no role field there). */
  legacy: boolean;
}

export function parsePerson(note: NoteSource, homeCurrency: string, legacy: boolean): { person: Person | null; diagnostics: Diagnostic[] } {
  const f = new FieldReader(note);
  const key = note.path.slice(note.path.lastIndexOf("/") + 1).replace(/\.md$/, "");
  if (!legacy && !f.isSet("role")) return { person: null, diagnostics: [] };
  const role: Role | null = legacy ? "subcontractor" : f.take(f.choice("role", ROLES));
  const currency = f.or(f.currency(legacy ? "currency" : "cost_currency"), homeCurrency);
  const costRate = f.take(f.money(legacy ? "rate" : "cost_rate", currency));
  const name = f.take(f.text("name")) ?? key;
  const timezone = f.take(f.zone("timezone"));
  let workingHours: HoursRange | null = null;
  const wh = f.take(f.text("working_hours"));
  if (wh !== null) {
    workingHours = parseHoursRange(wh);
    if (workingHours === null) f.report("hours-invalid", "working_hours", { value: wh });
  }
  let workingDays: Weekday[] | null = null;
  if (f.isSet("working_days")) {
    const d = parseWeekdays(f.raw("working_days"));
    if (d && d.length > 0) workingDays = d;
    else f.report("days-invalid", "working_days", { value: shownValue(f.raw("working_days")) });
  }
  const billRates = new Map<string, string>();
  for (const item of f.take(f.list("bill_rates")) ?? []) {
    const m = /^(.+?)\s*[=:]\s*(\d+(?:\.\d+)?)$/.exec(item);
    if (!m) {
      f.report("field-value", "bill_rates", { value: item, allowed: "Client = 45" });
      continue;
    }
    billRates.set(linkTarget(m[1].trim()).toLowerCase(), m[2]);
  }
  const email = f.take(f.text("email"));
  if (role === null) return { person: null, diagnostics: f.problems };
  return {
    person: { key, file: note.path, name, role, timezone, workingHours, workingDays, costRate, currency, billRates, email, legacy },
    diagnostics: f.problems,
  };
}

/** The bill rate a person's time bills a client at, as typed (in the client's currency), or null for the client's own rate. */
export function billRateFor(p: Person, client: { key: string; name: string }): string | null {
  return p.billRates.get(client.key.toLowerCase()) ?? p.billRates.get(client.name.toLowerCase()) ?? null;
}
