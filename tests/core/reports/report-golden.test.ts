// @vitest-environment node
// Golden files of generated weekly reports: the demo vault on a fixed clock, week 2026-W47 of each
// client (three in English, Trà Sen Tây Hồ in Vietnamese). A change to a report's text shows up
// as a diff of the golden file; UPDATE_GOLDEN=1 writes them again after a deliberate change.
import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { buildReport } from "../../../src/core/reports/report";
import { reportMarkdown } from "../../../src/core/reports/report-markdown";
import { LINH_ZONE } from "../../../src/core/demo";
import { DEMO_NOW, indexFiles, reportVaultFiles } from "../support/report-vault";
import { expectGolden, GOLDEN_DIR } from "../../support/golden";

const golden = (name: string, text: string) => expectGolden(join(GOLDEN_DIR, "reports", name), text);

describe("weekly report golden files", () => {
  const index = indexFiles(reportVaultFiles());
  for (const client of index.clients()) {
    it(`${client.name} (${client.language}), week 2026-W47`, () => {
      const model = buildReport(index, client, "2026-W47", { now: DEMO_NOW, userZone: LINH_ZONE });
      golden(`${client.key}.2026-W47.${client.language}.md`, reportMarkdown(model));
    });
  }

  it("has both languages among the demo clients", () => {
    expect(new Set(index.clients().map((c) => c.language))).toEqual(new Set(["en", "vi"]));
  });
});
