// Times typed on the command line: the same rules as the plugin's dialogs (core/shared/local-time.ts),
// plus the offset to write, which is the user's zone's at that instant.

import { parseLocalTime } from "../core/shared/local-time";
import { offsetAt } from "../core/shared/zones";
import { formatInstant } from "../core/shared/instant";

export type TimeArg =
  | { ok: true; ms: number; /** The offset to write: the user's zone at that instant. */ offset: number }
  | { ok: false; reason: "syntax" | "gap" };

/**
 * `2026-11-23T09:00+07:00` / `…Z`: that instant. `2026-11-23T09:00` (or with seconds): that
 * wall-clock time in `zone`. When the clocks go back and the time happens twice, the first
 * (earlier) occurrence is taken; when they go forward and it never happens, it is refused.
 */
export function parseTimeArg(text: string, zone: string): TimeArg {
  const r = parseLocalTime(text, zone);
  return r.ok ? { ok: true, ms: r.ms, offset: offsetAt(zone, r.ms) } : r;
}

/** `now` as every `--json` output gives it: the ISO instant with the offset of `zone` at that instant. */
export function jsonNow(now: number, zone: string): string {
  return formatInstant(now, offsetAt(zone, now));
}
