import { describe, expect, it } from "vitest";
import { weekDeadlines } from "../../../src/core/planner/deadlines";
import { dueInstant } from "../../../src/core/notes/task-note";
import type { Client, Task } from "../../../src/core/shared/types";

const Z = (iso: string) => Date.parse(iso);
const VA = "Asia/Ho_Chi_Minh";
// Week 2026-W48 in Ho Chi Minh City: Monday 23 to Sunday 29 November.
const WEEK = { from: Z("2026-11-23T00:00+07:00"), to: Z("2026-11-30T00:00+07:00"), zone: VA };

const CLIENTS: Record<string, Partial<Client>> = {
  Harbour: { name: "Harbour Goods", timezone: "Australia/Sydney", color: "#2a9d8f" },
  Bright: { name: "Brightloop", timezone: "America/New_York", color: null },
};
const client = (key: string) => (CLIENTS[key] ? ({ key, ...CLIENTS[key] } as Client) : null);

function task(clientKey: string, title: string, dueText: string | null, status: Task["status"] = "todo"): Task {
  const zone = client(clientKey)?.timezone ?? VA;
  const m = dueText === null ? null : /^(\d{4}-\d{2}-\d{2})(?: (\d{2}):(\d{2}))?$/.exec(dueText);
  const due = m ? dueInstant({ date: m[1], minutes: m[2] ? +m[2] * 60 + +m[3] : null }, zone) : null;
  return {
    clientKey, file: `Clients/${clientKey}/Tasks/${title}.md`, title, status, due, dueText, urgent: false, important: false, estimate: null,
    assignee: null, kind: null, workflow: null, stage: null, requested: null, replied: null, completed: null, package: null,
  };
}

describe("weekDeadlines", () => {
  const now = Z("2026-11-25T10:00+07:00");
  const tasks = [
    task("Harbour", "Black Friday banner", "2026-11-27 17:00"),
    task("Bright", "Investor update", "2026-11-29"),
    task("Harbour", "Old refund batch", "2026-11-10", "doing"),
    task("Harbour", "Done already", "2026-11-26", "done"),
    task("Harbour", "No deadline", null),
    task("Bright", "Next week", "2026-12-02 09:00"),
    task("Ghost", "Client note missing", "2026-11-24 12:00"),
    task("Harbour", "Earlier this week", "2026-11-24 09:00"),
    task("Harbour", "Sunday in Sydney", "2026-11-29"),
    task("Ghost", "Sunday here", "2026-11-29"),
  ];

  it("lists open tasks due in the week and every overdue one, by due time, in both parties' time", () => {
    const list = weekDeadlines(tasks, client, { ...WEEK, now });
    expect(list.map((d) => [d.title, d.overdue, d.yours, d.theirs])).toEqual([
      ["Old refund batch", true, "2026-11-10 20:00", "2026-11-10"],
      ["Earlier this week", true, "2026-11-24 05:00", "2026-11-24 09:00"],
      ["Client note missing", true, "2026-11-24 12:00", "2026-11-24 12:00"],
      ["Black Friday banner", false, "2026-11-27 13:00", "2026-11-27 17:00"],
      // The end of Sunday in Sydney is 20:00 on Sunday here.
      ["Sunday in Sydney", false, "2026-11-29 20:00", "2026-11-29"],
      // A date alone ends at the next midnight, the week's very end: it still counts as this week's.
      ["Sunday here", false, "2026-11-30 00:00", "2026-11-29"],
    ]);
    // Sunday in New York ends at 12:00 on Monday here: next week's deadline for the VA.
    expect(list.map((d) => d.title)).not.toContain("Investor update");
    expect(list[0]).toMatchObject({ clientName: "Harbour Goods", color: "#2a9d8f", clientZone: "Australia/Sydney", allDay: true, file: "Clients/Harbour/Tasks/Old refund batch.md" });
    expect(list[2]).toMatchObject({ clientName: "Ghost", color: null, clientZone: null });
  });

  it("a task's due moment passing makes it overdue; in a later week only overdue ones stay", () => {
    const later = weekDeadlines(tasks, client, { from: Z("2026-12-07T00:00+07:00"), to: Z("2026-12-14T00:00+07:00"), zone: VA, now: Z("2026-12-08T00:00+07:00") });
    expect(later.every((d) => d.overdue)).toBe(true);
    expect(later.map((d) => d.title)).toContain("Next week");
    const earlier = weekDeadlines(tasks, client, { ...WEEK, now: Z("2026-11-01T00:00+07:00") });
    expect(earlier.map((d) => d.title)).toEqual(["Earlier this week", "Client note missing", "Black Friday banner", "Sunday in Sydney", "Sunday here"]);
    expect(earlier.some((d) => d.overdue)).toBe(false);
  });
});
