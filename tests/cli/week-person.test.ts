// @vitest-environment node
// `client-desk week --person NAME|all` (docs/team.md, "The planner per person"): the demo's team,
// Linh (owner) and Minh (subcontractor), with a plan note of Minh's own. Fixed clock through --now.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import type { WeekView } from "../../src/core/planner/week-model";
import { DEMO_NOW, parse, removeDir, run, tempDir, writeTree } from "./helpers";

const MINH_PLAN = "# Plan\n- [start:: 2026-11-26T14:00+07:00] [end:: 2026-11-26T16:00+07:00] [client:: [[Clara Whitfield Coaching]]] Instagram graphics ^cd-minhp001\n";

describe("client-desk week --person", () => {
  let tmp: string;
  let vault: string;
  const week = (...extra: string[]) => run(["week", "--vault", vault, "--now", DEMO_NOW, ...extra]);
  beforeAll(() => {
    tmp = tempDir();
    vault = join(tmp, "demo");
    expect(run(["demo", vault, "--now", DEMO_NOW]).code).toBe(0);
    writeTree(vault, { "Planner/2026-W48 minh.md": MINH_PLAN });
  });
  afterAll(() => removeDir(tmp));

  it("shows one person's blocks and entries, the owner's by default, everyone's with all", () => {
    const mine = parse<WeekView>(week("--json").stdout);
    const minh = parse<WeekView>(week("--json", "--person", "Minh Tran").stdout);
    const all = parse<WeekView>(week("--json", "--person", "all").stdout);
    expect(mine.person).toEqual({ key: "linh", owner: true });
    expect(new Set(mine.blocks.map((b) => b.file))).toEqual(new Set(["Planner/2026-W48.md"]));
    expect(mine.entries.every((e) => !e.file.includes(" minh"))).toBe(true);
    expect(minh.person).toEqual({ key: "minh", owner: false });
    expect(minh.blocks.map((b) => [b.title, b.person])).toEqual([["Instagram graphics", "minh"]]);
    expect(minh.entries.length).toBeGreaterThan(0);
    expect(minh.entries.every((e) => e.file.endsWith(" minh.md"))).toBe(true);
    expect(all.person).toBeNull();
    expect(all.blocks.length).toBe(mine.blocks.length + 1);
    expect(all.entries.length).toBe(mine.entries.length + minh.entries.length);
    // --as minh shows his week, as his device's planner does.
    expect(parse<WeekView>(week("--json", "--as", "minh").stdout).blocks.map((b) => b.title)).toEqual(["Instagram graphics"]);
  });

  it("prints whose week it is, and each line's person in everyone's", () => {
    const minh = week("--person", "minh");
    expect(minh.code).toBe(0);
    expect(minh.stdout).toContain("Minh Tran's blocks and time; working hours 09:00–17:00 in Asia/Ho_Chi_Minh");
    expect(minh.stdout).toMatch(/14:00–16:00\s+planned\s+Clara Whitfield Coaching\s+Instagram graphics/);
    const all = week("--person", "all");
    expect(all.stdout).toContain("Everyone's blocks and time");
    expect(all.stdout).toMatch(/14:00–16:00\s+planned \(Minh Tran\)\s+Clara Whitfield Coaching/);
    expect(all.stdout).toMatch(/planned \(Linh Nguyen\)/);
  });

  it("refuses a person who is nobody, listing the people", () => {
    const r = week("--person", "zed");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--person “zed” names nobody in Team \(people: .*linh, minh\)\./);
  });

  it("plan fill --as someone fills their own plan note", () => {
    writeTree(vault, { "Planner/Template.md": "# Weekly template\n\n- [day:: mon] [start:: 09:00] [end:: 10:30] [client:: [[Clara Whitfield Coaching]]] Graphics\n" });
    const minh = run(["plan", "fill", "--vault", vault, "--week", "2026-W49", "--dry-run", "--json", "--as", "minh", "--now", DEMO_NOW]);
    expect(minh.code).toBe(0);
    expect(parse<{ file: string }>(minh.stdout).file).toBe("Planner/2026-W49 minh.md");
    const linh = run(["plan", "fill", "--vault", vault, "--week", "2026-W49", "--dry-run", "--json", "--now", DEMO_NOW]);
    expect(parse<{ file: string }>(linh.stdout).file).toBe("Planner/2026-W49.md");
    expect(run(["plan", "fill", "--vault", vault, "--week", "2026-W49", "--dry-run", "--as", "zed", "--now", DEMO_NOW]).code).toBe(2);
  });
});
