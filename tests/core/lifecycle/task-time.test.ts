// The time tracked on a task note (src/core/lifecycle/task-time.ts).
import { describe, expect, it } from "vitest";
import { entryIsFor, trackedMs } from "../../../src/core/lifecycle/task-time";
import type { Entry } from "../../../src/core/shared/types";

describe("tracked time", () => {
  const entry = (task: string | null, start: string, end: string | null, clientKey = "Harbour Goods"): Entry => ({
    id: "x", clientKey, file: "f", line: 1, start: Date.parse(start), startOffset: 0, end: end === null ? null : Date.parse(end), endOffset: 0, task, note: "", billable: true, device: null,
  });
  const task = { file: "Clients/Harbour Goods/Tasks/November newsletter.md", title: "Newsletter (Nov)", clientKey: "Harbour Goods" };

  it("adds the entries whose task links to the note or names its title, and a running one up to now", () => {
    const entries = [
      entry("[[November newsletter]]", "2026-11-24T01:00:00Z", "2026-11-24T02:30:00Z"),
      entry("[[November newsletter|the newsletter]]", "2026-11-25T01:00:00Z", "2026-11-25T01:20:00Z"),
      entry("newsletter (nov)", "2026-11-25T03:00:00Z", "2026-11-25T03:10:00Z"),
      entry("Other", "2026-11-25T04:00:00Z", "2026-11-25T05:00:00Z"),
      entry("[[November newsletter]]", "2026-11-25T04:00:00Z", "2026-11-25T05:00:00Z", "Brightloop"),
      entry(null, "2026-11-25T06:00:00Z", "2026-11-25T07:00:00Z"),
      entry("[[November newsletter]]", "2026-11-26T01:00:00Z", null),
    ];
    expect(trackedMs(task, entries, Date.parse("2026-11-26T01:05:00Z"))).toBe((90 + 20 + 10 + 5) * 60_000);
    expect(entryIsFor(task, "[[Clients/Harbour Goods/Tasks/November newsletter]]")).toBe(true);
    expect(entryIsFor(task, "November")).toBe(false);
  });
});
