// The master view's data on a fixed clock: Linh in Ho Chi Minh City (UTC+7, no DST) and clients in
// Sydney, London and New York, whose deadlines end in their own zones.
import { describe, expect, it } from "vitest";
import { agendaOf, buildAgenda, quadrantFlags, quadrantOf, type AgendaSources } from "../../../src/core/overview/agenda";
import { VaultIndex } from "../../../src/core/index/vault-index";

const VA = "Asia/Ho_Chi_Minh";
const OPTIONS = { clientsRoot: "Clients", plannerFolder: "Planner", timezone: VA, currency: "USD" };
const NONE: AgendaSources = { lastCheckin: () => null, lastSurvey: () => null };

const client = (key: string, zone: string, ...extra: string[]) => [
  `Clients/${key}/${key}.md`,
  ["---", `timezone: ${zone}`, "currency: USD", "rate: 30", ...extra, "---", ""].join("\n"),
] as const;
const SYDNEY = client("Harbour Goods", "Australia/Sydney", 'color: "#2a9d8f"');
const LONDON = client("Clara", "Europe/London", "response_hours: 4");
const NEW_YORK = client("Brightloop", "America/New_York", "name: Brightloop Inc");

const task = (key: string, title: string, ...fields: string[]) => [
  `Clients/${key}/Tasks/${title}.md`,
  ["---", ...fields, "---", "", "Body."].join("\n"),
] as const;

function indexOf(...files: (readonly [string, string])[]): VaultIndex {
  const index = new VaultIndex(OPTIONS);
  for (const [path, text] of files) index.setFile(path, text);
  expect(index.diagnostics().filter((d) => d.severity === "error")).toEqual([]);
  return index;
}

const at = (iso: string) => Date.parse(iso);
const agenda = (index: VaultIndex, now: string, sources = NONE) => agendaOf(index, { now: at(now), zone: VA, weekStart: "mon", sources });
/** Which deadline list each task title is in. */
function lists(index: VaultIndex, now: string): Record<string, string> {
  const a = agenda(index, now);
  const out: Record<string, string> = {};
  for (const list of ["overdue", "today", "week"] as const) for (const t of a.deadlines[list]) out[t.title] = list;
  return out;
}

