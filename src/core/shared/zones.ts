// Time zones by IANA name, through luxon (which uses the platform's Intl data).

import { DateTime, IANAZone } from "luxon";

// luxon builds an Intl.DateTimeFormat for each check; a vault names the same few zones again and again.
const validity = new Map<string, boolean>();

export function isValidZone(name: string): boolean {
  let valid = validity.get(name);
  if (valid === undefined) {
    // "UTC+7"-style fixed offsets are not IANA names and drift on DST switches; refuse them.
    valid = /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(name) && IANAZone.isValidZone(name);
    if (validity.size < 1000) validity.set(name, valid);
  }
  return valid;
}

export function systemZone(): string {
  const z = DateTime.local().zoneName;
  return z && isValidZone(z) ? z : "UTC";
}

/** The user's zone from settings, falling back to the system's when empty or invalid. */
export function resolveZone(setting: string): string {
  return setting !== "" && isValidZone(setting) ? setting : systemZone();
}

/** Offset in minutes east of UTC of `zone` at instant `ms`. */
export function offsetAt(zone: string, ms: number): number {
  return DateTime.fromMillis(ms, { zone }).offset;
}
