// Contact logs and check-ins: the line format written and read, the index's last check-in and
// survey (one file at a time), and when a check-in falls due on a fixed clock in the client's zone.
import { describe, expect, it } from "vitest";
import { appendContact, checkinDue, contactLine, parseContacts } from "../../../src/core/lifecycle/communication";
import { classifyPath } from "../../../src/core/shared/paths";
import { testIndex } from "../../support/vault";

const LAYOUT = { clientsRoot: "Clients", plannerFolder: "Planner" };

describe("contact lines", () => {
  it("writes the instant with my offset, the channel, the direction and a one-line summary", () => {
    const line = contactLine({ at: Date.parse("2026-11-24T03:15:40Z"), zone: "Asia/Ho_Chi_Minh", channel: "email", direction: "in", summary: "Asked for [[the]] May\ninvoice" });
    expect(line).toBe("- [at:: 2026-11-24T10:15+07:00] [channel:: email] [direction:: in] Asked for ((the)) May invoice");
    const { contacts, diagnostics } = parseContacts("C.md", `# Log\n${line}\n`);
    expect(diagnostics).toEqual([]);
    expect(contacts).toEqual([{ file: "C.md", line: 2, at: Date.parse("2026-11-24T03:15:00Z"), channel: "email", direction: "in", summary: "Asked for ((the)) May invoice" }]);
  });

  it("reports a contact line it cannot read, naming the line and the field, and keeps others", () => {
    const text = "- [at:: yesterday] [channel:: Slack] [direction:: in] x\n- [at:: 2026-11-24T10:15+07:00] [channel:: Slack] [direction:: sideways] y\n- a note of mine\n- [at:: 2026-11-24T11:00+07:00] [direction:: out] [channel:: Zalo]\n";
    const { contacts, diagnostics } = parseContacts("C.md", text);
    expect(diagnostics.map((d) => [d.line, d.field])).toEqual([[1, "at"], [2, "direction"]]);
    expect(contacts.map((c) => [c.line, c.channel, c.direction, c.summary])).toEqual([[4, "Zalo", "out", ""]]);
  });

  it("appends keeping every byte, the line ending of the note, and a missing final newline", () => {
    expect(appendContact("a\r\nb", "- x")).toBe("a\r\nb\r\n- x\r\n");
    expect(appendContact("a\n", "- x")).toBe("a\n- x\n");
    expect(appendContact("", "- x")).toBe("- x\n");
  });
});

describe("the index", () => {
  it("classifies check-in, feedback and communication notes of a client folder", () => {
    expect(classifyPath("Clients/Acme/Check-ins/2026-11-24.md", LAYOUT)).toEqual({ kind: "checkin", key: "Acme", date: "2026-11-24" });
    expect(classifyPath("Clients/Acme/Feedback/2026-11-24 after launch.md", LAYOUT)).toEqual({ kind: "survey", key: "Acme", date: "2026-11-24" });
    expect(classifyPath("Clients/Acme/Communication.md", LAYOUT)).toEqual({ kind: "contacts", key: "Acme" });
    expect(classifyPath("Clients/Acme/Check-ins/notes.md", LAYOUT)).toEqual({ kind: "other" });
    expect(classifyPath("Clients/Acme/Check-ins/old/2026-01-01.md", LAYOUT)).toEqual({ kind: "other" });
  });

  it("answers lastCheckin, lastSurvey and contacts per client, updated one file at a time", () => {
    const index = testIndex([], { homeCurrency: "VND" });
    expect(index.lastCheckin("Acme")).toBeNull();
    index.setFile("Clients/Acme/Check-ins/2026-10-01.md", "x");
    index.setFile("Clients/Acme/Check-ins/2026-11-02.md", "x");
    index.setFile("Clients/Acme/Feedback/2026-09-30.md", "x");
    index.setFile("Clients/Other/Check-ins/2026-11-20.md", "x");
    expect(index.lastCheckin("Acme")).toBe("2026-11-02");
    expect(index.lastSurvey("Acme")).toBe("2026-09-30");
    expect(index.lastSurvey("Other")).toBeNull();
    index.removeFile("Clients/Acme/Check-ins/2026-11-02.md");
    expect(index.lastCheckin("Acme")).toBe("2026-10-01");
    index.renameFile("Clients/Acme/Check-ins/2026-10-01.md", "Clients/Acme/Check-ins/2026-11-05.md", "x");
    expect(index.lastCheckin("Acme")).toBe("2026-11-05");

    const v = index.version;
    index.setFile("Clients/Acme/Communication.md", "- [at:: 2026-11-24T11:00+07:00] [channel:: email] [direction:: out] b\n- [at:: 2026-11-24T10:00+07:00] [channel:: email] [direction:: in] a\n- [at:: nope] [channel:: x] [direction:: in]\n");
    expect(index.version).toBeGreaterThan(v);
    expect(index.contacts("Acme").map((c) => c.summary)).toEqual(["a", "b"]);
    expect(index.contacts("Other")).toEqual([]);
    expect(index.diagnostics().map((d) => `${d.file}:${d.line} ${d.field}`)).toEqual(["Clients/Acme/Communication.md:3 at"]);
    index.removeFile("Clients/Acme/Communication.md");
    expect(index.contacts("Acme")).toEqual([]);
  });

  it("skips a client folder whose name is unsafe", () => {
    const index = testIndex([], { timeZone: "UTC" });
    index.setFile("Clients/a:b/Check-ins/2026-11-02.md", "x");
    expect(index.lastCheckin("a:b")).toBeNull();
  });
});

describe("checkinDue", () => {
  const sydney = { checkinDays: 30, timezone: "Australia/Sydney", status: "active" as const };

  it("falls due checkin_days after the last check-in, counted in the client's days", () => {
    // 2026-11-30T12:59Z is 23:59 on Nov 30 in Sydney; 13:00Z is Dec 1 there.
    expect(checkinDue(sydney, "2026-11-01", Date.parse("2026-11-30T12:59:00Z"))).toEqual({ due: false, dueDate: "2026-12-01", daysOver: 0 });
    expect(checkinDue(sydney, "2026-11-01", Date.parse("2026-11-30T13:00:00Z"))).toEqual({ due: true, dueDate: "2026-12-01", daysOver: 0 });
    expect(checkinDue(sydney, "2026-11-01", Date.parse("2026-12-04T02:00:00Z"))).toEqual({ due: true, dueDate: "2026-12-01", daysOver: 3 });
  });

  it("counts calendar days across a DST switch (Sydney, 2026-10-04)", () => {
    expect(checkinDue({ ...sydney, checkinDays: 7 }, "2026-09-30", Date.parse("2026-10-06T13:00:00Z"))).toEqual({ due: true, dueDate: "2026-10-07", daysOver: 0 });
    expect(checkinDue({ ...sydney, checkinDays: 7 }, "2026-09-30", Date.parse("2026-10-06T12:59:00Z")).due).toBe(false);
  });

  it("is due at once without a check-in, and never without a cadence or for a paused client", () => {
    expect(checkinDue(sydney, null, 0)).toEqual({ due: true, dueDate: null, daysOver: 0 });
    expect(checkinDue({ ...sydney, checkinDays: 0 }, null, 0).due).toBe(false);
    expect(checkinDue({ ...sydney, status: "paused" }, "2020-01-01", Date.now()).due).toBe(false);
    expect(checkinDue({ ...sydney, status: "lead" }, null, 0).due).toBe(false);
  });
});
