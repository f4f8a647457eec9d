// Time zones by IANA name, through luxon (which uses the platform's Intl data).

import { DateTime, IANAZone } from "luxon";

export function isValidZone(name: string): boolean {
  // "UTC+7"-style fixed offsets are not IANA names and drift on DST switches; refuse them.
  return /^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(name) && IANAZone.isValidZone(name);
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
