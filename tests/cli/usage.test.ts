// @vitest-environment node
// Wrong usage: exit 2, nothing on stdout, one line on stderr saying why. --help: exit 0.

import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { REPO, run, spawn } from "./helpers";

const V = join(REPO, "tests", "fixtures", "bad-vault");

describe("usage errors", () => {
  const cases: [string[], string][] = [
    [[], "No command given. Run client-desk --help to see the commands."],
    [["lg"], "“lg” is not a command. Commands: clients, check, conflicts, log, demo, timer, import, export, week, agenda, plan, new-client, request, tasks, report, review, invoice, invoices, add-ids, forecast, ics, package, task, workflow, slots, contact, checkin, survey, bases, team, approve."],
    [["check"], "--vault is missing."],
    [["check", "--vault"], "--vault needs a value."],
    [["check", "--vault", "--json"], "--vault needs a value."],
    [["check", "--vault", V, "--bogus"], "--bogus is not an option. Run client-desk --help to see the options."],
    [["check", `--vault=${V}`, "--json=yes"], "--json takes no value."],
    [["check", "--vault", V, "--vault", V], "--vault is given more than once."],
    [["check", "--vault", V, "extra"], "Unexpected argument “extra”."],
    [["check", "--vault", V, "--force"], "--force is not an option of check."],
    [["clients", "--vault", V, "--client", "Acme"], "--client is not an option of clients."],
    [["check", "--vault", V, "--now", "yesterday"], "--now “yesterday” is not a time like 2026-11-23T09:00+07:00, or 2026-11-23T09:00 in your time zone."],
    [["check", "--vault", V, "--now", "2026-02-30T10:00+07:00"], "--now “2026-02-30T10:00+07:00” is not a time like 2026-11-23T09:00+07:00, or 2026-11-23T09:00 in your time zone."],
    [["check", "--vault", V, "--now", "2026-11-23T10:00+25:00"], "--now “2026-11-23T10:00+25:00” is not a time like 2026-11-23T09:00+07:00, or 2026-11-23T09:00 in your time zone."],
    [["clients", "--vault", V, "--lang", "fr"], "--lang must be en or vi, not “fr”."],
    [["check", "--vault", "/no/such/vault"], "No vault folder at /no/such/vault."],
    [["log", "--vault", V], "--client is missing."],
    [["log", "--vault", V, "--client", "Good Client", "--start", "soon", "--end", "later"], "--start “soon” is not a time like 2026-11-23T09:00+07:00, or 2026-11-23T09:00 in"],
    [["demo"], "Give the folder to write the demo vault to, e.g. client-desk demo demo-vault."],
    [["demo", V], `${V} is not empty. Use --force to write the demo into it; your own files are left alone.`],
    [["demo", "a", "b"], "Unexpected argument “b”."],
  ];

  it.each(cases)("%j → exit 2 with one line", (argv, message) => {
    const r = run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.endsWith("\n")).toBe(true);
    expect(r.stderr.slice(0, -1)).not.toContain("\n");
    expect(r.stderr.startsWith(`client-desk: ${message}`)).toBe(true);
  });

  it("works the same through the real command (node src/cli/bin.mjs)", () => {
    const r = spawn(["lg"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("client-desk: “lg” is not a command. Commands: clients, check, conflicts, log, demo, timer, import, export, week, agenda, plan, new-client, request, tasks, report, review, invoice, invoices, add-ids, forecast, ics, package, task, workflow, slots, contact, checkin, survey, bases, team, approve.\n");
    const none = spawn([]);
    expect(none.code).toBe(2);
    expect(none.stderr.split("\n")).toHaveLength(2);
  });

  it("says it in Vietnamese with --lang vi", () => {
    const r = run(["lg", "--lang", "vi"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("client-desk: “lg” không phải là lệnh. Các lệnh: clients, check, conflicts, log, demo, timer, import, export, week, agenda, plan, new-client, request, tasks, report, review, invoice, invoices, add-ids, forecast, ics, package, task, workflow, slots, contact, checkin, survey, bases, team, approve.\n");
  });

  it("--help prints the usage and exits 0 without a command (or with one that is not a command)", () => {
    for (const argv of [["--help"], ["-h"], ["lg", "--help"]]) {
      const r = run(argv);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout).toContain("Usage: client-desk <command> [options]");
      expect(r.stdout).toContain("Exit codes: 0 done, 1 check found errors, 2 wrong usage, 3");
    }
    const real = spawn(["--help", "--lang", "vi"]);
    expect(real.code).toBe(0);
    expect(real.stdout).toContain("Cách dùng: client-desk <lệnh> [tuỳ chọn]");
  });
});
