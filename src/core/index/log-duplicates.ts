// The log lines `check` reports for being there twice, read from the index's stores in path order:
// one block id on two lines (an error: which one counts is not known), and the same time of a client
// under different ids (a warning: an import or a paste added it again).

import type { Diagnostic } from "../shared/types";
import type { LineStore } from "./log-store";

type Stores = ReadonlyMap<string, LineStore>;
type FirstLine = { path: string; line: number; id: string };

function inPathOrder(logs: Stores): [string, LineStore][] {
  return [...logs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Every line after the first with an id that `counts` has more than once. */
export function sharedIdDiagnostics(logs: Stores, counts: ReadonlyMap<string, number>): Diagnostic[] {
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

/** Each later line of a client with the start and end of an earlier one under another id (or none). */
export function exactDuplicateDiagnostics(logs: Stores): Diagnostic[] {
  // Client key → start → end → the first line met. Numbers as keys, no string per entry; a Map
  // matches NaN with NaN (two running lines with one start) and -0 with 0.
  const firsts = new Map<string, Map<number, Map<number, FirstLine>>>();
  const out: Diagnostic[] = [];
  for (const [path, store] of inPathOrder(logs)) {
    let byStart = firsts.get(store.clientKey);
    if (byStart === undefined) firsts.set(store.clientKey, (byStart = new Map<number, Map<number, FirstLine>>()));
    for (let i = 0; i < store.count; i++) {
      const start = store.start(i);
      let byEnd = byStart.get(start);
      if (byEnd === undefined) byStart.set(start, (byEnd = new Map<number, FirstLine>()));
      const id = store.id(i);
      const seen = byEnd.get(store.end(i));
      if (seen === undefined) byEnd.set(store.end(i), { path, line: store.line(i), id });
      else if (seen.id !== id || id === "") {
        out.push({ severity: "warning", code: "entry-exact-duplicate", file: path, line: store.line(i), params: { first: `${seen.path}:${seen.line}` } });
      }
    }
  }
  return out;
}
