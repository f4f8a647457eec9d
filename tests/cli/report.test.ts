// @vitest-environment node
// `client-desk report` and `review` on the demo vault with Obsidian closed: what a Friday cron job
// does. Reports due are written once; a second run writes nothing; a report that exists (edited,
// renamed, moved) is left byte for byte; --week writes a given week; --dry-run writes nothing.

import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ReportJson } from "../../src/cli/commands/report";
import type { ReviewJson } from "../../src/cli/commands/review";
import { DEMO_NOW, hashTree, parse, removeDir, run, tempDir } from "./helpers";

// Friday 27 Nov, 20:00 in Ho Chi Minh City: Sydney's, London's and Hồ Chí Minh City's reports are
// due; Brightloop's (Friday 09:30 in New York = 21:30 here) is not yet, so its W47 is the latest.
const FRIDAY = "2026-11-27T20:00+07:00";

describe("client-desk report", () => {
  let tmp: string;
  let vault: string;
  beforeEach(() => {
    tmp = tempDir();
    vault = join(tmp, "demo");
    expect(run(["demo", vault, "--now", DEMO_NOW]).code).toBe(0);
  });
  afterAll(() => removeDir(tmp));

  const report = (...extra: string[]) => {
    const r = run(["report", "--vault", vault, "--json", "--now", FRIDAY, ...extra]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    return parse<ReportJson>(r.stdout);
  };

  it("writes each due report once; a second run writes nothing and changes no byte", () => {
    const first = report();
    expect(first.reports.map((r) => [r.status, r.path])).toEqual([
      ["written", "Clients/Brightloop/Reports/2026-W47.md"],
      ["written", "Clients/Clara Whitfield Coaching/Reports/2026-W48.md"],
      ["written", "Clients/Harbour Goods/Reports/2026-W48.md"],
      ["written", "Clients/Trà Sen Tây Hồ/Reports/2026-W48.md"],
    ]);
    expect(readFileSync(join(vault, "Clients/Trà Sen Tây Hồ/Reports/2026-W48.md"), "utf8")).toContain("# Báo cáo tuần: Trà Sen Tây Hồ");
    const before = hashTree(vault);
    expect(report().reports).toEqual([]);
    expect(hashTree(vault)).toEqual(before);
  });

  it("never touches an existing report, and finds one the VA renamed and moved by its frontmatter", () => {
    report();
    const path = join(vault, "Clients/Harbour Goods/Reports/2026-W48.md");
    const edited = readFileSync(path, "utf8").replace("## Notes\n", "## Notes\nMia liked the new banner.\n");
    writeFileSync(path, edited);
    mkdirSync(join(vault, "Archive"));
    renameSync(path, join(vault, "Archive/Harbour, last week.md"));
    const again = report("--week", "2026-W48");
    expect(again.reports.find((r) => r.client === "Harbour Goods")).toEqual({ client: "Harbour Goods", week: "2026-W48", path: "Archive/Harbour, last week.md", status: "exists" });
    expect(existsSync(path)).toBe(false);
    expect(readFileSync(join(vault, "Archive/Harbour, last week.md"), "utf8")).toBe(edited);
  });

  it("catches up after missed weeks: every week since the client's last report, oldest first", () => {
    // A report for W45 exists; Obsidian and cron were off for two weeks.
    expect(run(["report", "--vault", vault, "--week", "2026-W45", "--client", "Harbour Goods", "--now", FRIDAY]).code).toBe(0);
    const r = report("--client", "Harbour Goods");
    expect(r.reports.map((x) => x.week)).toEqual(["2026-W46", "2026-W47", "2026-W48"]);
  });

  it("--dry-run lists what it would write and writes nothing", () => {
    const before = hashTree(vault);
    const r = report("--dry-run");
    expect(r.dryRun).toBe(true);
    expect(r.reports.every((x) => x.status === "would-write")).toBe(true);
    expect(r.reports).toHaveLength(4);
    expect(hashTree(vault)).toEqual(before);
  });

  it("says what it did for people, and refuses a bad week", () => {
    const r = run(["report", "--vault", vault, "--now", FRIDAY]);
    expect(r.stdout).toContain("written  2026-W48  Clients/Harbour Goods/Reports/2026-W48.md");
    const again = run(["report", "--vault", vault, "--now", FRIDAY]);
    expect(again.stdout).toBe("No weekly report is due.\n");
    const bad = run(["report", "--vault", vault, "--week", "2026-48"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--week needs an ISO week such as 2026-W48");
  });

  it("review writes the VA's week once with converted revenue", () => {
    const r = run(["review", "--vault", vault, "--json", "--now", FRIDAY]);
    expect(r.code).toBe(0);
    const j = parse<ReviewJson>(r.stdout);
    expect(j.path).toBe("Reviews/2026-W48.md");
    expect(j.status).toBe("written");
    expect(j.review.missingRates).toEqual([]);
    expect(j.review.homeMinor).toBe(j.review.clients.reduce((s, c) => s + (c.homeMinor ?? 0), 0));
    expect(j.review.largest?.key).toBe("Harbour Goods");
    const text = readFileSync(join(vault, "Reviews/2026-W48.md"), "utf8");
    const again = parse<ReviewJson>(run(["review", "--vault", vault, "--json", "--now", FRIDAY]).stdout);
    expect(again.status).toBe("exists");
    expect(readFileSync(join(vault, "Reviews/2026-W48.md"), "utf8")).toBe(text);
  });
});

describe("client-desk report: a package's deliverables", () => {
  it("lists each deliverable of the client's package as the tasks naming it stand", () => {
    const dir = tempDir();
    try {
      const vault = join(dir, "v");
      expect(run(["demo", vault, "--now", "2026-11-25T10:14+07:00"]).code).toBe(0);
      // The demo's Holiday banner task is on the Launch pack: it now delivers the landing page copy.
      const task = join(vault, "Clients/Harbour Goods/Tasks/Holiday banner.md");
      writeFileSync(task, readFileSync(task, "utf8").replace("package:", "deliverable: landing page copy\npackage:"));
      const r = run(["report", "--vault", vault, "--client", "Harbour Goods", "--week", "2026-W47", "--now", "2026-11-25T10:14+07:00"]);
      expect(r.code).toBe(0);
      const text = readFileSync(join(vault, "Clients/Harbour Goods/Reports/2026-W47.md"), "utf8");
      expect(text).toContain("## Package: Launch pack\n\n0 of 1 package task done\n\n- Landing page copy (in progress)\n- 6 social posts (not started)\n- Launch email (not started)\n");
    } finally {
      removeDir(dir);
    }
  });
});