describe("deadlines: overdue on the client's clock, today and this week on the VA's", () => {
  it("a Sydney task due 2026-11-27 is overdue from 2026-11-27T13:00Z, the end of that day in Sydney", () => {
    const index = indexOf(SYDNEY, task("Harbour Goods", "Photos", "due: 2026-11-27"));
    expect(lists(index, "2026-11-27T12:59:59.999Z")).toEqual({ Photos: "today" });
    expect(lists(index, "2026-11-27T13:00:00Z")).toEqual({ Photos: "overdue" });
    const [t] = agenda(index, "2026-11-27T13:00:00Z").deadlines.overdue;
    expect(t).toMatchObject({
      file: "Clients/Harbour Goods/Tasks/Photos.md",
      clientKey: "Harbour Goods",
      clientName: "Harbour Goods",
      color: "#2a9d8f",
      clientZone: "Australia/Sydney",
      dueText: "2026-11-27",
      dueVa: "2026-11-27 20:00",
      dueClient: "2026-11-27 24:00",
    });
  });

  it("London and New York deadlines end later in UTC; a time keeps its wall clock there", () => {
    const index = indexOf(
      LONDON,
      NEW_YORK,
      task("Clara", "Newsletter", "due: 2026-11-27"),
      task("Clara", "Call notes", "due: 2026-11-27 17:00"),
      task("Brightloop", "Metrics", "due: 2026-11-27"),
    );
    // 17:00 in London is Linh's midnight, the end of her day: due today.
    expect(lists(index, "2026-11-27T16:59:59Z")).toEqual({ "Call notes": "today", Newsletter: "week", Metrics: "week" });
    expect(lists(index, "2026-11-27T17:00:00Z")).toEqual({ "Call notes": "overdue", Newsletter: "today", Metrics: "today" });
    expect(lists(index, "2026-11-27T23:59:59.999Z")).toEqual({ "Call notes": "overdue", Newsletter: "today", Metrics: "today" });
    expect(lists(index, "2026-11-28T00:00:00Z")).toEqual({ "Call notes": "overdue", Newsletter: "overdue", Metrics: "today" });
    expect(lists(index, "2026-11-28T04:59:59.999Z")).toMatchObject({ Metrics: "today" });
    expect(lists(index, "2026-11-28T05:00:00Z")).toMatchObject({ Metrics: "overdue" });
    const byTitle = Object.fromEntries(agenda(index, "2026-11-27T12:00Z").deadlines.today.concat(agenda(index, "2026-11-27T12:00Z").deadlines.week).map((t) => [t.title, t]));
    expect(byTitle["Call notes"]).toMatchObject({ dueVa: "2026-11-28 00:00", dueClient: "2026-11-27 17:00" });
    expect(byTitle.Metrics).toMatchObject({ clientName: "Brightloop Inc", dueVa: "2026-11-28 12:00", dueClient: "2026-11-27 24:00" });
  });

  it("on DST switch days the day's end is read with that day's offsets", () => {
    const index = indexOf(
      SYDNEY,
      LONDON,
      NEW_YORK,
      // Sydney springs forward on 2026-10-04 (02:00 → 03:00), London falls back on 2026-10-25,
      // New York on 2026-11-01.
      task("Harbour Goods", "Spring", "due: 2026-10-04"),
      task("Harbour Goods", "Skipped hour", "due: 2026-10-04 02:30"),
      task("Clara", "Fall", "due: 2026-10-25"),
      task("Brightloop", "Fall NY", "due: 2026-11-01"),
    );
    // Sydney's day ends at 00:00+11:00 (it began at +10:00).
    expect(lists(index, "2026-10-04T12:59:59Z")).toMatchObject({ Spring: "today" });
    expect(lists(index, "2026-10-04T13:00:00Z")).toMatchObject({ Spring: "overdue" });
    // 02:30 does not exist that night: clocks move it to 03:30+11:00.
    expect(lists(index, "2026-10-03T16:29:59Z")).toMatchObject({ "Skipped hour": "today" });
    expect(lists(index, "2026-10-03T16:30:00Z")).toMatchObject({ "Skipped hour": "overdue" });
    // London's day is 25 hours long and ends at 00:00+00:00.
    expect(lists(index, "2026-10-25T23:59:59Z")).toMatchObject({ Fall: "today" });
    expect(lists(index, "2026-10-26T00:00:00Z")).toMatchObject({ Fall: "overdue" });
    // New York's 2026-11-01 ends at 00:00-05:00, not at 04:00Z as the day's start offset would say.
    expect(lists(index, "2026-11-02T04:59:59Z")).toMatchObject({ "Fall NY": "today" });
    expect(lists(index, "2026-11-02T05:00:00Z")).toMatchObject({ "Fall NY": "overdue" });
  });

  it("this week is the VA's calendar week: a London Sunday deadline falls on Linh's Monday", () => {
    const index = indexOf(
      SYDNEY,
      LONDON,
      NEW_YORK,
      task("Harbour Goods", "Sunday Sydney", "due: 2026-11-29"),
      task("Clara", "Sunday London", "due: 2026-11-29"),
      task("Harbour Goods", "Next week", "due: 2026-11-30"),
      task("Brightloop", "Yesterday in NY", "due: 2026-11-24"),
      task("Harbour Goods", "No deadline"),
      task("Harbour Goods", "Finished", "due: 2026-11-20", "status: done"),
    );
    const a = agenda(index, "2026-11-25T10:14+07:00");
    expect(a).toMatchObject({ today: "2026-11-25", week: "2026-W48", zone: VA });
    // It is still 22:14 on the 24th in New York: due today for Linh, at noon.
    expect(a.deadlines.overdue).toEqual([]);
    expect(a.deadlines.today.map((t) => [t.title, t.dueVa])).toEqual([["Yesterday in NY", "2026-11-25 12:00"]]);
    expect(a.deadlines.week.map((t) => [t.title, t.dueVa])).toEqual([["Sunday Sydney", "2026-11-29 20:00"]]);
    // Later and undated tasks are still in the matrix; done ones are not.
    expect(a.matrix.later.map((t) => t.title)).toEqual(["Yesterday in NY", "Sunday Sydney", "Sunday London", "Next week", "No deadline"]);
  });
});

