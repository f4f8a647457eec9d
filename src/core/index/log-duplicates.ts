// The log lines `check` reports for being there twice, read from the index's stores in path order:
// one block id on two lines (an error: which one counts is not known), and the same time of a client
// under different ids (a warning: an import or a paste added it again).

import type { Diagnostic } from "../shared/types";
import type { LineStore } from "./log-store";

type Stores = ReadonlyMap<string, LineStore>;

function inPathOrder(logs: Stores): [string, LineStore][] {
  return [...logs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Every line after the first with an id that `counts` has more than once. */
export function sharedIdDiagnostics(logs: Stores, counts: { get(id: string): number | undefined }): Diagnostic[] {
  const seen = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const [path, store] of inPathOrder(logs)) {
    for (let i = 0; i < store.count; i++) {
      const id = store.id(i);
      if (id === "" || (counts.get(id) ?? 0) < 2) continue;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, `${path}:${store.line(i)}`);
      else out.push({ severity: "error", code: "entry-duplicate-id", file: path, line: store.line(i), params: { value: id, first } });
    }
  }
  return out;
}

/** Numbers equal as Map keys are (SameValueZero): NaN with NaN (running lines), -0 with 0. */
function same(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/** Each later line of a client with the start and end of an earlier one under another id (or none). */
export function exactDuplicateDiagnostics(logs: Stores): Diagnostic[] {
  const ordered = inPathOrder(logs);
  let total = 0;
  for (const [, store] of ordered) total += store.count;
  // Client key → start → the first line met with that start, as its place in walk order; lines
  // with that start and other ends follow it through `next`. A line's store and line number are
  // found again from its place (`storeAt`, `lineAt`); typed arrays sized once, no object per line,
  // and an id read only when a line's start and end are an earlier line's.
  const firsts = new Map<string, Map<number, number>>();
  const storeAt = new Int32Array(total);
  const lineAt = new Int32Array(total);
  const next = new Int32Array(total).fill(-1);
  const endOf = (at: number) => ordered[storeAt[at]][1].end(lineAt[at]);
  const out: Diagnostic[] = [];
  let k0 = 0;
  for (let s = 0; s < ordered.length; s++) {
    const [path, store] = ordered[s];
    let byStart = firsts.get(store.clientKey);
    if (byStart === undefined) firsts.set(store.clientKey, (byStart = new Map<number, number>()));
    for (let i = 0; i < store.count; i++, k0++) {
      storeAt[k0] = s;
      lineAt[k0] = i;
      const start = store.start(i);
      let k = byStart.get(start);
      if (k === undefined) {
        byStart.set(start, k0);
        continue;
      }
      const end = store.end(i);
      while (!same(endOf(k), end) && next[k] !== -1) k = next[k];
      if (!same(endOf(k), end)) {
        next[k] = k0;
        continue;
      }
      const id = store.id(i);
      const [seenPath, seen] = ordered[storeAt[k]];
      if (seen.id(lineAt[k]) !== id || id === "") {
        out.push({ severity: "warning", code: "entry-exact-duplicate", file: path, line: store.line(i), params: { first: `${seenPath}:${seen.line(lineAt[k])}` } });
      }
    }
  }
  return out;
}
