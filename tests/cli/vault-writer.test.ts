// @vitest-environment node
// The CLI's writer: whole notes or nothing, nothing outside the vault, and no lost lines when many
// processes write one note at once or one is killed mid-write.
import { spawn as spawnChild, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { buildSync } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VaultWriter } from "../../src/cli/vault-writer";
import { CommandFailure } from "../../src/cli/errors";
import { REPO, removeDir, tempDir } from "./helpers";

const NOTE = "Clients/Acme/Log/2026-11.md";
const append = (line: string) => (text: string | null) => `${text ?? "# Log\n\n"}${line}\n`;

describe("one process", () => {
  let vault: string;
  beforeAll(() => {
    vault = tempDir();
  });
  afterAll(() => removeDir(vault));

  it("creates a note with its folders, appends to it, and leaves no lock or temporary file", () => {
    const w = new VaultWriter(vault);
    expect(w.update(NOTE, append("- a"))).toEqual({ before: null, after: "# Log\n\n- a\n" });
    w.update(NOTE, append("- b"));
    expect(readFileSync(join(vault, NOTE), "utf8")).toBe("# Log\n\n- a\n- b\n");
    expect(readdirSync(join(vault, "Clients/Acme/Log"))).toEqual(["2026-11.md"]);
  });

  it("creates a note only when none is there", () => {
    const w = new VaultWriter(vault);
    expect(w.create("Reports/r.md", "first")).toBe(true);
    expect(w.create("Reports/r.md", "second")).toBe(false);
    expect(readFileSync(join(vault, "Reports/r.md"), "utf8")).toBe("first");
  });

  it("leaves the note untouched when the change gives nothing", () => {
    const w = new VaultWriter(vault);
    const before = readFileSync(join(vault, NOTE), "utf8");
    expect(w.update(NOTE, () => null).after).toBeNull();
    expect(readFileSync(join(vault, NOTE), "utf8")).toBe(before);
  });

  it("refuses paths that leave the vault, by name or through a symbolic link", () => {
    const outside = tempDir("client-desk-outside-");
    try {
      symlinkSync(outside, join(vault, "Reviews"));
      const w = new VaultWriter(vault);
      for (const rel of ["../escape.md", "Reviews/2026-W48.md", "Reviews/deep/x.md", ""]) {
        expect(() => w.update(rel, () => "x")).toThrow(CommandFailure);
      }
      expect(readdirSync(outside)).toEqual([]);
    } finally {
      removeDir(outside);
    }
  });

  it("breaks a lock left by a process that is gone, and waits, then gives up, on a live one", () => {
    const w = new VaultWriter(vault, 300);
    const lock = join(vault, "Clients/Acme/Log/.2026-11.md.lock");
    const dead = spawnSync(process.execPath, ["-e", "process.pid"]).pid;
    writeFileSync(lock, `${dead} ${hostname()} 0`);
    w.update(NOTE, append("- after a crash"));
    expect(existsSync(lock)).toBe(false);

    writeFileSync(lock, `${process.pid} ${hostname()} ${Date.now()}`);
    expect(() => w.update(NOTE, append("- blocked"))).toThrow(/lock/);
    // An old lock is broken whoever left it.
    const old = (Date.now() - 120_000) / 1000;
    utimesSync(lock, old, old);
    w.update(NOTE, append("- after an old lock"));
    expect(readFileSync(join(vault, NOTE), "utf8")).toMatch(/- after a crash\n- after an old lock\n$/);
  });
});

