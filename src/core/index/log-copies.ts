// Conflicted copies of log notes (paths.ts, LOG_COPY): kept apart from the logs, so that none of
// their entries is counted, billed or shown, and each is reported with the entries found only in
// it (or with other times than in the note it is a copy of), until they are merged and the copy
// is moved aside.

import type { Diagnostic } from "../shared/types";
import type { SyncTool } from "../shared/paths";
import { LineStore, LineStoreBuilder } from "./log-store";
import { ownFolder } from "./text-table";
import { scanLogInto } from "./store-scan";

export interface LogCopy {
  path: string;
  key: string;
  month: string;
  tool: SyncTool;
  /** The log note it is a copy of. */
  main: string;
  store: LineStore;
}

export interface CopyDifference {
  /** Ids (or, for lines without one, "line N") of entries only in the copy. */
  only: string[];
  /** Ids in both with another start or end in the copy. */
  differing: string[];
}

/** What a copy has that its note has not: entries by id, or by start and end for lines without an id. */
export function copyDifference(copy: LineStore, main: LineStore | undefined): CopyDifference {
  const ids = new Map<string, number>();
  const spans = new Set<string>();
  if (main) {
    for (let i = 0; i < main.count; i++) {
      const id = main.id(i);
      if (id !== "") ids.set(id, i);
      spans.add(`${main.start(i)}|${main.end(i)}`);
    }
  }
  const only: string[] = [];
  const differing: string[] = [];
  for (let i = 0; i < copy.count; i++) {
    const id = copy.id(i);
    if (id === "") {
      if (!spans.has(`${copy.start(i)}|${copy.end(i)}`)) only.push(`line ${copy.line(i)}`);
      continue;
    }
    const at = ids.get(id);
    if (at === undefined) only.push(id);
    else if (main && (main.start(at) !== copy.start(i) || !Object.is(main.end(at), copy.end(i)))) differing.push(id);
  }
  return { only, differing };
}

export class LogCopies {
  private readonly copies = new Map<string, LogCopy>();

  set(path: string, copy: Omit<LogCopy, "store" | "path">, text: string, clientId: number): void {
    // A table of its own: the copy's texts stay out of the index's until it is merged.
    const builder = new LineStoreBuilder(ownFolder(copy.key, clientId));
    scanLogInto(path, text, [], builder);
    this.copies.set(path, { ...copy, path, store: builder.build(path) });
  }

  remove(path: string): boolean {
    return this.copies.delete(path);
  }

  list(): LogCopy[] {
    return [...this.copies.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  diagnostics(mainOf: (path: string) => LineStore | undefined): Diagnostic[] {
    return this.list().map((c) => {
      const d = copyDifference(c.store, mainOf(c.main));
      return {
        severity: "error",
        code: "log-conflict-copy",
        file: c.path,
        line: 0,
        params: { main: c.main, only: d.only.length, differing: d.differing.length, ids: [...d.only, ...d.differing].slice(0, 5).join(", ") || "—" },
      };
    });
  }
}
