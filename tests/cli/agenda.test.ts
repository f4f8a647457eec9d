// @vitest-environment node
// `client-desk agenda`: the client overview's model (src/core/overview/agenda.ts) on a vault of task notes,
// with a fixed clock through --now; the vault is only read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Agenda } from "../../src/core/overview/agenda";
import { hashTree, parse, removeDir, run, spawn, tempDir, writeTree } from "./helpers";
import { settingsFile } from "../support/vault";

const NOW = "2026-11-25T10:14+07:00";
const fm = (...lines: string[]) => ["---", ...lines, "---", "", "Body.", ""].join("\n");

describe("client-desk agenda", () => {
  let vault: string;
  beforeAll(() => {
    vault = tempDir();
    writeTree(vault, {
      ...settingsFile({ timeZone: "Asia/Ho_Chi_Minh" }),
      "Clients/Harbour Goods/Harbour Goods.md": fm("timezone: Australia/Sydney", "currency: AUD", "rate: 45", 'color: "#2a9d8f"'),
      "Clients/Clara/Clara.md": fm("timezone: Europe/London", "currency: GBP", "rate: 30", "response_hours: 4", "checkin_days: 0"),
      "Clients/Brightloop/Brightloop.md": fm("timezone: America/New_York", "currency: USD", "rate: 40", "status: archived"),
      "Clients/Harbour Goods/Tasks/Refund policy.md": fm("status: doing", "due: 2026-11-27", "urgent: true", "important: true", "kind: email", "estimate: 1.5"),
      "Clients/Harbour Goods/Tasks/Product uploads.md": fm("due: 2026-11-25", "kind: uploads"),
      "Clients/Brightloop/Tasks/Board deck.md": fm("due: 2026-11-20", "important: true"),
      "Clients/Clara/Tasks/Invoice question.md": fm("requested: 2026-11-24T10:00+00:00", "kind: email", "urgent: true"),
      "Clients/Clara/Tasks/Course launch.md": fm("status: done", "completed: 2026-11-20"),
    });
  });
  afterAll(() => removeDir(vault));

  it("--json prints the agenda of --now: every section, with both clocks", () => {
    const before = hashTree(vault);
    const r = run(["agenda", "--vault", vault, "--json", "--now", NOW]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const a = parse<Agenda>(r.stdout);
    expect(a).toMatchObject({ now: NOW, zone: "Asia/Ho_Chi_Minh", today: "2026-11-25", week: "2026-W48" });
    const titles = (list: { title: string }[]) => list.map((x) => x.title);
    expect(titles(a.deadlines.overdue)).toEqual(["Board deck"]);
    expect(titles(a.deadlines.today)).toEqual(["Product uploads"]);
    expect(a.deadlines.week).toEqual([
      expect.objectContaining({
        file: "Clients/Harbour Goods/Tasks/Refund policy.md",
        clientKey: "Harbour Goods",
        color: "#2a9d8f",
        dueText: "2026-11-27",
        dueVa: "2026-11-27 20:00",
        dueClient: "2026-11-27 24:00",
        clientZone: "Australia/Sydney",
      }),
    ]);
    expect({ do: titles(a.matrix.do), schedule: titles(a.matrix.schedule), delegate: titles(a.matrix.delegate), later: titles(a.matrix.later) }).toEqual({
      do: ["Refund policy"],
      schedule: ["Board deck"],
      delegate: ["Invoice question"],
      later: ["Product uploads"],
    });
    expect(a.batches.map((b) => [b.kind, b.tasks.length, b.estimateHours])).toEqual([["email", 2, 1.5], ["uploads", 1, 0], [null, 1, 0]]);
    expect(a.replies.map((x) => [x.title, x.lateMinutes])).toEqual([["Invoice question", 794]]);
    // Archived Brightloop and Clara (no cadence) have no check-ins; none is recorded for Harbour Goods.
    expect(a.checkins.map((c) => [c.clientKey, c.dueDate])).toEqual([["Harbour Goods", null]]);
    expect(a.surveys.map((s) => [s.clientKey, s.taskTitle, s.completed])).toEqual([["Clara", "Course launch", "2026-11-20"]]);
    expect(hashTree(vault)).toEqual(before);
  });

  it("prints sections for people, in English and Vietnamese", () => {
    const r = run(["agenda", "--vault", vault, "--now", NOW]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Client overview: 25 Nov 2026, week 2026-W48, your time zone Asia/Ho_Chi_Minh");
    const after = (heading: string) => lines[lines.indexOf(heading) + 1];
    expect(after("  Overdue")).toMatch(/^ {4}Board deck · Brightloop\s+Due Sat 21 Nov, 12:00 your time · end of Fri 20 Nov in New York$/);
    expect(after("  Do now (Urgent and important)")).toMatch(/^ {4}Refund policy · Harbour Goods\s+Doing\s+Due Fri 27 Nov, 20:00 your time · end of Fri 27 Nov in Sydney$/);
    expect(after("Replies overdue")).toMatch(/^ {2}Invoice question · Clara\s+Answer was due Tue 24 Nov, 21:00 your time \(Tue 24 Nov, 14:00 London\), 13 h 14 min ago$/);
    expect(lines).toContain("  Email: 2 open · 1.5 h estimated · 1 without an estimate");
    expect(after("Feedback surveys due")).toMatch(/^ {2}Clara\s+After “Course launch”, finished 20 Nov 2026$/);

    expect(r.stdout).not.toContain("24:00");
    const vi = run(["agenda", "--vault", vault, "--now", NOW, "--lang", "vi"]);
    expect(vi.code).toBe(0);
    expect(vi.stdout.split("\n")[0]).toBe("Tổng quan khách hàng: 25 thg 11, 2026, tuần 2026-W48, múi giờ của bạn Asia/Ho_Chi_Minh");
    expect(vi.stdout).toContain("  Làm ngay (Khẩn cấp và quan trọng)");
    expect(vi.stdout).toContain("Phản hồi quá hạn");
  });

  it("is listed in --help and runs as the real command", () => {
    expect(run(["--help"]).stdout).toContain("  agenda --vault DIR");
    const r = spawn(["agenda", "--vault", vault, "--json", "--now", NOW]);
    expect(r.code).toBe(0);
    expect(parse<Agenda>(r.stdout).deadlines.overdue.map((t) => t.file)).toEqual(["Clients/Brightloop/Tasks/Board deck.md"]);
  });

  it("refuses an option of another command and a missing vault", () => {
    expect(run(["agenda", "--vault", vault, "--week", "2026-W48"])).toMatchObject({ code: 2, stderr: "client-desk: --week is not an option of agenda.\n" });
    expect(run(["agenda"])).toMatchObject({ code: 2, stderr: "client-desk: --vault is missing.\n" });
  });
});
