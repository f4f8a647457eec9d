// Compact storage of one log note's entries: typed arrays for the times and the text kept once,
// so the index costs little per entry. Full Entry objects are made only for query results.

import type { Entry } from "./types";
import { parseTimedLine } from "./timed-line";
import { syntheticId } from "./log-note";

export class LogStore {
  readonly count: number;
  readonly start: Float64Array;
  /** NaN for a running entry. */
  readonly end: Float64Array;
  readonly line: Int32Array;
  readonly pos: Int32Array;
  readonly ids: string[];
  readonly minStart: number;
  /** The latest end; Infinity when an entry is running. */
  readonly maxEnd: number;

  constructor(
    readonly path: string,
    readonly clientKey: string,
    private readonly text: string,
    entries: Entry[],
    positions: number[],
  ) {
    const n = entries.length;
    this.count = n;
    this.start = new Float64Array(n);
    this.end = new Float64Array(n);
    this.line = new Int32Array(n);
    this.pos = new Int32Array(n);
    this.ids = new Array<string>(n);
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      const e = entries[i];
      this.start[i] = e.start;
      this.end[i] = e.end ?? NaN;
      this.line[i] = e.line;
      this.pos[i] = positions[i];
      this.ids[i] = e.id;
      if (e.start < min) min = e.start;
      const end = e.end ?? Infinity;
      if (end > max) max = end;
    }
    this.minStart = min;
    this.maxEnd = max;
  }

  overlaps(from: number, to: number): boolean {
    return this.count > 0 && this.minStart < to && this.maxEnd > from;
  }

  /** Entry i, re-read from its line (the line was valid when stored, so this cannot fail). */
  entry(i: number): Entry {
    const p = this.pos[i];
    let e = this.text.indexOf("\n", p);
    if (e === -1) e = this.text.length;
    let raw = this.text.slice(p, e);
    if (raw.endsWith("\r")) raw = raw.slice(0, -1);
    const r = parseTimedLine(raw);
    if (r.kind !== "timed") throw new Error(`${this.path}:${this.line[i]} changed under the index`);
    const l = r.line;
    return {
      id: l.id ?? syntheticId(this.path, this.line[i]),
      clientKey: this.clientKey,
      file: this.path,
      line: this.line[i],
      start: l.start,
      startOffset: l.startOffset,
      end: l.end,
      endOffset: l.endOffset,
      task: l.task,
      note: l.text,
      billable: l.billable,
      device: l.device,
    };
  }
}
