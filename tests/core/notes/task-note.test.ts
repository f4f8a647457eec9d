import { describe, expect, it } from "vitest";
import { dueInstant, parseDueText, parseTaskNote } from "../../../src/core/notes/task-note";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { classifyPath } from "../../../src/core/shared/paths";

const note = (...fields: string[]) => ["---", ...fields, "---", "", "Body the VA wrote."].join("\n");
const OPTIONS = { clientsRoot: "Clients", plannerFolder: "Planner", timezone: "Asia/Ho_Chi_Minh", currency: "USD" };
const PATH = "Clients/Harbour Goods/Tasks/Black Friday photos.md";

describe("task notes", () => {
  it("are classified only directly inside a client's Tasks folder", () => {
    const layout = { clientsRoot: "Clients", plannerFolder: "Planner" };
    expect(classifyPath(PATH, layout)).toEqual({ kind: "task", key: "Harbour Goods" });
    expect(classifyPath("Clients/Harbour Goods/Tasks/Old/x.md", layout)).toEqual({ kind: "other" });
    expect(classifyPath("Clients/Harbour Goods/Tasks/x.txt", layout)).toEqual({ kind: "other" });
  });

  it("read every field, defaulting the title to the file name", () => {
    const index = new VaultIndex(OPTIONS);
    index.setFile(
      PATH,
      note(
        "type: task",
        "status: waiting",
        "due: 2026-11-27",
        "urgent: true",
        "important: yes",
        "estimate: 2.5",
        'assignee: "[[Minh (subcontractor)]]"',
        "kind: social",
        'workflow: "[[Content workflow|Content]]"',
        "stage: creation",
        "requested: 2026-11-24T10:15+11:00",
        "completed: 2026-11-26",
      ),
    );
    expect(index.diagnostics()).toEqual([]);
    const [t] = index.tasks();
    expect(t).toMatchObject({
      clientKey: "Harbour Goods",
      title: "Black Friday photos",
      status: "waiting",
      dueText: "2026-11-27",
      urgent: true,
      important: true,
      estimate: 2.5,
      assignee: "Minh (subcontractor)",
      kind: "social",
      workflow: "Content workflow",
      stage: "creation",
      requested: Date.parse("2026-11-23T23:15:00Z"),
      replied: null,
      completed: "2026-11-26",
    });
    // No client note yet: the VA's zone. End of 27 Nov in Ho Chi Minh City.
    expect(t.due).toBe(Date.parse("2026-11-27T17:00:00Z"));
  });

  it("take the deadline in the client's zone once the client note is read", () => {
    const index = new VaultIndex(OPTIONS);
    index.setFile(PATH, note("due: 2026-11-27 17:00"));
    index.setFile("Clients/Harbour Goods/Harbour Goods.md", note("timezone: Australia/Sydney", "rate: 45"));
    expect(index.tasks("Harbour Goods")[0].due).toBe(Date.parse("2026-11-27T06:00:00Z"));
    expect(index.tasks("Other")).toEqual([]);
    index.removeFile(PATH);
    expect(index.tasks()).toEqual([]);
  });

  it("a date alone is due at the end of the client's day, across a DST switch", () => {
    // Sydney goes to daylight time on Sunday 4 October 2026: that day has 23 hours.
    expect(dueInstant({ date: "2026-10-04", minutes: null }, "Australia/Sydney")).toBe(Date.parse("2026-10-04T13:00:00Z"));
    expect(dueInstant({ date: "2026-10-03", minutes: null }, "Australia/Sydney")).toBe(Date.parse("2026-10-03T14:00:00Z"));
    // New York falls back on 1 November 2026: 25 hours.
    expect(dueInstant({ date: "2026-11-01", minutes: null }, "America/New_York")).toBe(Date.parse("2026-11-02T05:00:00Z"));
    // 01:30 does not exist in London on 29 March 2026 (01:00 GMT becomes 02:00 BST): it moves forward.
    expect(dueInstant({ date: "2026-03-29", minutes: 90 }, "Europe/London")).toBe(Date.parse("2026-03-29T01:30:00Z"));
  });

  it("report each bad field with its line and keep the rest", () => {
    const { task, diagnostics } = parseTaskNote({
      path: PATH,
      clientKey: "Harbour Goods",
      data: { status: "finished", due: "27/11/2026", estimate: -1, urgent: "maybe", requested: "Tuesday", title: "Photos" },
      fieldLines: new Map([["status", 2], ["due", 3], ["estimate", 4], ["urgent", 5], ["requested", 6]]),
      yamlError: null,
    });
    expect(diagnostics.map((d) => [d.field, d.line, d.code, d.params.value])).toEqual([
      ["status", 2, "field-value", "finished"],
      ["due", 3, "field-value", "27/11/2026"],
      ["estimate", 4, "field-value", "-1"],
      ["urgent", 5, "field-value", "maybe"],
      ["requested", 6, "field-value", "Tuesday"],
    ]);
    expect(task).toMatchObject({ title: "Photos", status: "todo", due: null, estimate: null, urgent: false, requested: null });
  });

  it("accept a bare date that a YAML reader turned into a Date", () => {
    const { task, diagnostics } = parseTaskNote({ path: PATH, clientKey: "H", data: { due: new Date("2026-11-27T00:00:00Z") }, fieldLines: new Map(), yamlError: null });
    expect(diagnostics).toEqual([]);
    expect(task.dueText).toBe("2026-11-27");
  });

  it("reject impossible dates and times", () => {
    for (const due of ["2026-02-30", "2026-11-27 24:00", "2026-11-27 09:60"]) {
      const { diagnostics } = parseTaskNote({ path: PATH, clientKey: "H", data: { due }, fieldLines: new Map(), yamlError: null });
      expect(diagnostics).toHaveLength(1);
    }
  });

  it("read a deadline the one way the note, the request dialog and --due-before share", () => {
    expect(parseDueText("2026-11-27")).toEqual({ date: "2026-11-27", minutes: null });
    expect(parseDueText(" 2026-11-27 17:30 ")).toEqual({ date: "2026-11-27", minutes: 1050 });
    expect(parseDueText("2026-11-27T09:05")).toEqual({ date: "2026-11-27", minutes: 545 });
    for (const bad of ["2026-02-30", "2026-11-27 24:00", "2026-11-27 09:60", "27/11/2026", "2026-11-27 9:00", ""]) expect(parseDueText(bad)).toBeNull();
  });
});
