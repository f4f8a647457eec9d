// Package progress in the weekly report: the client's own package first (even with no task yet),
// then each package a task links, done of all its tasks; the markdown says it in the client's language.
import { describe, expect, it } from "vitest";
import { packageProgress } from "../../../src/core/reports/report-packages";
import type { Task } from "../../../src/core/shared/types";

const task = (pkg: string | null, status: Task["status"]) => ({ package: pkg, status }) as Task;

describe("packageProgress", () => {
  it("counts the tasks linked to each package, done of all", () => {
    const tasks = [task("[[Social starter]]", "done"), task("Social starter", "doing"), task("[[Audit]]", "done"), task(null, "done")];
    expect(packageProgress("[[Social starter]]", tasks)).toEqual([
      { name: "Social starter", done: 1, total: 2 },
      { name: "Audit", done: 1, total: 1 },
    ]);
    expect(packageProgress("[[Website care]]", [])).toEqual([{ name: "Website care", done: 0, total: 0 }]);
    expect(packageProgress(null, [])).toEqual([]);
  });
});
