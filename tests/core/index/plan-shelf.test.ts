// Plan notes are parsed on first need; every block of a note's week is still found, in any zone.
import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { weekRange } from "../../../src/core/shared/week";

const options = { clientsRoot: "Clients", plannerFolder: "Planner", timezone: "Asia/Ho_Chi_Minh", currency: "USD" };
const line = (start: string, end: string, id: string) => `- [start:: ${start}] [end:: ${end}] [client:: [[Acme]]] Work ^${id}`;

describe("plan notes in the index", () => {
  it("finds blocks at both edges of the week in the zones furthest from UTC", () => {
    const index = new VaultIndex(options);
    index.setFile("Clients/Acme/Acme.md", "---\ncurrency: USD\nrate: 10\n---\n");
    index.setFile(
      "Planner/2026-W48.md",
      [
        // Sunday 00:30 at UTC+14 (a week starting on Sunday), and Sunday 23:00 at UTC−12.
        line("2026-11-22T00:30+14:00", "2026-11-22T01:30+14:00", "cd-edge0001"),
        line("2026-11-29T23:00-12:00", "2026-11-29T23:45-12:00", "cd-edge0002"),
      ].join("\n"),
    );
    const early = weekRange("2026-W48", "Pacific/Kiritimati", "sun");
    const late = weekRange("2026-W48", "Etc/GMT+12", "mon");
    expect(index.blocksBetween(early.from, early.to).map((b) => b.id)).toContain("cd-edge0001");
    expect(index.blocksBetween(late.from, late.to).map((b) => b.id)).toContain("cd-edge0002");
    expect(index.blocksBetween(late.from, late.to)[0].clientKey).toBe("Acme");
  });

  it("reports a bad plan line through diagnostics even if no week was asked for", () => {
    const index = new VaultIndex(options);
    index.setFile("Planner/2026-W10.md", "- [start:: 2026-03-02T09:00+07:00] No end or client ^cd-bad00001\n");
    expect(index.diagnostics().map((d) => `${d.file}:${d.line}:${d.code}:${d.field}`)).toEqual([
      "Planner/2026-W10.md:1:plan-malformed:end",
    ]);
  });

  it("replaces a plan note's blocks when it changes", () => {
    const index = new VaultIndex(options);
    const week = weekRange("2026-W48", "Asia/Ho_Chi_Minh", "mon");
    index.setFile("Planner/2026-W48.md", line("2026-11-23T09:00+07:00", "2026-11-23T10:00+07:00", "cd-aaaa0001"));
    expect(index.blocksBetween(week.from, week.to)).toHaveLength(1);
    index.setFile("Planner/2026-W48.md", "");
    expect(index.blocksBetween(week.from, week.to)).toHaveLength(0);
  });
});
