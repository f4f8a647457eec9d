// @vitest-environment node
// Golden files of generated weekly reports: the demo vault on a fixed clock, week 2026-W47 of each
// client (three in English, Trà Sen Tây Hồ in Vietnamese). A change to a report's text shows up
// as a diff of the golden file; UPDATE_GOLDEN=1 writes them again after a deliberate change.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildReport } from "../../../src/core/reports/report";
import { reportMarkdown } from "../../../src/core/reports/report-markdown";
import { LINH_ZONE } from "../../../src/core/demo";
import { DEMO_NOW, indexFiles, reportVaultFiles } from "../support/report-vault";

const DIR = join(__dirname, "..", "..", "golden", "reports");

function golden(name: string, text: string): void {
  const path = join(DIR, name);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, "utf8"));
}

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