describe("Eisenhower matrix", () => {
  it("puts open tasks in four quadrants from urgent and important, done tasks out", () => {
    const index = indexOf(
      SYDNEY,
      task("Harbour Goods", "Refund", "urgent: true", "important: true", "due: 2026-11-26"),
      task("Harbour Goods", "Refund policy", "urgent: true", "important: true", "due: 2026-11-25"),
      task("Harbour Goods", "Strategy", "important: yes"),
      task("Harbour Goods", "Inbox", "urgent: yes", "status: waiting"),
      task("Harbour Goods", "Tidy drive"),
      task("Harbour Goods", "Done and urgent", "urgent: true", "important: true", "status: done"),
    );
    const m = agenda(index, "2026-11-25T03:00Z").matrix;
    expect({ do: m.do.map((t) => t.title), schedule: m.schedule.map((t) => t.title), delegate: m.delegate.map((t) => t.title), later: m.later.map((t) => t.title) }).toEqual({
      do: ["Refund policy", "Refund"],
      schedule: ["Strategy"],
      delegate: ["Inbox"],
      later: ["Tidy drive"],
    });
    expect(m.delegate[0].status).toBe("waiting");
  });

  it("quadrantFlags is the inverse of quadrantOf", () => {
    for (const q of ["do", "schedule", "delegate", "later"] as const) expect(quadrantOf(quadrantFlags(q))).toBe(q);
    expect(quadrantFlags("schedule")).toEqual({ urgent: false, important: true });
  });
});

describe("batches", () => {
  it("group open tasks by kind case-insensitively, with estimates, and no kind last", () => {
    const index = indexOf(
      SYDNEY,
      LONDON,
      task("Harbour Goods", "Refund emails", "kind: email", "estimate: 0.5"),
      task("Clara", "Inbox zero", "kind: Email", "estimate: 1"),
      task("Clara", "Reply to Tom", "kind: email"),
      task("Harbour Goods", "Posts", "kind: social", "estimate: 2"),
      task("Harbour Goods", "Misc"),
      task("Clara", "Done email", "kind: email", "status: done"),
    );
    const b = agenda(index, "2026-11-25T03:00Z").batches;
    expect(b.map((x) => ({ key: x.key, kind: x.kind, titles: x.tasks.map((t) => t.title).sort(), hours: x.estimateHours, unestimated: x.unestimated }))).toEqual([
      { key: "email", kind: b[0].kind, titles: ["Inbox zero", "Refund emails", "Reply to Tom"], hours: 1.5, unestimated: 1 },
      { key: "social", kind: "social", titles: ["Posts"], hours: 2, unestimated: 0 },
      { key: null, kind: null, titles: ["Misc"], hours: 0, unestimated: 1 },
    ]);
    expect(["email", "Email"]).toContain(b[0].kind);
  });
});

describe("replies overdue", () => {
  it("lists requests without a reply past the client's promised hours, strictly after", () => {
    const index = indexOf(
      SYDNEY,
      LONDON,
      // Sydney promises 24 h (the default): due back 2026-11-25T10:00+11:00 = 2026-11-24T23:00Z.
      task("Harbour Goods", "Where is my order", "requested: 2026-11-24T10:00+11:00"),
      task("Harbour Goods", "Answered", "requested: 2026-11-23T10:00+11:00", "replied: 2026-11-23T12:00+11:00"),
      task("Harbour Goods", "Closed", "requested: 2026-11-20T10:00+11:00", "status: done"),
      // London promises 4 h: due back 2026-11-24T14:00Z.
      task("Clara", "Invoice question", "requested: 2026-11-24T10:00+00:00", "status: waiting"),
      task("Clara", "Fresh", "requested: 2026-11-25T02:00+00:00"),
    );
    expect(agenda(index, "2026-11-24T23:00:00Z").replies.map((r) => r.title)).toEqual(["Invoice question"]);
    const r = agenda(index, "2026-11-25T03:14Z").replies;
    expect(r.map((x) => [x.title, x.responseHours, x.lateMinutes, x.replyByVa, x.replyByClient])).toEqual([
      ["Invoice question", 4, 794, "2026-11-24 21:00", "2026-11-24 14:00"],
      ["Where is my order", 24, 254, "2026-11-25 06:00", "2026-11-25 10:00"],
    ]);
    expect(r[1].file).toBe("Clients/Harbour Goods/Tasks/Where is my order.md");
    expect(agenda(index, "2026-11-25T06:00:00Z").replies.map((x) => x.title)).toEqual(["Invoice question", "Where is my order"]);
    expect(agenda(index, "2026-11-25T06:00:01Z").replies.map((x) => x.title)).toEqual(["Invoice question", "Where is my order", "Fresh"]);
  });
});

