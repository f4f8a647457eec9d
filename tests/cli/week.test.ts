// @vitest-environment node
// `client-desk week`: the week planner's model (src/core/planner/week-view.ts) on the demo vault, with a
// fixed clock through --now.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import type { WeekView } from "../../src/core/planner/week-model";
import { DEMO_NOW, parse, removeDir, run, tempDir } from "./helpers";

const NOW = Date.parse("2026-11-25T03:14:00Z"); // DEMO_NOW, 10:14 in Ho Chi Minh City

describe("client-desk week", () => {
  let tmp: string;
  let vault: string;
  beforeAll(() => {
    tmp = tempDir();
    vault = join(tmp, "demo");
    expect(run(["demo", vault, "--now", DEMO_NOW]).code).toBe(0);
  });
  afterAll(() => removeDir(tmp));

  it("--json gives the week of --now: days, blocks, entries, client windows and totals", () => {
    const r = run(["week", "--vault", vault, "--json", "--now", DEMO_NOW]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const v = parse<WeekView>(r.stdout);
    expect(v).toMatchObject({ week: "2026-W48", isoWeek: 48, zone: "Asia/Ho_Chi_Minh", weekStart: "mon", now: "2026-11-25T10:14+07:00", bufferMinutes: 10 });
    expect(v.days.map((d) => d.date)).toEqual(["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"]);
    expect(v.days.filter((d) => d.today).map((d) => d.date)).toEqual(["2026-11-25"]);
    expect(v.nowLine).toEqual({ day: 2, top: 614 });
    expect(v.blocks.length).toBeGreaterThan(10);
    expect(v.entries.length).toBeGreaterThan(5);
    for (const b of v.blocks) {
      expect(b.file).toBe("Planner/2026-W48.md");
      expect(b.clientKey).not.toBeNull();
      expect(b.column).toBeLessThan(b.columns);
      expect(b.bottom).toBeGreaterThan(b.top);
    }
    // Entries are all in the past of --now.
    for (const e of v.entries) expect(e.entryEnd).toBeLessThanOrEqual(NOW);
    const byKey = Object.fromEntries(v.clients.map((c) => [c.key, c]));
    expect(byKey["Harbour Goods"]).toMatchObject({ timezone: "Australia/Sydney", offsetText: "+11:00", localNow: "2026-11-25 14:14" });
    expect(byKey["Brightloop"]).toMatchObject({ timezone: "America/New_York", offsetText: "-05:00", localNow: "2026-11-24 22:14" });
    for (const c of v.clients) {
      expect(c.windows.length).toBeGreaterThan(0);
      expect(c.plannedMinutes).toBeGreaterThan(0);
    }
    const sum = (k: "plannedMinutes" | "trackedMinutes" | "billedMinutes") => v.clients.reduce((s, c) => s + c[k], 0);
    expect(v.totals).toEqual({ plannedMinutes: sum("plannedMinutes"), trackedMinutes: sum("trackedMinutes"), billedMinutes: sum("billedMinutes") });
    // The demo plans every block inside its client's hours.
    expect(v.blocks.filter((b) => b.outside)).toEqual([]);
  });

  it("--week picks another week; the human output has one table per day and the totals", () => {
    const r = run(["week", "--vault", vault, "--week", "2026-W48", "--now", DEMO_NOW]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Week 2026-W48 (2026-11-23 – 2026-11-29), Asia/Ho_Chi_Minh");
    expect(lines).toContain("Wed 2026-11-25 (today)");
    expect(lines).toContain("Per client: planned, tracked, billed");
    expect(r.stdout).toMatch(/Harbour Goods .* 14:14 there \(\+11:00\)/);
    const other = parse<WeekView>(run(["week", "--vault", vault, "--week", "2026-W47", "--json", "--now", DEMO_NOW]).stdout);
    expect(other.week).toBe("2026-W47");
    expect(other.nowLine).toBeNull();
  });

  it("refuses a week that is not an ISO week", () => {
    const r = run(["week", "--vault", vault, "--week", "2026-W54", "--now", DEMO_NOW]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--week needs an ISO week");
  });
});
