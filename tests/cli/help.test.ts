// @vitest-environment node
// The command line in plain words: one command's --help, `timer switch`, one form of `now` in every
// JSON output, a message on every JSON problem, and flag problems said as sentences.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import { DEMO_NOW, parse, removeDir, run, tempDir } from "./helpers";
import { diagnosticMessage, translator } from "../../src/core/i18n";
import type { Diagnostic } from "../../src/core/shared/types";

const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?[+-]\d\d:\d\d$/;

describe("client-desk <command> --help", () => {
  it("prints that command's usage lines, its options and an example, not the global help", () => {
    const r = run(["log", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("  log --vault DIR --client NAME --start TIME --end TIME");
    expect(r.stdout).toContain("Options of log:\n  --vault, --client, --start, --end, --task, --note, --non-billable");
    expect(r.stdout).toContain('Example:\n  client-desk log --vault ~/Vault --client "Harbour Goods"');
    expect(r.stdout).not.toContain("Commands:");
    expect(r.stdout).not.toContain("  check --vault DIR");
  });

  it("keeps every line of a command with several forms, and none of a command whose name starts the same", () => {
    const r = run(["invoice", "--help", "--vault", "x"]);
    expect(r.code).toBe(0);
    for (const form of ["  invoice --vault DIR --client NAME", "  invoice send NUMBER", "  invoice pay NUMBER", "  invoice void NUMBER"]) expect(r.stdout).toContain(form);
    expect(r.stdout).not.toContain("  invoices --vault DIR");
    const timer = run(["timer", "--help"]).stdout;
    for (const form of ["  timer start", "  timer switch", "  timer stop", "  timer status"]) expect(timer).toContain(form);
  });

  it("has its own usage line and an example for every command, in both languages", () => {
    const names = run(["lg"]).stderr.replace(/^.*Commands: /, "").replace(/\.\n$/, "").split(", ");
    expect(names.length).toBeGreaterThan(15);
    for (const lang of ["en", "vi"]) {
      for (const name of names) {
        const r = run([name, "--help", "--lang", lang]);
        expect(r.code).toBe(0);
        const lines = r.stdout.split("\n");
        expect(lines.some((l) => l.startsWith(`  ${name} `) || l === `  ${name}`), `${name} usage (${lang})`).toBe(true);
        expect(lines.some((l) => l.startsWith(`  client-desk ${name}`)), `${name} example (${lang})`).toBe(true);
        expect(r.stdout).not.toContain("cli.help.");
      }
    }
    expect(run(["week", "--help", "--lang", "vi"]).stdout).toContain("Ví dụ:");
  });
});

describe("the demo's --seed", () => {
  it("refuses a seed that is not a whole number", () => {
    const r = run(["demo", join(tempDir(), "d"), "--seed", "-1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("client-desk: --seed must be a whole number from 0 to 4294967295, not “-1”.\n");
  });
});

describe("JSON outputs and problems", () => {
  let tmp: string;
  let vault: string;
  beforeAll(() => {
    tmp = tempDir();
    vault = join(tmp, "demo");
    expect(run(["demo", vault, "--now", DEMO_NOW]).code).toBe(0);
  });
  afterAll(() => removeDir(tmp));

  it("gives `now` as an ISO instant with the offset of your zone in every command that has one", () => {
    const commands = [["clients"], ["week"], ["agenda"], ["tasks"], ["invoices"], ["timer", "status"]];
    for (const c of commands) {
      const r = run([...c, "--vault", vault, "--json", "--now", DEMO_NOW]);
      expect(r.code, c.join(" ")).toBe(0);
      const out = parse<{ now: unknown }>(r.stdout);
      expect(out.now, c.join(" ")).toBe("2026-11-25T10:14+07:00");
      expect(String(out.now)).toMatch(ISO_WITH_OFFSET);
    }
  });

  it("timer switch stops the running timer and starts the next at the same instant", () => {
    expect(run(["timer", "start", "--vault", vault, "--client", "Harbour Goods", "--now", "2026-11-25T10:20+07:00"]).code).toBe(0);
    const r = run(["timer", "switch", "--vault", vault, "--client", "Clara Whitfield Coaching", "--json", "--now", "2026-11-25T10:50+07:00"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = parse<{ entry: { clientKey: string; start: number }; stopped: { entry: { clientKey: string; end: number } } | null }>(r.stdout);
    expect(out.entry.clientKey).toBe("Clara Whitfield Coaching");
    expect(out.stopped?.entry.clientKey).toBe("Harbour Goods");
    expect(out.stopped?.entry.end).toBe(out.entry.start);
    expect(run(["timer", "stop", "--vault", vault, "--now", "2026-11-25T11:00+07:00"]).code).toBe(0);
  });

  it("gives each refused invoice's problems a message as well as a code", () => {
    const r = run(["invoice", "--vault", vault, "--client", "Harbour Goods", "--month", "2020-01", "--json", "--now", DEMO_NOW]);
    expect(r.code).toBe(1);
    const out = parse<{ problems: { code: string; message: string }[] }>(r.stdout);
    expect(out.problems.length).toBeGreaterThan(0);
    for (const p of out.problems) {
      expect(p.message).not.toBe("");
      expect(p.message).not.toContain("billing.");
    }
    expect(out.problems[0].message).toContain("Harbour Goods");
  });

  it("says a value of the wrong type in plain words, in both languages", () => {
    const d: Diagnostic = { file: "Clients/A/A.md", line: 4, field: "rate", severity: "error", code: "field-type", params: { value: "[1, 2]", expected: "number" } };
    expect(diagnosticMessage(d, translator("en"))).toBe("“[1, 2]” must be a number.");
    expect(diagnosticMessage(d, translator("vi"))).toBe("“[1, 2]” phải là một số.");
    expect(diagnosticMessage({ ...d, params: { value: "x", expected: "true/false" } }, translator("en"))).toBe("“x” must be true or false.");
    // A value that is no kind name stays as it is (and an inherited name is no kind name).
    expect(diagnosticMessage({ ...d, params: { value: "x", expected: "constructor" } }, translator("en"))).toBe("“x” must be constructor.");
  });
});
