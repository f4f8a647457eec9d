// @vitest-environment node
// The team in the CLI (docs/team.md): --as, own log notes and timers, approval, billing only what
// was approved, roles, and each item of the bad input. The clock is pinned with --now.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { InvoiceJson } from "../../src/cli/commands/invoice";
import type { TeamJson } from "../../src/cli/commands/team";
import type { ApproveJson } from "../../src/cli/commands/approve";
import type { ReviewModel } from "../../src/core/reports/review";
import { hashTree, parse, removeDir, run, tempDir, writeTree } from "./helpers";
import { clientNotePath, CLIENTS, note, settingsFile } from "../support/vault";

const PEOPLE = {
  "Team/linh.md": note(["name: Linh Nguyen", "role: owner", "timezone: Asia/Ho_Chi_Minh", "cost_rate: 0"]),
  "Team/ana.md": note(["name: Ana Lima", "role: member", "timezone: Europe/Lisbon", "cost_rate: 20", "cost_currency: USD", "bill_rates: [\"Harbour Goods = 50\"]"]),
  "Team/bo.md": note(["name: Bo", "role: subcontractor", "cost_rate: 15"]),
};

let vault: string;
beforeEach(() => {
  vault = tempDir();
  writeTree(vault, {
    ...settingsFile({ timeZone: "Asia/Ho_Chi_Minh", businessName: "Linh Nguyen" }),
    [clientNotePath("Harbour Goods")]: note([...CLIENTS.harbour]),
    "Clients/Harbour Goods/Log/2026-11.md": "- [start:: 2026-11-02T09:00+07:00] [end:: 2026-11-02T10:00+07:00] Linh's hour ^cd-linh0001\n",
    ...PEOPLE,
  });
});
afterEach(() => removeDir(vault));

