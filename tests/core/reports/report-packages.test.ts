// Package progress in the weekly report: the client's own package first (even with no task yet),
// then each package a task links, done of all its tasks, and each deliverable of the package note
// as the tasks naming it (`deliverable`) stand; the markdown says it in the client's language.
import { describe, expect, it } from "vitest";
import { packageProgress } from "../../../src/core/reports/report-packages";
import type { PackageInfo } from "../../../src/core/billing/package-note";
import type { Task } from "../../../src/core/shared/types";

const task = (pkg: string | null, status: Task["status"], deliverable: string | null = null) => ({ package: pkg, status, deliverable }) as Task;

const SOCIAL: PackageInfo = {
  key: "Social starter",
  file: "Client Desk/Packages/Social starter.md",
  name: "Social starter",
  price: 45000,
  currency: "AUD",
  deliverables: ["12 posts a month", "Monthly analytics", "Brand kit"],
  doneWhen: null,
  recurring: "monthly",
};

describe("packageProgress", () => {
  it("counts the tasks linked to each package, done of all", () => {
    const tasks = [task("[[Social starter]]", "done"), task("Social starter", "doing"), task("[[Audit]]", "done"), task(null, "done")];
    expect(packageProgress("[[Social starter]]", tasks)).toEqual([
      { name: "Social starter", done: 1, total: 2, deliverables: [] },
      { name: "Audit", done: 1, total: 1, deliverables: [] },
    ]);
    expect(packageProgress("[[Website care]]", [])).toEqual([{ name: "Website care", done: 0, total: 0, deliverables: [] }]);
    expect(packageProgress(null, [])).toEqual([]);
  });

  it("gives each deliverable of the package note the state of the tasks naming it", () => {
    const tasks = [
      task("[[Social starter]]", "done", "12 posts a month"),
      task("[[Social starter]]", "doing", "12 POSTS A MONTH"),
      task("[[Social starter]]", "done", "monthly analytics"),
      // Another package's task naming the same deliverable counts for that package only.
      task("[[Audit]]", "todo", "Brand kit"),
    ];
    const [social] = packageProgress("[[Social starter]]", tasks, [SOCIAL]);
    expect(social.deliverables).toEqual([
      { text: "12 posts a month", state: "open" },
      { text: "Monthly analytics", state: "done" },
      { text: "Brand kit", state: "none" },
    ]);
    expect(social.done).toBe(2);
    expect(social.total).toBe(3);
  });
});
