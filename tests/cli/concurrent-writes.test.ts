// @vitest-environment node
// Real `client-desk` processes at once on one note lose nothing, and no command writes through a
// symbolic link that leads out of the vault.
import { spawn as spawnChild } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BIN, parse, removeDir, run, spawn, tempDir, writeTree } from "./helpers";
import { CLIENTS, clientNotePath, note, settingsFile } from "../support/vault";

let vault: string;
beforeEach(() => {
  vault = tempDir();
  writeTree(vault, { ...settingsFile({ timeZone: "Asia/Ho_Chi_Minh" }), [clientNotePath("Harbour Goods")]: note(CLIENTS.harbour) });
});
afterEach(() => removeDir(vault));

const cli = (args: string[]) =>
  new Promise<number>((done) => {
    const child = spawnChild(process.execPath, [BIN, ...args], { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, LANG: "C" } });
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("exit", (code) => {
      if (code !== 0) console.error(err);
      done(code ?? -1);
    });
  });

describe("many CLI processes at once", () => {
  it("20 `log` calls into one new month note keep every entry", async () => {
    // The first run bundles the CLI; do it once before the race.
    expect(spawn(["clients", "--vault", vault, "--json"]).code).toBe(0);
    const codes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => {
        const h = String(i).padStart(2, "0");
        return cli(["log", "--vault", vault, "--client", "Harbour Goods", "--start", `2026-11-02 ${h}:00`, "--end", `2026-11-02 ${h}:30`, "--note", `job ${i}`]);
      }),
    );
    expect(codes).toEqual(Array.from({ length: 20 }, () => 0));
    const text = readFileSync(join(vault, "Clients/Harbour Goods/Log/2026-11.md"), "utf8");
    for (let i = 0; i < 20; i++) expect(text).toContain(` job ${i} ^`);
    expect(text.match(/^- \[start::/gm)).toHaveLength(20);
    const check = parse<{ errors: number }>(run(["check", "--vault", vault, "--json"]).stdout);
    expect(check.errors).toBe(0);
    expect(readdirSync(join(vault, "Clients/Harbour Goods/Log"))).toEqual(["2026-11.md"]);
  }, 60_000);
});

describe("symbolic links out of the vault", () => {
  it("`report` refuses a Reports folder that leads outside, and writes nothing there", () => {
    const outside = tempDir("client-desk-outside-");
    try {
      mkdirSync(join(vault, "Clients/Harbour Goods"), { recursive: true });
      symlinkSync(outside, join(vault, "Clients/Harbour Goods/Reports"));
      writeTree(vault, { "Clients/Harbour Goods/Log/2026-11.md": "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:00+07:00] Work ^cd-aaaa0001\n" });
      const r = run(["report", "--vault", vault, "--week", "2026-W48", "--client", "Harbour Goods", "--now", "2026-11-28T17:00+07:00"]);
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(/outside the vault/);
      expect(readdirSync(outside)).toEqual([]);
    } finally {
      removeDir(outside);
    }
  });
});
