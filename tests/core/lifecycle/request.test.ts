// Requests and tasks: due dates read in the client's zone (a date is due at the end of that day),
// the task note read back as the index reads it, safe unique names and status changes.
import { describe, expect, it } from "vitest";
import { checkRequest, statusPatch, taskFileName, taskNoteText, type RequestInput } from "../../../src/core/lifecycle/request";
import { parseTaskNote, resolveTask } from "../../../src/core/notes/task-note";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";

const SYDNEY = "Australia/Sydney";
const INPUT: RequestInput = { title: "November newsletter", due: "2026-11-27 17:00", urgent: true, important: false, estimate: "2.5" };

const keys = (input: Partial<RequestInput>, now: number, zone = SYDNEY) => checkRequest({ ...INPUT, ...input }, zone, now).map((p) => `${p.field}:${p.key}`);

describe("checkRequest", () => {
  it("refuses a due date that is not a date, or already past in the client's zone", () => {
    const now = Date.parse("2026-11-24T03:00:00Z");
    expect(keys({}, now)).toEqual([]);
    for (const due of ["2026-02-30", "27/11/2026", "2026-11-27 25:00", "tomorrow"]) expect(keys({ due }, now), due).toEqual(["due:lifecycle.error.due"]);
    expect(keys({ due: "2026-11-23" }, now)).toEqual(["due:lifecycle.error.due-past"]);
    expect(keys({ title: " ", estimate: "-1" }, now)).toEqual(["title:lifecycle.error.title-empty", "estimate:lifecycle.error.estimate"]);
  });

  it("keeps a date due until the end of that day in the client's zone, not mine", () => {
    // 2026-11-24T12:59:59Z is 23:59:59 on the 24th in Sydney (UTC+11): still due today.
    expect(keys({ due: "2026-11-24" }, Date.parse("2026-11-24T12:59:59Z"))).toEqual([]);
    expect(keys({ due: "2026-11-24" }, Date.parse("2026-11-24T13:00:00Z"))).toEqual(["due:lifecycle.error.due-past"]);
    // The same instant is only 20:00 in Ho Chi Minh City: a VA there would still call it today.
    expect(keys({ due: "2026-11-24" }, Date.parse("2026-11-24T13:00:00Z"), "Asia/Ho_Chi_Minh")).toEqual([]);
  });
});

describe("taskNoteText", () => {
  it("writes the documented fields, read back by the index with the deadline in the client's zone", () => {
    const requested = Date.parse("2026-11-24T03:15:42Z");
    const text = taskNoteText({ ...INPUT, kind: "email", assignee: "[[Ana Reyes]]", body: "## Notes\n" }, requested, SYDNEY);
    expect(text).toBe(
      '---\ntype: task\ntitle: November newsletter\nstatus: todo\ndue: "2026-11-27T17:00"\nurgent: true\nimportant: false\nestimate: 2.5\nassignee: "[[Ana Reyes]]"\nkind: email\nrequested: 2026-11-24T14:15+11:00\n---\n## Notes\n',
    );
    const r = readFrontmatter(text);
    const parsed = parseTaskNote({ path: "Clients/Harbour Goods/Tasks/November newsletter.md", clientKey: "Harbour Goods", data: r.data, fieldLines: r.fieldLines, yamlError: r.error });
    expect(parsed.diagnostics).toEqual([]);
    const task = resolveTask(parsed.task, SYDNEY);
    expect(task).toMatchObject({ title: "November newsletter", status: "todo", urgent: true, important: false, estimate: 2.5, assignee: "Ana Reyes", kind: "email", requested: Date.parse("2026-11-24T03:15:00Z") });
    expect(task.due).toBe(Date.parse("2026-11-27T06:00:00Z"));
  });

  it("quotes a title YAML would misread", () => {
    const text = taskNoteText({ ...INPUT, title: "Q4: plan & budget #1", due: "" }, 0, SYDNEY);
    const r = readFrontmatter(text);
    expect(r.data?.title).toBe("Q4: plan & budget #1");
    expect(r.data?.due).toBeUndefined();
  });
});

describe("taskFileName", () => {
  it("makes the title a safe file name and a free one", () => {
    const taken = new Set(["invoice", "invoice 2"]);
    expect(taskFileName("Invoice", (b) => taken.has(b.toLowerCase()))).toBe("Invoice 3.md");
    expect(taskFileName("../../etc/passwd", () => false)).toBe("etc passwd.md");
    expect(taskFileName("Q4: plan [draft] #1", () => false)).toBe("Q4 plan draft 1.md");
  });
});

describe("statusPatch", () => {
  it("sets completed to the day in the client's zone when done, and clears it otherwise", () => {
    // 14:00Z on the 27th is already the 28th in Sydney.
    expect(statusPatch("done", Date.parse("2026-11-27T14:00:00Z"), SYDNEY)).toEqual({ status: "done", completed: "2026-11-28" });
    expect(statusPatch("done", Date.parse("2026-11-27T14:00:00Z"), "America/New_York")).toEqual({ status: "done", completed: "2026-11-27" });
    expect(statusPatch("doing", 0, SYDNEY)).toEqual({ status: "doing", completed: null });
  });
});
