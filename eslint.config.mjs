// Lint: eslint-plugin-obsidianmd's recommended set (which includes ESLint's and typescript-eslint's
// type-checked rules) on the plugin, the CLI and the tests.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

// Code that runs in Node, never inside Obsidian: the CLI, scripts, build config and tests.
const NODE_SIDE = ["src/cli/**", "scripts/**", "tests/**", "*.mjs", "vitest.config.ts"];

export default defineConfig([
  globalIgnores(["node_modules", "main.js", "styles.css", "dist", ".artifacts", ".cache", "demo-vault", "coverage"]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "scripts/*.mjs", "src/cli/bin.mjs"],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // js-yaml is one of the project's fixed runtime dependencies (frontmatter for the CLI).
      "depend/ban-dependencies": ["error", { allowed: ["js-yaml"] }],
    },
  },
  {
    files: NODE_SIDE,
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "obsidianmd/no-nodejs-modules": "off",
      "obsidianmd/hardcoded-config-path": "off",
      "obsidianmd/prefer-file-manager-trash-file": "off",
    },
  },
  {
    // The demo vault is built for the CLI, which writes it to disk as a new vault: its config folder
    // is `.obsidian` by definition there. The plugin never imports src/core/demo.
    files: ["src/core/demo/**"],
    rules: { "obsidianmd/hardcoded-config-path": "off" },
  },
  {
    // The fake implements Obsidian's API as Obsidian does, deprecated parts and loose types included.
    files: ["tests/fake/**"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-deprecated": "off",
      "obsidianmd/prefer-instanceof": "off",
      "obsidianmd/prefer-window-timers": "off",
      "obsidianmd/no-global-this": "off",
      "obsidianmd/no-tfile-tfolder-cast": "off",
      "obsidianmd/prefer-create-el": "off",
    },
  },
]);
