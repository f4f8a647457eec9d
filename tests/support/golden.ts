// Golden files: generated text compared with a file kept in tests/golden. A missing golden file is
// a failure, never written silently (a test that writes its own expectation cannot fail);
// UPDATE_GOLDEN=1 writes them all again after a deliberate change, to be read and committed.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { expect } from "vitest";

/** tests/golden, from the repository root where vitest runs. */
export const GOLDEN_DIR = join(process.cwd(), "tests", "golden");

export function expectGolden(path: string, text: string, update = process.env.UPDATE_GOLDEN === "1"): void {
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  if (!existsSync(path)) {
    throw new Error(`golden file ${relative(process.cwd(), path)} is missing: run the test with UPDATE_GOLDEN=1, read the file and commit it`);
  }
  expect(text).toBe(readFileSync(path, "utf8"));
}
