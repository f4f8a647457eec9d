// The planner per person (docs/team.md): each person's own plan notes (`Planner/2026-W48 ana.md`),
// whose a block is, and the week model shown for one person (their blocks, their entries, their
// working hours in the VA's zone) or for everyone. The VA is in Asia/Ho_Chi_Minh; Ana works in
// London, the week of London's switch to winter time (Sunday 25 October 2026).
import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { weekViewModel } from "../../../src/core/planner/week-view";
import type { WeekViewOptions } from "../../../src/core/planner/week-model";
import { classifyPath, planNotePath, personOfPlan } from "../../../src/core/shared/paths";
import { isPersonShown, personHours, planPersonOf, weekPersonOf } from "../../../src/core/planner/plan-person";

const VA = "Asia/Ho_Chi_Minh";
const LAYOUT = { clientsRoot: "Clients", plannerFolder: "Planner", teamFolder: "Team" };
const Z = (iso: string) => Date.parse(iso);

describe("plan notes per person", () => {
  it.each([
    ["Planner/2026-W48.md", { kind: "plan", week: "2026-W48" }],
    ["Planner/2026-W48 ana.md", { kind: "plan", week: "2026-W48", person: "ana" }],
    ["Planner/2026-W48 Ana Lima.md", { kind: "plan", week: "2026-W48", person: "Ana Lima" }],
    // Sync services' copies are no person's plan (as before, not read).
    ["Planner/2026-W48 2.md", { kind: "other" }],
    ["Planner/2026-W48 (1).md", { kind: "other" }],
    ["Planner/2026-W48 ana 2.md", { kind: "other" }],
    ["Planner/2026-W48 (conflicted copy 2026-11-27).md", { kind: "other" }],
    ["Planner/2026-W48 ana.sync-conflict-20261127-123456-ABCDEFG.md", { kind: "other" }],
    ["Planner/2026-W48.sync-conflict-20261127-123456-ABCDEFG.md", { kind: "other" }],
    ["Planner/notes.md", { kind: "other" }],
  ])("%s", (path, kind) => {
    expect(classifyPath(path, LAYOUT)).toEqual(kind);
  });

  it("writes and reads back whose a plan note is", () => {
    expect(planNotePath(LAYOUT, "2026-W48")).toBe("Planner/2026-W48.md");
    expect(planNotePath(LAYOUT, "2026-W48", null)).toBe("Planner/2026-W48.md");
    expect(planNotePath(LAYOUT, "2026-W48", "ana")).toBe("Planner/2026-W48 ana.md");
    expect(personOfPlan("Planner/2026-W48 ana.md")).toBe("ana");
    expect(personOfPlan("Planner/2026-W48.md")).toBeNull();
  });

  it("shows a person their own notes; the owner also the plain ones", () => {
    const owner = weekPersonOf(person("linh", "owner"));
    const ana = weekPersonOf(person("ana", "member"));
    expect(isPersonShown(owner, null)).toBe(true);
    expect(isPersonShown(owner, "Linh")).toBe(true);
    expect(isPersonShown(owner, "ana")).toBe(false);
    expect(isPersonShown(ana, null)).toBe(false);
    expect(isPersonShown(ana, "ana")).toBe(true);
    expect(isPersonShown(weekPersonOf(null), null)).toBe(true);
    expect(planPersonOf(person("linh", "owner"))).toBeNull();
    expect(planPersonOf(person("ana", "subcontractor"))).toBe("ana");
    expect(planPersonOf(null)).toBeNull();
  });
});

const client = ["---", "rate: 40", "timezone: Europe/London", "status: active", "---", ""].join("\n");
const people: Record<string, string> = {
  "Team/linh.md": ["---", "name: Linh", "role: owner", "---", ""].join("\n"),
  "Team/ana.md": ["---", "name: Ana Lima", "role: member", "timezone: Europe/London", 'working_hours: "09:00-17:00"', "working_days: [sat, sun]", "---", ""].join("\n"),
};
const blockLine = (start: string, end: string, title: string, id: string) =>
  `- [start:: ${start}] [end:: ${end}] [client:: [[Harbour]]] ${title} ^${id}`;
