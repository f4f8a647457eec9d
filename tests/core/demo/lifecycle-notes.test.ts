// The demo shows every feature: an onboarding client with its notes, a workflow with a quality
// review and a task at that stage, a package, a subcontractor, an invoice sent and one paid,
// a check-in and a survey, and the Bases views; all of it read with no diagnostics.

import { describe, expect, it } from "vitest";
import { DEMO_SETTINGS, LINH_ZONE, demoVault } from "../../../src/core/demo";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";

const NOW = Date.parse("2026-11-25T03:14:00Z");

function indexOf(files: Map<string, string>): VaultIndex {
  // The demo has a small team too: its people notes are read, as the plugin reads them.
  const index = new VaultIndex({
    clientsRoot: DEMO_SETTINGS.clientsRoot,
    plannerFolder: DEMO_SETTINGS.plannerFolder,
    timezone: LINH_ZONE,
    currency: DEMO_SETTINGS.homeCurrency,
    teamFolder: DEMO_SETTINGS.teamFolder,
    subcontractorsFolder: DEMO_SETTINGS.subcontractorsFolder,
  });
  for (const [path, text] of files) if (index.wants(path)) index.setFile(path, text);
  return index;
}

const fm = (files: Map<string, string>, path: string) => readFrontmatter(files.get(path) ?? "").data ?? {};

describe("the demo's lifecycle and money notes", () => {
  const files = demoVault(NOW);
  const index = indexOf(files);

  it("has an invoice sent and owed and one paid, which the index reads as such", () => {
    const records = index.invoices.records();
    expect(records.map((r) => [r.clientKey, r.status]).sort()).toEqual([
      ["Clara Whitfield Coaching", "sent"],
      ["Harbour Goods", "paid"],
    ]);
    const paid = records.find((r) => r.status === "paid")!;
    expect(paid.balance).toBe(0);
    expect(paid.paid).toBe(paid.total);
    expect(records.find((r) => r.status === "sent")!.balance).toBeGreaterThan(0);
  });

  it("has a client still onboarding, with its four onboarding notes", () => {
    expect(index.client("Nordlys Studio")?.status).toBe("onboarding");
    const onboarding = [...files.keys()].filter((p) => p.startsWith("Clients/Nordlys Studio/Onboarding/")).sort();
    expect(onboarding).toEqual(["Discovery call", "Intake checklist", "Service agreement", "Welcome packet"].map((t) => `Clients/Nordlys Studio/Onboarding/${t}.md`));
  });

  it("has a workflow with a quality review, a task at one of its stages, a package and a subcontractor", () => {
    const workflow = [...files.keys()].find((p) => p.startsWith(`${DEMO_SETTINGS.workflowsFolder}/`))!;
    expect(fm(files, workflow).review).toBe(true);
    const task = fm(files, "Clients/Harbour Goods/Tasks/Holiday banner.md");
    expect(task).toMatchObject({ status: "todo", due: "2026-12-11T17:00", workflow: "[[Social media content]]", stage: "Client approval", assignee: "[[Ana Reyes]]", package: "[[Launch pack]]" });
    expect(files.get(workflow)).toContain("## Client approval");
    expect(fm(files, `${DEMO_SETTINGS.packagesFolder}/Launch pack.md`)).toMatchObject({ price: 600, currency: "AUD" });
    expect(fm(files, `${DEMO_SETTINGS.subcontractorsFolder}/Ana Reyes.md`)).toMatchObject({ rate: 12, currency: "USD" });
  });

  it("has a check-in and a survey and the four Bases views, and leaves the reports due to the plugin", () => {
    expect([...files.keys()].filter((p) => p.includes("/Reports/"))).toEqual([]);
    expect(files.has("Clients/Clara Whitfield Coaching/Check-ins/2026-11-22.md")).toBe(true);
    expect(files.has("Clients/Harbour Goods/Feedback/2026-11-22.md")).toBe(true);
    expect([...files.keys()].filter((p) => p.endsWith(".base")).length).toBe(4);
  });

  it("reads with no diagnostics at all", () => {
    expect(index.diagnostics()).toEqual([]);
  });
});
