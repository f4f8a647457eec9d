// What the timer offers to start again (src/core/time/recent.ts).
import { describe, expect, it } from "vitest";
import { lastEntry, recentPairs } from "../../../src/core/time/recent";
import type { Entry } from "../../../src/core/shared/types";

function entry(p: Partial<Entry> & { start: number }): Entry {
  return { id: "x", clientKey: "Acme", file: "f", line: 1, startOffset: 420, end: null, endOffset: null, task: null, note: "", billable: true, device: null, ...p };
}

describe("recent pairs", () => {
  it("lists recent client and task pairs once, latest first, and finds the last entry", () => {
    const es = [
      entry({ id: "a", clientKey: "Acme", task: "[[Newsletter]]", start: 1, end: 2 }),
      entry({ id: "b", clientKey: "Bright", task: null, start: 3, end: 4 }),
      entry({ id: "c", clientKey: "Acme", task: "[[newsletter]]", start: 5, end: 6 }),
    ];
    expect(recentPairs(es).map((p) => `${p.clientKey}/${p.task}`)).toEqual(["Acme/[[newsletter]]", "Bright/null"]);
    expect(lastEntry(es)?.id).toBe("c");
  });

  it("keeps at most `limit` pairs; no entries, no last entry", () => {
    const es = [1, 2, 3].map((i) => entry({ clientKey: `C${i}`, start: i }));
    expect(recentPairs(es, 2).map((p) => p.clientKey)).toEqual(["C3", "C2"]);
    expect(lastEntry([])).toBeNull();
  });
});