const files: Record<string, string> = {
  "Clients/Harbour/Harbour.md": client,
  "Planner/2026-W43.md": `# Plan\n${blockLine("2026-10-19T09:00+07:00", "2026-10-19T10:00+07:00", "Owner's block", "cd-aaaaaaa1")}\n`,
  "Planner/2026-W43 ana.md": `# Plan\n${blockLine("2026-10-20T15:00+07:00", "2026-10-20T17:00+07:00", "Ana's block", "cd-aaaaaaa2")}\n`,
  "Clients/Harbour/Log/2026-10 ana.md": "---\ntype: client-log\n---\n- [start:: 2026-10-21T15:00+07:00] [end:: 2026-10-21T16:00+07:00] Ana's work ^cd-aaaaaaa3\n",
  "Clients/Harbour/Log/2026-10.md": "---\ntype: client-log\n---\n- [start:: 2026-10-21T09:00+07:00] [end:: 2026-10-21T09:30+07:00] Linh's work ^cd-aaaaaaa4\n",
};

function index(withPeople: boolean): VaultIndex {
  const ix = new VaultIndex({ ...LAYOUT, timezone: VA, currency: "USD" });
  for (const [path, text] of Object.entries({ ...files, ...(withPeople ? people : {}) })) ix.setFile(path, text);
  return ix;
}

const BASE: WeekViewOptions = {
  week: "2026-W43",
  zone: VA,
  weekStart: "mon",
  now: Z("2026-10-21T12:00+07:00"),
  workingHours: { start: 8 * 60, end: 16 * 60 },
  workingDays: ["mon", "tue", "wed", "thu", "fri"],
};

