import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Diagnostic } from "../../../src/core/shared/types";
import type { LineStore } from "../../../src/core/index/log-store";
import { exactDuplicateDiagnostics } from "../../../src/core/index/log-duplicates";

interface Line {
  start: number;
  end: number;
  id: string;
}

/** The few members the duplicate checks read, over plain lines: a store without a note to parse. */
function store(path: string, clientKey: string, lines: Line[]): LineStore {
  return {
    path,
    clientKey,
    count: lines.length,
    start: (i: number) => lines[i].start,
    end: (i: number) => lines[i].end,
    id: (i: number) => lines[i].id,
    line: (i: number) => i + 1,
  } as unknown as LineStore;
}

/** The plain form: client → start → end → the first line met, in nested maps. */
function plainExactDuplicates(logs: ReadonlyMap<string, LineStore>): Diagnostic[] {
  type First = { path: string; line: number; id: string };
  const firsts = new Map<string, Map<number, Map<number, First>>>();
  const out: Diagnostic[] = [];
  for (const [path, s] of [...logs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    let byStart = firsts.get(s.clientKey);
    if (byStart === undefined) firsts.set(s.clientKey, (byStart = new Map<number, Map<number, First>>()));
    for (let i = 0; i < s.count; i++) {
      let byEnd = byStart.get(s.start(i));
      if (byEnd === undefined) byStart.set(s.start(i), (byEnd = new Map<number, First>()));
      const id = s.id(i);
      const seen = byEnd.get(s.end(i));
      if (seen === undefined) byEnd.set(s.end(i), { path, line: s.line(i), id });
      else if (seen.id !== id || id === "") out.push({ severity: "warning", code: "entry-exact-duplicate", file: path, line: s.line(i), params: { first: `${seen.path}:${seen.line}` } });
    }
  }
  return out;
}

// Few values, so that starts, ends and ids meet often; NaN is a running line, -0 and 0 one key.
const time = fc.constantFrom(0, -0, 1, 2, 3, NaN);
const line = fc.record({ start: time, end: time, id: fc.constantFrom("", "cd-a", "cd-b", "cd-c") });
const note = fc.record({ month: fc.constantFrom("2026-01", "2026-02", "2026-03"), client: fc.constantFrom("A", "B"), lines: fc.array(line, { maxLength: 8 }) });

describe("exactDuplicateDiagnostics", () => {
  it("finds what the nested maps find, in the same order", () => {
    fc.assert(
      fc.property(fc.array(note, { maxLength: 6 }), (notes) => {
        const logs = new Map<string, LineStore>();
        // Inserted out of path order: both read the notes by path.
        for (const n of notes.reverse()) {
          const path = `Clients/${n.client}/Log/${n.month}.md`;
          logs.set(path, store(path, n.client, n.lines));
        }
        expect(exactDuplicateDiagnostics(logs)).toEqual(plainExactDuplicates(logs));
      }),
      { numRuns: 2000 },
    );
  });

  it("names the first line of a start and end met under another id", () => {
    const logs = new Map([
      ["Clients/A/Log/2026-01.md", store("Clients/A/Log/2026-01.md", "A", [
        { start: 1, end: 2, id: "cd-a" },
        { start: 1, end: 3, id: "cd-b" },
        { start: 1, end: 3, id: "cd-c" },
        { start: 1, end: 2, id: "cd-a" },
        { start: 5, end: NaN, id: "" },
        { start: 5, end: NaN, id: "" },
      ])],
    ]);
    expect(exactDuplicateDiagnostics(logs).map((d) => [d.line, d.params.first])).toEqual([
      [3, "Clients/A/Log/2026-01.md:2"],
      [6, "Clients/A/Log/2026-01.md:5"],
    ]);
  });
});
