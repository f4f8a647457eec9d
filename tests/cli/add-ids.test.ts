// @vitest-environment node
// `client-desk add-ids`: an id at the end of each entry line typed without one, unique across the
// vault, and not one other byte changed; error lines reported (exit 1), never given an id.

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { hashTree, parse, removeDir, run, spawn, tempDir, writeTree } from "./helpers";
import { settingsFile } from "../support/vault";
import type { AddIdsJson } from "../../src/cli/commands/add-ids";

const ACME_LOG = "Clients/Acme/Log/2026-11.md";
const BETA_LOG = "Clients/Beta/Log/2026-11.md";
const ACME = [
  "---",
  "type: client-log",
  "---",
  "# Acme — November 2026",
  "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] Typed by hand  ",
  "- [start:: 2026-11-23T10:00+07:00] [end:: 2026-11-23T11:00+07:00] Has one ^cd-acme0001",
  "- [start:: 2026-11-23T12:00+07:00] [end:: 2026-11-23T11:00+07:00] Backwards",
  "- called the bank",
  "",
].join("\r\n");
const BETA = "- [start:: 2026-11-24T09:00+07:00] [end:: 2026-11-24T09:30+07:00] [task:: [[Inbox]]] Inbox #non-billable\n- [start:: 2026-11-24T10:00+07:00] [end:: 2026-11-24T11:00+07:00] Has one ^cd-00000000\n";

function vault(root: string): void {
  writeTree(root, {
    ...settingsFile({ timeZone: "Asia/Ho_Chi_Minh", homeCurrency: "USD" }),
    "Clients/Acme/Acme.md": "---\ntimezone: Europe/London\ncurrency: GBP\nrate: 30\n---\n",
    "Clients/Beta/Beta.md": "---\ntimezone: America/New_York\ncurrency: USD\nrate: 40\n---\n",
    [ACME_LOG]: ACME,
    [BETA_LOG]: BETA,
    // Not a log note: never touched.
    "Scratch.md": "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] A draft\n",
  });
}

const withId = (line: string, id: string) => `${line} ^${id}`;

describe("client-desk add-ids", () => {
  let tmp: string;
  beforeEach(() => {
    tmp = tempDir();
    vault(tmp);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    removeDir(tmp);
  });

  it("adds an id to each entry line without one and changes no other byte of the vault", () => {
    const before = hashTree(tmp);
    const r = run(["add-ids", "--vault", tmp, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1); // the backwards line
    const out = parse<AddIdsJson>(r.stdout);
    expect(out.dryRun).toBe(false);
    expect(out.client).toBeNull();
    expect(out.added).toBe(2);
    expect(out.notes.map((n) => [n.file, n.ids.map((i) => i.line)])).toEqual([
      [ACME_LOG, [5]],
      [BETA_LOG, [1]],
    ]);
    expect(out.errors.map((d) => [d.file, d.line, d.code, d.field])).toEqual([[ACME_LOG, 7, "entry-end-before-start", "end"]]);
    expect(out.errors[0].message).toContain("2026-11-23T11:00+07:00");
    const [acmeId] = out.notes[0].ids.map((i) => i.id);
    const [betaId] = out.notes[1].ids.map((i) => i.id);
    for (const id of [acmeId, betaId]) expect(id).toMatch(/^cd-[0-9a-z]{8}$/);
    const acme = ACME.split("\r\n");
    acme[4] = withId(acme[4], acmeId);
    expect(readFileSync(join(tmp, ACME_LOG), "utf8")).toBe(acme.join("\r\n"));
    const beta = BETA.split("\n");
    beta[0] = withId(beta[0], betaId);
    expect(readFileSync(join(tmp, BETA_LOG), "utf8")).toBe(beta.join("\n"));
    // Every other file, dot files (no lock or temporary file left) included, is as it was.
    const after = hashTree(tmp);
    for (const f of [ACME_LOG, BETA_LOG]) {
      after.delete(f);
      before.delete(f);
    }
    expect(after).toEqual(before);
  });

  it("leaves nothing to do the second time, and check no longer reports missing ids", () => {
    expect(run(["add-ids", "--vault", tmp]).code).toBe(1);
    const hashes = hashTree(tmp);
    const again = run(["add-ids", "--vault", tmp]);
    expect(again.code).toBe(1);
    expect(again.stdout.split("\n")).toEqual([
      expect.stringMatching(/^Clients\/Acme\/Log\/2026-11\.md:7 \[end\] error: .*2026-11-23T11:00\+07:00/),
      "Every entry already has an id.",
      "1 line with errors got no id; fix them and run add-ids again.",
      "",
    ]);
    expect(hashTree(tmp)).toEqual(hashes);
    const check = parse<{ diagnostics: { code: string }[] }>(run(["check", "--vault", tmp, "--json"]).stdout);
    expect(check.diagnostics.map((d) => d.code)).not.toContain("entry-missing-id");
  });

  it("writes nothing with --dry-run and says what it would do", () => {
    const hashes = hashTree(tmp);
    const r = run(["add-ids", "--vault", tmp, "--dry-run"]);
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n")).toEqual([
      `${ACME_LOG}: 1 id would be added`,
      `${BETA_LOG}: 1 id would be added`,
      expect.stringMatching(/^Clients\/Acme\/Log\/2026-11\.md:7 \[end\] error: /),
      "Dry run: 2 entries in 2 log notes would get an id; nothing was written.",
      "1 line with errors got no id; fix them and run add-ids again.",
      "",
    ]);
    expect(hashTree(tmp)).toEqual(hashes);
  });

  it("touches only the log notes of --client", () => {
    const r = run(["add-ids", "--vault", tmp, "--client", "Beta", "--json"]);
    expect(r.code).toBe(0);
    const out = parse<AddIdsJson>(r.stdout);
    expect(out.client).toBe("Beta");
    expect(out.notes.map((n) => n.file)).toEqual([BETA_LOG]);
    expect(readFileSync(join(tmp, ACME_LOG), "utf8")).toBe(ACME);
    expect(run(["add-ids", "--vault", tmp, "--client", "Nobody"]).code).toBe(2);
  });

  it("never gives an id the vault or this run already uses", () => {
    // The first id drawn is cd-00000000 (Beta's), the next cd-11111111; for the second note
    // cd-00000000 again, cd-11111111 (given to the first) and then cd-22222222; then cd-33333333.
    const digits = [0, 1, 0, 1, 2];
    let calls = 0;
    vi.spyOn(Math, "random").mockImplementation(() => ((digits[Math.floor(calls++ / 8)] ?? 3) + 0.5) / 36);
    writeTree(tmp, { "Clients/Beta/Log/2026-10.md": "- [start:: 2026-10-01T09:00+07:00] [end:: 2026-10-01T10:00+07:00] October\n" });
    const out = parse<AddIdsJson>(run(["add-ids", "--vault", tmp, "--json"]).stdout);
    expect(out.notes.flatMap((n) => n.ids.map((i) => [n.file, i.id]))).toEqual([
      [ACME_LOG, "cd-11111111"],
      ["Clients/Beta/Log/2026-10.md", "cd-22222222"],
      [BETA_LOG, "cd-33333333"],
    ]);
  });

  it("speaks Vietnamese with --lang vi, and runs as the real command", () => {
    const r = spawn(["add-ids", "--vault", tmp, "--client", "Beta", "--lang", "vi"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${BETA_LOG}: đã thêm 1 mã\nĐã thêm mã khối cho 1 mục trong 1 ghi chú nhật ký.\n`);
  });
});
