import { describe, expect, it } from "vitest";
import { blockLine, newPlanNote } from "../../../src/core/planner/plan-edit";
import { parsePlanNote } from "../../../src/core/notes/plan-note";
import { appendLine } from "../../../src/core/notes/log-append";

describe("plan-edit", () => {
  it("writes a new week note that the plan reader accepts", () => {
    expect(newPlanNote("2026-W48")).toBe("---\ntype: plan\nweek: 2026-W48\n---\n# Week 48, 2026\n\n");
    expect(() => newPlanNote("2026-48")).toThrow(RangeError);
  });

  it("writes a block line that reads back as the same block", () => {
    const start = Date.parse("2026-11-23T01:00:00Z");
    const line = blockLine({ id: "cd-abc12345", clientKey: "Harbour Goods", start, startOffset: 420, end: start + 90 * 60_000, endOffset: 420, title: "Uploads [draft]\nmore" });
    expect(line).toBe("- [start:: 2026-11-23T08:00+07:00] [end:: 2026-11-23T09:30+07:00] [client:: [[Harbour Goods]]] Uploads (draft) more ^cd-abc12345");
    const { blocks, diagnostics } = parsePlanNote("Planner/2026-W48.md", appendLine(newPlanNote("2026-W48"), line));
    expect(diagnostics).toEqual([]);
    expect(blocks).toMatchObject([{ id: "cd-abc12345", clientRef: "Harbour Goods", start, end: start + 90 * 60_000, title: "Uploads (draft) more", line: 7 }]);
  });

  it("refuses an empty or inverted block and a bad id", () => {
    const base = { id: "cd-abc12345", clientKey: "A", start: 1000, startOffset: 0, end: 1000, endOffset: 0 };
    expect(() => blockLine(base)).toThrow(RangeError);
    expect(() => blockLine({ ...base, end: 2000, id: "bad id" })).toThrow(RangeError);
  });
});
