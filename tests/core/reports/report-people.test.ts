// Client reports may name who did the work (docs/team.md): the client note's
// `report_names_people: true` adds a "Done by" section with each person's tracked hours (approved
// time only, the owner's own as always); off by default, the report unchanged. The demo's team:
// Linh (owner) and Minh, whose week 2026-W47 on Clara Whitfield Coaching is approved.
import { describe, expect, it } from "vitest";
import { buildReport } from "../../../src/core/reports/report";
import { reportMarkdown } from "../../../src/core/reports/report-markdown";
import { LINH_ZONE } from "../../../src/core/demo";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { teamIndexOptions } from "../../../src/core/settings/settings";
import { DEFAULT_SETTINGS } from "../../../src/core/shared/types";
import { DEMO_NOW, reportVaultFiles } from "../support/report-vault";

const CLARA = "Clients/Clara Whitfield Coaching/Clara Whitfield Coaching.md";

function report(field: string | null) {
  const files = reportVaultFiles();
  if (field !== null) files.set(CLARA, (files.get(CLARA) as string).replace(/^---\n/, `---\n${field}\n`));
  // With the team folder read (the report vault's own index has none).
  const index = new VaultIndex(teamIndexOptions({ ...DEFAULT_SETTINGS, timeZone: LINH_ZONE }));
  for (const [path, text] of files) if (index.wants(path)) index.setFile(path, text);
  expect(index.team.active()).toBe(true);
  const client = index.client("Clara Whitfield Coaching")!;
  const model = buildReport(index, client, "2026-W47", { now: DEMO_NOW, userZone: LINH_ZONE });
  return { model, text: reportMarkdown(model), index };
}

describe("a report naming who did the work", () => {
  it("names each person with their hours, most first, summing to the total", () => {
    const { model, text } = report("report_names_people: true");
    expect(model.people?.map((p) => p.name)).toEqual(expect.arrayContaining(["Linh Nguyen", "Minh Tran"]));
    expect(model.people?.reduce((s, p) => s + p.rawMs, 0)).toBe(model.totalRawMs);
    const rows = model.people ?? [];
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].rawMs).toBeGreaterThanOrEqual(rows[i].rawMs);
    expect(text).toContain("\n## Done by\n\n- ");
    expect(text).toMatch(/\n- Minh Tran: \d+\.\d\d h\n/);
  });

  it("is off by default and with `false`: the report as before", () => {
    const plain = report(null);
    expect(plain.model.people).toBeUndefined();
    expect(plain.text).not.toContain("Done by");
    expect(report("report_names_people: false").text).toBe(plain.text);
  });

  it("reports a value that is no yes/no on the client note", () => {
    const { index, model } = report("report_names_people: sometimes");
    expect(model.people).toBeUndefined();
    expect(index.diagnostics().filter((d) => d.field === "report_names_people").map((d) => [d.file, d.severity])).toEqual([[CLARA, "error"]]);
  });
});
