// @vitest-environment node
// Sync conflicts: the copies each sync service leaves are found and reported with the entries only
// in them, never counted, and merged on request; git's conflict markers are errors; a line copied
// by a merge (one id twice) is counted once and never billed; with a union merge for log notes, git
// merges two devices' appends by itself.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ConflictsJson } from "../../src/cli/commands/conflicts";
import { hashTree, parse, removeDir, run, tempDir, writeTree } from "./helpers";
import { CLIENTS, clientNotePath, note, settingsFile } from "../support/vault";

const LOG = "Clients/Harbour Goods/Log/2026-11.md";
const A = "- [start:: 2026-11-02T09:00+07:00] [end:: 2026-11-02T10:00+07:00] Orders ^cd-aaaa0001";
const B = "- [start:: 2026-11-03T09:00+07:00] [end:: 2026-11-03T11:00+07:00] Refunds ^cd-bbbb0001";
const C = "- [start:: 2026-11-04T09:00+07:00] [end:: 2026-11-04T09:30+07:00] Call ^cd-cccc0001";
const NOW = "2026-12-02T10:00+07:00";

let vault: string;
beforeEach(() => {
  vault = tempDir();
  writeTree(vault, { ...settingsFile({ timeZone: "Asia/Ho_Chi_Minh" }), [clientNotePath("Harbour Goods")]: note(CLIENTS.harbour), [LOG]: `# Log\n\n${A}\n${B}\n` });
});
afterEach(() => removeDir(vault));

type CheckJson = { errors: number; diagnostics: { code: string; file: string; line: number; params: Record<string, string | number> }[] };
const check = () => parse<CheckJson>(run(["check", "--vault", vault, "--now", NOW, "--json"]).stdout);
const weekMinutes = (week: string) => {
  const out = parse<{ clients: { key: string; trackedMinutes: number }[] }>(run(["week", "--vault", vault, "--week", week, "--now", NOW, "--json"]).stdout);
  return out.clients.find((c) => c.key === "Harbour Goods")?.trackedMinutes ?? 0;
};

describe("conflicted copies of a log note", () => {
  it.each([
    ["Obsidian Sync, Dropbox", "Clients/Harbour Goods/Log/2026-11 (conflicted copy).md"],
    ["Dropbox, named", "Clients/Harbour Goods/Log/2026-11 (Linh's conflicted copy 2026-11-27).md"],
    ["Syncthing", "Clients/Harbour Goods/Log/2026-11.sync-conflict-20261127-123456-ABCDEFG.md"],
    ["iCloud", "Clients/Harbour Goods/Log/2026-11 2.md"],
    ["Google Drive", "Clients/Harbour Goods/Log/2026-11 (1).md"],
    ["OneDrive", "Clients/Harbour Goods/Log/2026-11-LINH-LAPTOP.md"],
  ])("%s: reported with the entry only in it, counted nowhere, merged on request", (_tool, copy) => {
    writeTree(vault, { [copy]: `# Log\n\n${A}\n${C}\n` });
    const problems = check();
    expect(problems.diagnostics.filter((d) => d.file === copy).map((d) => [d.code, d.params.only, d.params.ids])).toEqual([["log-conflict-copy", 1, "cd-cccc0001"]]);
    expect(weekMinutes("2026-W45")).toBe(180);
    // Nothing is invoiced while the copy is there.
    const refused = run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--month", "2026-11", "--now", NOW]);
    expect(refused.code).toBe(1);

    const listed = run(["conflicts", "--vault", vault, "--json"]);
    expect(listed.code).toBe(1);
    const rows = parse<ConflictsJson>(listed.stdout).copies;
    expect(rows.map((c) => ({ ...c, tool: typeof c.tool }))).toEqual([{ file: copy, main: LOG, tool: "string", only: ["cd-cccc0001"], differing: [], movedTo: null }]);

    const before = readFileSync(join(vault, LOG), "utf8");
    const merged = parse<ConflictsJson>(run(["conflicts", "--vault", vault, "--merge", "--json"]).stdout);
    expect(merged.copies[0].movedTo).toBe(`Clients/Harbour Goods/Log/Merged copies/${copy.slice(copy.lastIndexOf("/") + 1)}`);
    expect(readFileSync(join(vault, LOG), "utf8")).toBe(`${before}${C}\n`);
    expect(existsSync(join(vault, copy))).toBe(false);
    expect(check().diagnostics.map((d) => d.code)).not.toContain("log-conflict-copy");
    expect(weekMinutes("2026-W45")).toBe(210);
  });

  it("an entry in both with other times is listed, never changed", () => {
    const copy = "Clients/Harbour Goods/Log/2026-11 (conflicted copy).md";
    writeTree(vault, { [copy]: `${A.replace("10:00+07:00]", "10:45+07:00]")}\n` });
    const before = hashTree(vault);
    const r = parse<ConflictsJson>(run(["conflicts", "--vault", vault, "--json"]).stdout);
    expect(r.copies[0]).toMatchObject({ only: [], differing: ["cd-aaaa0001"] });
    expect(hashTree(vault)).toEqual(before);
  });

  it("a plain note in the Log folder is not mistaken for a copy", () => {
    writeTree(vault, { "Clients/Harbour Goods/Log/Notes.md": "# notes\n", "Clients/Harbour Goods/Log/2026-11-notes.md": "- a list\n" });
    expect(check().diagnostics.filter((d) => d.code === "log-conflict-copy")).toEqual([]);
  });
});

