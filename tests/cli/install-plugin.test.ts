// @vitest-environment node
// scripts/install-plugin.mjs refuses clearly before building anything when the vault is wrong.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { REPO, removeDir, tempDir, writeTree } from "./helpers";

const SCRIPT = join(REPO, "scripts", "install-plugin.mjs");

function install(args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: REPO, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("install-plugin", () => {
  let tmp: string;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => removeDir(tmp));

  it("needs a vault path that exists", () => {
    const none = install([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^install-plugin: give the vault folder/);
    const missing = install([join(tmp, "nope")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`install-plugin: no vault folder at ${join(tmp, "nope")}\n`);
  });

  it("asks which config folder when several could be the renamed one", () => {
    writeTree(tmp, { ".work/app.json": "{}", ".home/plugins/x/main.js": "" });
    const r = install([tmp]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("several config folders (.home, .work)");
    expect(install([tmp, "--config-dir", "nope"]).stderr).toContain("--config-dir must be a dot folder name");
  });
});
