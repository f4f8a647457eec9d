// @vitest-environment node
// `client-desk package new`, `new-client --package` (the welcome packet lists the deliverables),
// `request --package`, and a fixed-price client's package invoiced once, never twice.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { hashTree, removeDir, run, tempDir, writeTree } from "./helpers";
import { readFrontmatter } from "../../src/core/notes/frontmatter";
import { settingsFile } from "../support/vault";
import type { RequestJson } from "../../src/cli/commands/request";
import type { PackageJson } from "../../src/cli/commands/package";

const NOW = "2026-12-03T10:00+07:00";

describe("client-desk package and a fixed-price client's package", () => {
  let tmp: string;
  beforeEach(() => {
    tmp = tempDir();
    writeTree(tmp, settingsFile({ timeZone: "Asia/Ho_Chi_Minh", homeCurrency: "USD", workingHours: "08:00-17:00" }));
  });
  afterEach(() => removeDir(tmp));

  const newPackage = (...extra: string[]) =>
    run(["package", "new", "--vault", tmp, "--name", "Social starter", "--price", "450", "--currency", "AUD", "--deliverable", "12 posts a month", "--deliverable", "Monthly analytics", "--done-when", "All posts scheduled", ...extra]);

  it("writes a package note that reads back, and refuses a bad one naming the flag", () => {
    const r = newPackage("--json");
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toMatchObject({ file: "Client Desk/Packages/Social starter.md", package: { name: "Social starter", price: 45000, currency: "AUD", deliverables: ["12 posts a month", "Monthly analytics"], doneWhen: "All posts scheduled", recurring: "once" } });
    expect(readFrontmatter(readFileSync(join(tmp, "Client Desk/Packages/Social starter.md"), "utf8")).data).toMatchObject({ type: "package", price: 450, recurring: "once" });
    expect(newPackage().code).toBe(3);
    const before = hashTree(tmp);
    const bad = run(["package", "new", "--vault", tmp, "--name", "X", "--price", "4.505", "--currency", "AUD", "--recurring", "weekly"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--price: The price is not an amount in AUD: 4.505.");
    expect(bad.stderr).toContain("--deliverable: List at least one deliverable.");
    expect(bad.stderr).toContain("--recurring: Billed must be once or monthly, not “weekly”.");
    expect(hashTree(tmp)).toEqual(before);
    expect(run(["package", "list", "--vault", tmp]).stdout).toBe("Social starter: 450.00 AUD (Once)\n  - 12 posts a month\n  - Monthly analytics\n");

    // Edited: only the given fields change, the rest of the note stays byte for byte.
    const file = join(tmp, "Client Desk/Packages/Social starter.md");
    writeFileSync(file, readFileSync(file, "utf8") + "\nMy notes on this package.\n");
    const set = run(["package", "set", "--vault", tmp, "--name", "social starter", "--price", "520", "--recurring", "monthly", "--json"]);
    expect(set.stderr).toBe("");
    expect((JSON.parse(set.stdout) as PackageJson).package).toMatchObject({ price: 52000, recurring: "monthly", deliverables: ["12 posts a month", "Monthly analytics"], doneWhen: "All posts scheduled" });
    expect(readFileSync(file, "utf8")).toContain("\nMy notes on this package.\n");
    const before2 = hashTree(tmp);
    expect(run(["package", "set", "--vault", tmp, "--name", "Social starter", "--recurring", "weekly"]).code).toBe(2);
    expect(run(["package", "set", "--vault", tmp, "--name", "Nope", "--price", "1"]).code).toBe(3);
    expect(hashTree(tmp)).toEqual(before2);
  });

  it("new-client --package lists the deliverables in the welcome packet; the package is invoiced once", () => {
    newPackage();
    const unknown = run(["new-client", "--vault", tmp, "--name", "Harbour Goods", "--timezone", "Australia/Sydney", "--currency", "AUD", "--billing", "fixed", "--package", "Nope", "--now", NOW]);
    expect(unknown).toMatchObject({ code: 3, stderr: "client-desk: No service package “Nope” in Client Desk/Packages.\n" });
    const made = run(["new-client", "--vault", tmp, "--name", "Harbour Goods", "--timezone", "Australia/Sydney", "--currency", "AUD", "--billing", "fixed", "--package", "Social starter", "--now", NOW]);
    expect(made.stderr).toBe("");
    const welcome = readFileSync(join(tmp, "Clients/Harbour Goods/Onboarding/Welcome packet.md"), "utf8");
    expect(welcome).toContain("## Your package: Social starter\n\n- 12 posts a month\n- Monthly analytics\n\nPrice: A$450.00\n\nDelivered when: All posts scheduled\n");

    const inv = run(["invoice", "--vault", tmp, "--client", "Harbour Goods", "--now", NOW, "--json"]);
    expect(inv.stderr).toBe("");
    expect(inv.code).toBe(0);
    const files = readdirSync(join(tmp, "Clients/Harbour Goods/Invoices"));
    expect(files).toHaveLength(1);
    const text = readFileSync(join(tmp, "Clients/Harbour Goods/Invoices", files[0]), "utf8");
    expect(text).toContain("| Social starter | 1 | A$450.00 | A$450.00 |");
    expect(text).toContain("### What the package includes\n\n**Social starter**\n\n- 12 posts a month\n- Monthly analytics\n");
    expect(readFrontmatter(text).data).toMatchObject({ packages: ["package:Social starter"], total: 450 });
    const again = run(["invoice", "--vault", tmp, "--client", "Harbour Goods", "--now", NOW]);
    expect(again.code).toBe(1);
    expect(readdirSync(join(tmp, "Clients/Harbour Goods/Invoices"))).toHaveLength(1);

    const task = run(["request", "--vault", tmp, "--client", "Harbour Goods", "--title", "Launch posts", "--package", "Social starter", "--now", NOW, "--json"]);
    expect(task.stderr).toBe("");
    expect((JSON.parse(task.stdout) as RequestJson).task).toMatchObject({ package: "Social starter" });
    expect(run(["request", "--vault", tmp, "--client", "Harbour Goods", "--title", "Other", "--package", "Nope", "--now", NOW]).code).toBe(3);

    // The weekly report shows the package's progress: tasks linked to it, done of all.
    writeTree(tmp, { "Clients/Harbour Goods/Tasks/Analytics.md": "---\ntype: task\nstatus: done\ncompleted: 2026-12-02\npackage: \"[[Social starter]]\"\n---\n" });
    const report = run(["report", "--vault", tmp, "--week", "2026-W49", "--client", "Harbour Goods", "--now", NOW]);
    expect(report.stderr).toBe("");
    const reports = readdirSync(join(tmp, "Clients/Harbour Goods/Reports"));
    expect(readFileSync(join(tmp, "Clients/Harbour Goods/Reports", reports[0]), "utf8")).toContain("## Package: Social starter\n\n1 of 2 package tasks done\n");
  });
});
