// @vitest-environment node
// `client-desk plan fill`: the weekly template on the demo vault, with a fixed clock through --now.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PlanFillJson } from "../../src/cli/commands/plan";
import { DEMO_NOW, parse, removeDir, run, tempDir } from "./helpers";

const TEMPLATE = [
  "---",
  "type: plan-template",
  "---",
  "# Weekly template",
  "",
  "- [day:: mon] [start:: 09:00] [end:: 10:30] [client:: [[Harbour Goods]]] Product uploads",
  "- [day:: tue] [start:: 21:00] [end:: 22:00] [client:: [[Brightloop]]] Standup",
  "- [day:: wed] [start:: 9:00] [client:: [[Brightloop]]] no end",
  "- [day:: thu] [start:: 10:00] [end:: 11:00] [client:: [[Nobody]]] unknown",
  "",
].join("\n");

describe("client-desk plan fill", () => {
  let tmp: string;
  let vault: string;
  beforeAll(() => {
    tmp = tempDir();
    vault = join(tmp, "demo");
    expect(run(["demo", vault, "--now", DEMO_NOW]).code).toBe(0);
  });
  afterAll(() => removeDir(tmp));

  it("without a template: exit 2 naming the file", () => {
    const r = run(["plan", "fill", "--vault", vault, "--now", DEMO_NOW]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("client-desk: There is no weekly template at Planner/Template.md.\n");
  });

  it("refuses an unknown action and a bad week", () => {
    expect(run(["plan", "empty", "--vault", vault]).code).toBe(2);
    expect(run(["plan", "fill", "--vault", vault, "--week", "2026-48"]).code).toBe(2);
  });

  it("--dry-run --json lists what would be added, kept and skipped, and writes nothing", () => {
    writeFileSync(join(vault, "Planner/Template.md"), TEMPLATE);
    const r = run(["plan", "fill", "--vault", vault, "--week", "2026-W49", "--dry-run", "--json", "--now", DEMO_NOW]);
    expect(r.code).toBe(0);
    const out = parse<PlanFillJson>(r.stdout);
    expect(out).toMatchObject({ week: "2026-W49", file: "Planner/2026-W49.md", template: "Planner/Template.md", dryRun: true, created: true, kept: [] });
    expect(out.added.map((a) => [a.templateLine, a.clientKey, a.start, a.end])).toEqual([
      [6, "Harbour Goods", "2026-11-30 09:00", "2026-11-30 10:30"],
      [7, "Brightloop", "2026-12-01 21:00", "2026-12-01 22:00"],
    ]);
    expect(out.problems.map((p) => [p.code, p.line, p.field])).toEqual([
      ["template-line-invalid", 8, "end"],
      ["plan-client-unknown", 9, "client"],
    ]);
    expect(existsSync(join(vault, "Planner/2026-W49.md"))).toBe(false);
  });

  it("fills the week, then a second run adds nothing and keeps the existing note byte for byte", () => {
    const first = run(["plan", "fill", "--vault", vault, "--week", "2026-W49", "--now", DEMO_NOW]);
    expect(first.code).toBe(0);
    expect(first.stdout.split("\n")[0]).toBe("Week 2026-W49: 2 blocks added, 0 kept, from Planner/Template.md.");
    expect(first.stderr).toContain("Planner/Template.md:8 [end]");
    const text = readFileSync(join(vault, "Planner/2026-W49.md"), "utf8");
    expect(text).toMatch(/^---\ntype: plan\nweek: 2026-W49\n---\n/);
    expect(text).toContain("- [start:: 2026-11-30T09:00+07:00] [end:: 2026-11-30T10:30+07:00] [client:: [[Harbour Goods]]] Product uploads ^cd-");
    const again = parse<PlanFillJson>(run(["plan", "fill", "--vault", vault, "--week", "2026-W49", "--json", "--now", DEMO_NOW]).stdout);
    expect(again.added).toEqual([]);
    expect(again.kept.map((k) => k.templateLine)).toEqual([6, 7]);
    expect(readFileSync(join(vault, "Planner/2026-W49.md"), "utf8")).toBe(text);
  });
});
