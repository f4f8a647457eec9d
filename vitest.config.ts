import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const fakeObsidian = fileURLToPath(new URL("./tests/fake/obsidian.ts", import.meta.url));

export default defineConfig({
  resolve: {
    // The real "obsidian" package has types only; tests run against the fake.
    alias: [{ find: /^obsidian$/, replacement: fakeObsidian }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "happy-dom",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/**/*.browser.test.ts", "**/node_modules/**"],
          setupFiles: ["tests/fake/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          environment: "node",
          include: ["tests/**/*.browser.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
    ],
  },
});