describe("one id on two lines", () => {
  it("is counted once in the week, an error in check, and never billed", () => {
    writeTree(vault, { [LOG]: `# Log\n\n${A}\n${B}\n${A.replace("10:00+07:00]", "10:30+07:00]")}\n` });
    expect(weekMinutes("2026-W45")).toBe(180);
    expect(check().diagnostics.filter((d) => d.code === "entry-duplicate-id").map((d) => d.line)).toEqual([5]);
    const r = run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--month", "2026-11", "--now", NOW, "--json"]);
    expect(r.code).toBe(1);
    expect(parse<{ diagnostics: { code: string; line: number }[] }>(r.stdout).diagnostics.map((d) => [d.code, d.line])).toEqual([
      ["entry-id-shared", 3],
      ["entry-id-shared", 5],
    ]);
  });
});

describe("git", () => {
  const git = (cwd: string, ...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Linh", "-c", "user.email=linh@example.com", "-c", "init.defaultBranch=main", ...args], { cwd, encoding: "utf8", stdio: "pipe" });

  function twoDevices(union: boolean): { phone: string; desk: string; merged: boolean } {
    const origin = join(vault, "..", `${vault.split("/").pop()}-origin.git`);
    git(join(vault, ".."), "init", "--bare", origin);
    if (union) writeFileSync(join(vault, ".gitattributes"), "Clients/**/Log/*.md merge=union\n");
    git(vault, "init");
    git(vault, "add", "-A");
    git(vault, "commit", "-m", "vault");
    git(vault, "remote", "add", "origin", origin);
    git(vault, "push", "origin", "HEAD:main");
    const phone = `${vault}-phone`;
    git(join(vault, ".."), "clone", origin, phone);
    // Both devices append a different entry to the same month's note.
    expect(run(["log", "--vault", vault, "--client", "Harbour Goods", "--start", "2026-11-05T09:00+07:00", "--end", "2026-11-05T10:00+07:00", "--note", "desk"]).code).toBe(0);
    expect(run(["log", "--vault", phone, "--client", "Harbour Goods", "--start", "2026-11-06T09:00+07:00", "--end", "2026-11-06T10:00+07:00", "--note", "phone"]).code).toBe(0);
    git(phone, "commit", "-am", "phone");
    git(phone, "push", "origin", "HEAD:main");
    git(vault, "commit", "-am", "desk");
    let merged = true;
    try {
      git(vault, "pull", "--no-rebase", "origin", "main");
    } catch {
      merged = false;
    }
    return { phone, desk: vault, merged };
  }

  it("without a union merge two appends conflict; the markers are errors and nothing of the month is invoiced", () => {
    const r = twoDevices(false);
    try {
      expect(r.merged).toBe(false);
      expect(check().diagnostics.filter((d) => d.code === "log-conflict-markers").length).toBeGreaterThanOrEqual(2);
      expect(run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--month", "2026-11", "--now", NOW]).code).toBe(1);
    } finally {
      removeDir(r.phone);
    }
  });

  it("with `Clients/**/Log/*.md merge=union` in .gitattributes the appends merge by themselves", () => {
    const r = twoDevices(true);
    try {
      expect(r.merged).toBe(true);
      const text = readFileSync(join(vault, LOG), "utf8");
      expect(text).toMatch(/ desk \^cd-/);
      expect(text).toMatch(/ phone \^cd-/);
      expect(check().errors).toBe(0);
    } finally {
      removeDir(r.phone);
    }
  });
});