describe("the week model for one person", () => {
  it("knows whose each block is, in the index and in the model", () => {
    const ix = index(true);
    const blocks = ix.blocksBetween(Z("2026-10-19T00:00+07:00"), Z("2026-10-26T00:00+07:00"));
    expect(blocks.map((b) => [b.title, b.person])).toEqual([
      ["Owner's block", undefined],
      ["Ana's block", "ana"],
    ]);
    const all = weekViewModel(ix, BASE);
    expect(all.blocks.map((b) => [b.title, b.person])).toEqual([
      ["Owner's block", null],
      ["Ana's block", "ana"],
    ]);
    expect(all.entries.map((e) => e.note).sort()).toEqual(["Ana's work", "Linh's work"]);
  });

  it("gives each person a lane of the day when everyone's blocks are shown, overlaps side by side inside it", () => {
    const extra = {
      ...files,
      "Planner/2026-W43.md": `# Plan\n${blockLine("2026-10-19T09:00+07:00", "2026-10-19T10:00+07:00", "Owner A", "cd-bbbbbbb1")}\n${blockLine("2026-10-19T09:30+07:00", "2026-10-19T10:30+07:00", "Owner B", "cd-bbbbbbb2")}\n`,
      "Planner/2026-W43 ana.md": `# Plan\n${blockLine("2026-10-19T09:00+07:00", "2026-10-19T11:00+07:00", "Ana A", "cd-bbbbbbb3")}\n${blockLine("2026-10-20T15:00+07:00", "2026-10-20T17:00+07:00", "Ana B", "cd-bbbbbbb4")}\n`,
    };
    const ix = new VaultIndex({ ...LAYOUT, timezone: VA, currency: "USD" });
    for (const [path, text] of Object.entries({ ...extra, ...people })) ix.setFile(path, text);
    const all = weekViewModel(ix, BASE);
    const at = (title: string) => {
      const b = all.blocks.find((x) => x.title === title)!;
      return [b.column, b.columns];
    };
    // Two lanes (Linh's plain notes first, then Ana's); Linh's two overlapping blocks share hers.
    expect(at("Owner A")).toEqual([0, 4]);
    expect(at("Owner B")).toEqual([1, 4]);
    expect(at("Ana A")).toEqual([1, 2]);
    expect(at("Ana B")).toEqual([1, 2]);
    // One person's view: no lanes.
    const ana = weekViewModel(ix, { ...BASE, person: weekPersonOf(ix.team.find("ana")) });
    expect(ana.blocks.map((b) => [b.title, b.column, b.columns])).toEqual([
      ["Ana A", 0, 1],
      ["Ana B", 0, 1],
    ]);
    // Blocks stay in the order a single layout leaves: by day, then start, the longer first.
    expect(all.blocks.map((b) => b.title)).toEqual(["Ana A", "Owner A", "Owner B", "Ana B"]);
  });

  it("shows the owner the plain notes, a member their own, with their sums", () => {
    const ix = index(true);
    const owner = weekViewModel(ix, { ...BASE, person: weekPersonOf(ix.team.find("linh")) });
    expect(owner.blocks.map((b) => b.title)).toEqual(["Owner's block"]);
    expect(owner.entries.map((e) => e.note)).toEqual(["Linh's work"]);
    expect(owner.totals).toMatchObject({ plannedMinutes: 60, trackedMinutes: 30 });
    const ana = weekViewModel(ix, { ...BASE, person: weekPersonOf(ix.team.find("Ana Lima")) });
    expect(ana.blocks.map((b) => b.title)).toEqual(["Ana's block"]);
    expect(ana.entries.map((e) => e.note)).toEqual(["Ana's work"]);
    expect(ana.totals).toMatchObject({ plannedMinutes: 120, trackedMinutes: 60 });
  });

  it("draws a person's working hours in the VA's zone, across London's switch day", () => {
    const ix = index(true);
    const ana = ix.team.find("ana");
    const hours = personHours(ana, { zone: VA, workingHours: BASE.workingHours, workingDays: BASE.workingDays });
    expect(hours.workingZone).toBe("Europe/London");
    const v = weekViewModel(ix, { ...BASE, ...hours, person: weekPersonOf(ana) });
    // Saturday 24 Oct 09:00–17:00 BST (UTC+1) = 15:00–23:00 in Hanoi; Sunday 25 Oct, GMT (UTC+0): 16:00–24:00.
    expect(v.vaWindows.map((w) => [w.day, w.top, w.bottom])).toEqual([
      [5, 15 * 60, 23 * 60],
      [6, 16 * 60, 24 * 60],
    ]);
    expect(v.vaWindows.map((w) => w.localDate)).toEqual(["2026-10-24", "2026-10-25"]);
  });

  it("changes nothing without people notes: the plain notes are the VA's, every block shown", () => {
    const ix = index(false);
    // `2026-W43 ana.md` names nobody on a team: not read, as before (a note such as `2026-W43 copy.md`).
    expect(weekViewModel(ix, { ...BASE, person: weekPersonOf(null) }).blocks.map((b) => b.title)).toEqual(["Owner's block"]);
    expect(weekViewModel(ix, BASE).blocks.map((b) => b.title)).toEqual(["Owner's block"]);
    expect(ix.diagnostics().filter((d) => d.file.startsWith("Planner/"))).toEqual([]);
    expect(weekViewModel(ix, BASE).vaWindows.map((w) => [w.day, w.top, w.bottom])).toEqual([0, 1, 2, 3, 4].map((d) => [d, 480, 960]));
  });
});

function person(key: string, role: "owner" | "member" | "subcontractor") {
  return { key, file: `Team/${key}.md`, name: key, role, timezone: null, workingHours: null, workingDays: null, costRate: null, currency: "USD", billRates: new Map<string, string>(), email: null, legacy: false };
}
