// @vitest-environment node
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectGolden } from "./golden";

describe("expectGolden", () => {
  const dir = mkdtempSync(join(tmpdir(), "golden-"));

  it("fails when the golden file is missing, and writes nothing", () => {
    const path = join(dir, "missing.md");
    expect(() => expectGolden(path, "text", false)).toThrow(/missing\.md is missing/);
    expect(() => readFileSync(path)).toThrow();
  });

  it("fails when the text differs from the golden file", () => {
    const path = join(dir, "differs.md");
    writeFileSync(path, "old\n");
    expect(() => expectGolden(path, "new\n", false)).toThrow();
  });

  it("passes on the same text, and writes the file only when asked to update", () => {
    const path = join(dir, "same.md");
    expectGolden(path, "fresh\n", true);
    expect(readFileSync(path, "utf8")).toBe("fresh\n");
    expectGolden(path, "fresh\n", false);
  });
});
