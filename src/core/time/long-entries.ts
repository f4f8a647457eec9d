// Entries too long to be real work: a timer forgotten overnight, an end typed on the wrong day.
// They are warnings, not errors (a long shift happens), found from the index's stores without
// making an Entry of every line.

import type { Diagnostic } from "../shared/types";
import type { VaultIndex } from "../index/vault-index";

const HOUR = 3_600_000;

/** Hours to one decimal, for messages. */
const hoursOf = (ms: number) => String(Math.round((ms / HOUR) * 10) / 10);

/** A warning for each entry longer than `limitHours`: finished ones, and running ones up to `now`. */
export function longEntryWarnings(index: VaultIndex, now: number, limitHours: number): Diagnostic[] {
  const limit = limitHours * HOUR;
  const out: Diagnostic[] = [];
  index.forEachEntryLine(-Infinity, Infinity, (store, i) => {
    const start = store.start(i);
    const end = store.end(i);
    const running = Number.isNaN(end);
    const ms = (running ? now : end) - start;
    if (ms <= limit) return;
    out.push({
      severity: "warning",
      code: running ? "entry-running-long" : "entry-too-long",
      file: store.path,
      line: store.line(i),
      field: "end",
      params: { hours: hoursOf(ms), limit: String(limitHours) },
    });
  });
  return out;
}
