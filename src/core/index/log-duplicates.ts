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
  // Client key → start → the first line met with that start, as a slot of the arrays below; lines
  // with that start and other ends follow it through `next`. Numbers only, no map or object per
  // line; an id is read only when a line's start and end are an earlier line's.
  const firsts = new Map<string, Map<number, number>>();
  const ends: number[] = [];
  const stores: LineStore[] = [];
  const paths: string[] = [];
  const lines: number[] = [];
  const next: number[] = [];
  const slot = (end: number, store: LineStore, path: string, i: number): number => {
    ends.push(end);
    stores.push(store);
    paths.push(path);
    lines.push(i);
    next.push(-1);
    return ends.length - 1;
  };
  const out: Diagnostic[] = [];
  for (const [path, store] of inPathOrder(logs)) {
    let byStart = firsts.get(store.clientKey);
    if (byStart === undefined) firsts.set(store.clientKey, (byStart = new Map<number, number>()));
    for (let i = 0; i < store.count; i++) {
      const start = store.start(i);
      const end = store.end(i);
      let k = byStart.get(start);
      if (k === undefined) {
        byStart.set(start, slot(end, store, path, i));
        continue;
      }
      while (!same(ends[k], end) && next[k] !== -1) k = next[k];
      if (!same(ends[k], end)) {
        next[k] = slot(end, store, path, i);
        continue;
      }
      const id = store.id(i);
      const seen = stores[k];
      if (seen.id(lines[k]) !== id || id === "") {
        out.push({ severity: "warning", code: "entry-exact-duplicate", file: path, line: store.line(i), params: { first: `${paths[k]}:${seen.line(lines[k])}` } });
      }
    }
  }
  return out;
}