describe("the vault's lock", () => {
  let vault: string;
  beforeAll(() => {
    vault = tempDir();
  });
  afterAll(() => removeDir(vault));

  it("runs the work under a dot file at the vault's root, notes' locks inside it, and removes it even when the work throws", () => {
    const w = new VaultWriter(vault);
    const lock = join(vault, ".client-desk-invoice-number.lock");
    const made = w.withVaultLock("invoice-number", () => {
      expect(readFileSync(lock, "utf8")).toMatch(new RegExp(`^${process.pid} `));
      return w.create("Clients/Acme/Invoices/INV-1.md", "x");
    });
    expect(made).toBe(true);
    expect(existsSync(lock)).toBe(false);
    expect(() =>
      w.withVaultLock("invoice-number", () => {
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(existsSync(lock)).toBe(false);
    expect(() => w.withVaultLock("../x", () => 1)).toThrow();
  });

  it("breaks a lock left by a process that is gone, and waits, then gives up, on a live one", () => {
    const w = new VaultWriter(vault, 300);
    const lock = join(vault, ".client-desk-invoice-number.lock");
    const dead = spawnSync(process.execPath, ["-e", "process.pid"]).pid;
    writeFileSync(lock, `${dead} ${hostname()} 0`);
    expect(w.withVaultLock("invoice-number", () => "ran")).toBe("ran");
    expect(existsSync(lock)).toBe(false);
    writeFileSync(lock, `${process.pid} ${hostname()} ${Date.now()}`);
    let ran = false;
    let failure: unknown = null;
    try {
      w.withVaultLock("invoice-number", () => (ran = true));
    } catch (e) {
      failure = e;
    }
    expect(ran).toBe(false);
    expect(failure).toBeInstanceOf(CommandFailure);
    expect((failure as CommandFailure).key).toBe("cli.error.vault-locked");
    expect(existsSync(lock)).toBe(true);
  });
});

describe("many processes", () => {
  let vault: string;
  let script: string;
  beforeAll(() => {
    vault = tempDir();
    script = join(vault, ".writer.mjs");
    // A small program on the real writer: appends `count` numbered lines, one write each.
    const entry = join(vault, ".writer-entry.ts");
    writeFileSync(
      entry,
      [
        `import { VaultWriter } from ${JSON.stringify(join(REPO, "src/cli/vault-writer.ts"))};`,
        "const [root, rel, who, count, big] = process.argv.slice(2);",
        "const w = new VaultWriter(root);",
        "const pad = big === '1' ? 'x'.repeat(200) : '';",
        "for (let i = 0; i < Number(count); i++) w.update(rel, (t) => `${t ?? ''}- ${who} ${i} ${pad}\\n`);",
      ].join("\n"),
    );
    buildSync({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", outfile: script, logLevel: "silent" });
  });
  afterAll(() => removeDir(vault));

  const run = (args: string[]) =>
    new Promise<number>((done) => spawnChild(process.execPath, [script, vault, ...args], { stdio: "ignore" }).on("exit", (code) => done(code ?? -1)));

  it("24 processes appending to one new note at once lose no line", async () => {
    const codes = await Promise.all(Array.from({ length: 24 }, (_, p) => run(["Clients/Acme/Log/2026-12.md", `p${p}`, "25", "0"])));
    expect(codes.every((c) => c === 0)).toBe(true);
    const lines = readFileSync(join(vault, "Clients/Acme/Log/2026-12.md"), "utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(24 * 25);
    expect(new Set(lines).size).toBe(24 * 25);
    for (let p = 0; p < 24; p++) {
      const mine = lines.filter((l) => l.startsWith(`- p${p} `)).map((l) => Number(l.split(" ")[2]));
      expect(mine).toEqual(Array.from({ length: 25 }, (_, i) => i));
    }
  }, 60_000);

  it("a process killed at any moment leaves a whole note", async () => {
    const rel = "Clients/Acme/Log/2027-01.md";
    mkdirSync(join(vault, "Clients/Acme/Log"), { recursive: true });
    writeFileSync(join(vault, rel), `${"- seed line ".padEnd(200, "y")}\n`.repeat(20_000));
    for (let k = 0; k < 12; k++) {
      const child = spawnChild(process.execPath, [script, vault, rel, `k${k}`, "100000", "1"], { stdio: "ignore" });
      await sleep(150 + Math.floor(Math.random() * 250));
      child.kill("SIGKILL");
      await new Promise((r) => child.on("exit", r));
      const text = readFileSync(join(vault, rel), "utf8");
      expect(text.endsWith("\n")).toBe(true);
      const lines = text.trimEnd().split("\n");
      expect(lines.length).toBeGreaterThanOrEqual(20_000);
      expect(lines.every((l) => l.startsWith("- seed line ") || /^- k\d+ \d+ x{200}$/.test(l))).toBe(true);
    }
  }, 120_000);
});