const V = () => ["--vault", vault];
const json = <T>(argv: string[]): T => {
  const r = run([...argv, "--json"]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return parse<T>(r.stdout);
};
const invoiced = () => json<InvoiceJson>(["invoice", ...V(), "--client", "Harbour Goods", "--month", "2026-11", "--dry-run", "--now", "2026-12-01T10:00+07:00"]).invoice?.entries ?? [];

describe("client-desk --as, timers and log notes of one's own", () => {
  it("writes each person's time to their own log note; timers are per person", () => {
    const a = run(["timer", "start", ...V(), "--as", "ana", "--client", "Harbour Goods", "--now", "2026-11-03T09:00+07:00"]);
    expect(a.code).toBe(0);
    const linh = run(["timer", "start", ...V(), "--client", "Harbour Goods", "--task", "Payroll", "--now", "2026-11-03T09:30+07:00"]);
    expect(linh.code).toBe(0);
    // Linh's start stopped nothing of Ana's: Ana's line is still running in her own note.
    const anaNote = readFileSync(join(vault, "Clients/Harbour Goods/Log/2026-11 ana.md"), "utf8");
    expect(anaNote).toMatch(/\[start:: 2026-11-03T09:00\+07:00\] \[device:: [^\]]+\] \^cd-/);
    expect(anaNote).not.toContain("[end::");
    // Each person's status shows their own timer only.
    const status = (as: string[]) => json<{ running: { entry: { file: string } }[] }>(["timer", "status", ...V(), ...as, "--now", "2026-11-03T10:00+07:00"]).running.map((r) => r.entry.file);
    expect(status(["--as", "ana"])).toEqual(["Clients/Harbour Goods/Log/2026-11 ana.md"]);
    expect(status([])).toEqual(["Clients/Harbour Goods/Log/2026-11.md"]);
    const stop = run(["timer", "stop", ...V(), "--as", "Ana Lima", "--now", "2026-11-03T11:00+07:00"]);
    expect(stop.code).toBe(0);
    expect(readFileSync(join(vault, "Clients/Harbour Goods/Log/2026-11 ana.md"), "utf8")).toContain("[end:: 2026-11-03T11:00+07:00]");
    expect(readFileSync(join(vault, "Clients/Harbour Goods/Log/2026-11.md"), "utf8")).not.toContain("[end:: 2026-11-03");
    const log = run(["log", ...V(), "--client", "Harbour Goods", "--start", "2026-11-04 09:00", "--end", "2026-11-04 10:00", "--now", "2026-11-04T12:00+07:00"], vault);
    expect(log.code).toBe(0);
    const env = run(["log", ...V(), "--client", "Harbour Goods", "--start", "2026-11-04 09:00", "--end", "2026-11-04 10:00", "--now", "2026-11-04T12:00+07:00", "--as", "bo"]);
    expect(env.code).toBe(0);
    expect(readFileSync(join(vault, "Clients/Harbour Goods/Log/2026-11 bo.md"), "utf8")).toContain("[end:: 2026-11-04T10:00+07:00]");
  });

  it("--as naming nobody is refused with the people's names, nothing written", () => {
    const before = hashTree(vault);
    const r = run(["timer", "start", ...V(), "--as", "zed", "--client", "Harbour Goods", "--now", "2026-11-03T09:00+07:00"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("client-desk: --as “zed” names nobody in Team (people: ana, bo, linh).\n");
    expect(hashTree(vault)).toEqual(before);
  });

  it("a member's --as cannot invoice, record payments or make clients", () => {
    const before = hashTree(vault);
    for (const argv of [
      ["invoice", ...V(), "--client", "Harbour Goods", "--as", "ana"],
      ["invoice", "pay", "INV-1", ...V(), "--amount", "10", "--as", "bo"],
      ["new-client", ...V(), "--name", "Other", "--as", "ana"],
    ]) {
      const r = run(argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is a (member|subcontractor): invoices, payments and clients' billing are the owner's/);
    }
    expect(hashTree(vault)).toEqual(before);
  });
});

describe("client-desk approve and billing", () => {
  beforeEach(() => {
    writeTree(vault, {
      "Clients/Harbour Goods/Log/2026-11 ana.md": [
        "- [start:: 2026-11-03T09:00+07:00] [end:: 2026-11-03T11:00+07:00] Ana's work ^cd-ana00001",
        "- [start:: 2026-11-10T09:00+07:00] [end:: 2026-11-10T10:00+07:00] Next week ^cd-ana00002",
        "",
      ].join("\n"),
    });
  });

  it("bills another person's time only once their week is approved; an entry changed later is reported and not billed", () => {
    expect(invoiced()).toEqual(["cd-linh0001"]);
    const team = json<TeamJson>(["team", ...V(), "--week", "2026-W45", "--now", "2026-11-12T10:00+07:00"]);
    expect(team.as).toBe("linh");
    expect(team.people.map((p) => [p.key, p.role, p.weekSeconds, p.unapprovedSeconds])).toEqual([
      ["ana", "member", 7200, 7200],
      ["bo", "subcontractor", 0, 0],
      ["linh", "owner", 3600, 0],
    ]);
    expect(team.due).toEqual([
      { person: "ana", week: "2026-W45", entries: 1, seconds: 7200, running: false, changed: 0 },
      { person: "ana", week: "2026-W46", entries: 1, seconds: 3600, running: false, changed: 0 },
    ]);

    const ok = json<ApproveJson>(["approve", ...V(), "--person", "ana", "--week", "2026-W45", "--now", "2026-11-12T10:00+07:00"]);
    expect(ok).toMatchObject({ written: true, file: "Team/Approvals/2026-W45 ana.md", person: "ana", seconds: 7200 });
    expect(ok.entries.map((e) => e.id)).toEqual(["cd-ana00001"]);
    expect(invoiced()).toEqual(["cd-linh0001", "cd-ana00001"]);
    // Ana's hours bill at her rate for this client (50), Linh's at the client's (45).
    const lines = () => json<InvoiceJson>(["invoice", ...V(), "--client", "Harbour Goods", "--month", "2026-11", "--dry-run", "--now", "2026-12-01T10:00+07:00"]).invoice?.lines ?? [];
    expect(lines().map((l) => [l.text, l.unitPrice, l.minutes, l.amount])).toEqual([
      ["", 4500, 60, 4500],
      ["", 5000, 120, 10000],
    ]);
    // Lines by person, a client setting: the person's name leads their line.
    const client = join(vault, "Clients/Harbour Goods/Harbour Goods.md");
    writeFileSync(client, readFileSync(client, "utf8").replace("rate: 45", "rate: 45\ninvoice_by_person: true"));
    expect(lines().map((l) => [l.text, l.unitPrice])).toEqual([
      ["", 4500],
      ["Ana Lima", 5000],
    ]);

    // Ana edits her approved entry afterwards: reported, and no longer billed.
    const file = join(vault, "Clients/Harbour Goods/Log/2026-11 ana.md");
    writeFileSync(file, readFileSync(file, "utf8").replace("2026-11-03T11:00+07:00", "2026-11-03T12:00+07:00"));
    const check = run(["check", ...V()]);
    expect(check.stdout).toContain("Entry cd-ana00001 changed after its week 2026-W45 was approved");
    expect(invoiced()).toEqual(["cd-linh0001"]);
  });

  it("refuses to approve a week with a running timer, a non-owner's approval, an owner's week and an unknown person", () => {
    run(["timer", "start", ...V(), "--as", "ana", "--client", "Harbour Goods", "--now", "2026-11-04T09:00+07:00"]);
    const before = hashTree(vault);
    const r = run(["approve", ...V(), "--person", "ana", "--week", "2026-W45", "--now", "2026-11-04T10:00+07:00"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^client-desk: Ana Lima has 1 timer running in 2026-W45 \(cd-[a-z0-9]+\): stop the timer before approving the week\.\n$/);
    expect(run(["approve", ...V(), "--person", "ana", "--week", "2026-W46", "--as", "bo"]).stderr).toContain("Only the owner approves time");
    expect(run(["approve", ...V(), "--person", "linh", "--week", "2026-W45"]).stderr).toContain("an owner's time needs no approval");
    expect(run(["approve", ...V(), "--person", "zed", "--week", "2026-W45"]).stderr).toContain("--person “zed” names nobody");
    expect(run(["approve", ...V(), "--person", "ana", "--week", "2026-48"]).stderr).toContain("--week needs an ISO week");
    expect(hashTree(vault)).toEqual(before);
    // With no owner note and no --as, nobody is known to approve: said how to fix it.
    rmSync(join(vault, "Team/linh.md"));
    const who = run(["approve", ...V(), "--person", "ana", "--week", "2026-W46"]);
    expect(who.code).toBe(2);
    expect(who.stderr).toBe("client-desk: Only the owner approves time, and no owner is known: add a people note with role: owner to Team, or give --as with the owner's name.\n");
  });

  it("an entry whose person is unknown, and a person deleted while their timer runs: reported, never billed", () => {
    writeTree(vault, { "Clients/Harbour Goods/Log/2026-11 zed.md": "- [start:: 2026-11-05T09:00+07:00] [end:: 2026-11-05T10:00+07:00] Who? ^cd-zed00001\n" });
    run(["timer", "start", ...V(), "--as", "bo", "--client", "Harbour Goods", "--now", "2026-11-05T09:00+07:00"]);
    rmSync(join(vault, "Team/bo.md"));
    const check = run(["check", ...V()]);
    expect(check.stdout).toContain("This log note belongs to “zed”, who has no person note in the team folder");
    expect(check.stdout).toContain("This log note belongs to “bo”, who has no person note in the team folder");
    // Nothing is lost: both notes are still there as written.
    expect(readFileSync(join(vault, "Clients/Harbour Goods/Log/2026-11 zed.md"), "utf8")).toContain("^cd-zed00001");
    expect(existsSync(join(vault, "Clients/Harbour Goods/Log/2026-11 bo.md"))).toBe(true);
    expect(invoiced()).toEqual(["cd-linh0001"]);
  });

  it("two people notes with one name: an error naming both, and the name alone finds nobody", () => {
    writeTree(vault, { "Team/ana2.md": note(["name: Ana Lima", "role: member"]) });
    const check = run(["check", ...V()]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("Two people notes are named “Ana Lima”");
    expect(run(["team", ...V(), "--as", "Ana Lima"]).code).toBe(2);
    expect(run(["team", ...V(), "--as", "ana"]).code).toBe(0);
  });
});

describe("client-desk review with a team", () => {
  it("shows per person hours, cost and billed, and per client the margin, in the home currency", () => {
    writeTree(vault, {
      ...settingsFile({ timeZone: "Asia/Ho_Chi_Minh", conversionRates: ["AUD=0.65 USD since 2026-01-01"] }),
      "Clients/Harbour Goods/Log/2026-11 ana.md": "- [start:: 2026-11-03T09:00+07:00] [end:: 2026-11-03T11:00+07:00] Ana ^cd-ana00001\n",
      "Clients/Harbour Goods/Log/2026-11 bo.md": "- [start:: 2026-11-04T09:00+07:00] [end:: 2026-11-04T10:00+07:00] Bo ^cd-bo000001\n",
    });
    run(["approve", ...V(), "--person", "ana", "--week", "2026-W45", "--now", "2026-11-09T10:00+07:00"]);
    const r = json<{ review: ReviewModel }>(["review", ...V(), "--week", "2026-W45", "--dry-run", "--now", "2026-11-09T10:00+07:00"]);
    const team = r.review.team!;
    expect(team.people.map((p) => [p.key, p.ms / 3_600_000, p.unapprovedMs / 3_600_000, p.costHome, p.billedHome])).toEqual([
      // Ana: 2 h at her cost of 20 USD, billed at her rate of 50 AUD (65.00 USD).
      ["ana", 2, 0, 4000, 6500],
      // Bo's hour is not approved: cost known, nothing billed.
      ["bo", 1, 1, 1500, 0],
      // Linh: 1 h at 45 AUD, her cost rate 0.
      ["linh", 1, 0, 0, 2925],
    ]);
    expect(team.clients).toEqual([{ key: "Harbour Goods", name: "Harbour Goods", billedHome: 9425, costHome: 5500, marginHome: 3925 }]);
  });
});

describe("client-desk agenda --person", () => {
  it("shows one person's tasks: assigned to them, or for the owner also nobody's", () => {
    writeTree(vault, {
      "Clients/Harbour Goods/Tasks/Banner.md": note(["type: task", "due: 2026-11-27", 'assignee: "[[ana]]"']),
      "Clients/Harbour Goods/Tasks/Refunds.md": note(["type: task", "due: 2026-11-27"]),
      "Clients/Harbour Goods/Tasks/Photos.md": note(["type: task", "due: 2026-11-27", "assignee: Bo"]),
    });
    const titles = (as: string[]) =>
      Object.values(json<{ deadlines: Record<string, { title: string }[]> }>(["agenda", ...V(), ...as, "--now", "2026-11-25T10:00+07:00"]).deadlines)
        .flat()
        .map((d) => d.title)
        .sort();
    expect(titles([])).toEqual(["Banner", "Photos", "Refunds"]);
    expect(titles(["--person", "Ana Lima"])).toEqual(["Banner"]);
    expect(titles(["--person", "bo"])).toEqual(["Photos"]);
    expect(titles(["--person", "linh"])).toEqual(["Refunds"]);
    expect(run(["agenda", ...V(), "--person", "zed"]).code).toBe(2);
  });
});

describe("a VA alone", () => {
  it("with no people notes --as is refused, and team says so", () => {
    for (const f of Object.keys(PEOPLE)) rmSync(join(vault, f));
    expect(run(["team", ...V()]).stdout).toBe("No people notes in Team: you work alone, and nothing needs approval.\n");
    expect(run(["team", ...V(), "--as", "ana"]).stderr).toBe("client-desk: --as “ana”: this vault has no people notes in Team.\n");
  });
});

describe("the demo vault's team", () => {
  it("has Linh and a subcontractor with tracked time, last week approved and this week not", () => {
    const dir = tempDir();
    try {
      expect(run(["demo", join(dir, "v"), "--now", "2026-11-25T10:14+07:00"]).code).toBe(0);
      const team = json<TeamJson>(["team", "--vault", join(dir, "v"), "--now", "2026-11-25T10:14+07:00"]);
      // Ana Reyes is the demo's subcontractor note (Client Desk/Subcontractors), read as a person.
      expect(team.people.map((p) => [p.key, p.role, p.unapprovedSeconds > 0])).toEqual([
        ["Ana Reyes", "subcontractor", false],
        ["linh", "owner", false],
        ["minh", "subcontractor", true],
      ]);
      expect(team.due.map((d) => d.week)).toEqual(["2026-W48"]);
      expect(existsSync(join(dir, "v", "Team/Approvals/2026-W47 minh.md"))).toBe(true);
    } finally {
      removeDir(dir);
    }
  });
});