describe("check-ins due", () => {
  const sources = (checkins: Record<string, string>, surveys: Record<string, string> = {}): AgendaSources => ({
    lastCheckin: (k) => checkins[k] ?? null,
    lastSurvey: (k) => surveys[k] ?? null,
  });

  it("last check-in + cadence on or before today in the client's zone; 0 is never; never checked in is due", () => {
    const index = indexOf(
      SYDNEY,
      NEW_YORK,
      LONDON,
      client("Quiet", "Europe/London", "checkin_days: 0"),
      client("Gone", "Europe/London", "status: archived"),
      client("Maybe", "Europe/London", "status: lead"),
      client("Resting", "Europe/London", "status: paused", "checkin_days: 7"),
    );
    // 2026-10-26 + 30 days = 2026-11-25: today in Sydney (14:14), still the 24th in New York.
    const s = sources({ "Harbour Goods": "2026-10-26", Brightloop: "2026-10-26", Resting: "2026-11-11", Clara: "2026-11-20" });
    const c = agenda(index, "2026-11-25T03:14Z", s).checkins;
    expect(c.map((x) => [x.clientKey, x.lastCheckin, x.dueDate, x.daysLate])).toEqual([
      ["Resting", "2026-11-11", "2026-11-18", 7],
      ["Harbour Goods", "2026-10-26", "2026-11-25", 0],
    ]);
    expect(c[1]).toMatchObject({ file: "Clients/Harbour Goods/Harbour Goods.md", checkinDays: 30, color: "#2a9d8f" });
    // Five hours later it is the 25th in New York too.
    expect(agenda(index, "2026-11-25T05:00Z", s).checkins.map((x) => x.clientKey)).toEqual(["Resting", "Brightloop", "Harbour Goods"]);
    // With no check-in recorded anywhere, every client that has a cadence is due, first.
    const never = agenda(index, "2026-11-25T03:14Z").checkins;
    expect(never.map((x) => [x.clientKey, x.dueDate])).toEqual([
      ["Brightloop", null],
      ["Clara", null],
      ["Harbour Goods", null],
      ["Resting", null],
    ]);
    // A source handing over something that is not a date counts as no check-in.
    expect(agenda(index, "2026-11-25T03:14Z", sources({ Clara: "last week" })).checkins.find((x) => x.clientKey === "Clara")?.dueDate).toBeNull();
    expect(agenda(index, "2026-11-25T03:14Z", sources({ Clara: "2026-02-30" })).checkins.find((x) => x.clientKey === "Clara")?.lastCheckin).toBeNull();
  });

  it("surveys: a task completed in the last 14 days and no survey since that day", () => {
    const index = indexOf(
      SYDNEY,
      LONDON,
      NEW_YORK,
      task("Harbour Goods", "Launch", "status: done", "completed: 2026-11-11"),
      task("Harbour Goods", "Old launch", "status: done", "completed: 2026-11-01"),
      task("Clara", "Course", "status: done", "completed: 2026-11-20"),
      // Fifteen days before the 24th, which it still is in New York.
      task("Brightloop", "Too old", "status: done", "completed: 2026-11-09"),
      task("Brightloop", "No date", "status: done"),
    );
    const now = "2026-11-25T03:14Z";
    const s = (surveys: Record<string, string>) => agenda(index, now, sources({}, surveys)).surveys;
    expect(s({}).map((x) => [x.clientKey, x.taskTitle, x.completed, x.file])).toEqual([
      ["Harbour Goods", "Launch", "2026-11-11", "Clients/Harbour Goods/Harbour Goods.md"],
      ["Clara", "Course", "2026-11-20", "Clients/Clara/Clara.md"],
    ]);
    expect(s({ Clara: "2026-11-20", "Harbour Goods": "2026-11-10" }).map((x) => [x.clientKey, x.lastSurvey])).toEqual([["Harbour Goods", "2026-11-10"]]);
    // Fourteen days back is the limit, in the client's zone: 2026-11-11 drops out on Sydney's 26th.
    expect(agenda(index, "2026-11-25T12:59Z", sources({}, {})).surveys.map((x) => x.clientKey)).toContain("Harbour Goods");
    expect(agenda(index, "2026-11-25T13:00Z", sources({}, {})).surveys.map((x) => x.clientKey)).not.toContain("Harbour Goods");
  });
});

describe("clients without a client note", () => {
  it("show their folder name and are read in the VA's zone", () => {
    const index = new VaultIndex(OPTIONS);
    index.setFile(...task("Orphan", "Lost", "due: 2026-11-25"));
    const [t] = buildAgenda({ clients: index.clients(), tasks: index.tasks() }, { now: at("2026-11-25T03:00Z"), zone: VA, weekStart: "mon", sources: NONE }).deadlines.today;
    expect(t).toMatchObject({ clientKey: "Orphan", clientName: "Orphan", color: null, clientZone: VA, dueVa: "2026-11-26 00:00", dueClient: "2026-11-25 24:00" });
  });
});
