// Team paths (docs/team.md): a person's own log notes, their sync-conflict copies, people notes and
// approval notes; none of it changes what the plain log notes are.
import { describe, expect, it } from "vitest";
import { approvalNotePath, classifyPath, personLogPath, personOfLog } from "../../../src/core/shared/paths";

const LAYOUT = { clientsRoot: "Clients", plannerFolder: "Planner", teamFolder: "Team", subcontractorsFolder: "Client Desk/Subcontractors" };

describe("a person's own log notes", () => {
  it.each([
    ["Clients/A/Log/2026-11.md", { kind: "log", key: "A", month: "2026-11" }],
    ["Clients/A/Log/2026-11 ana.md", { kind: "log", key: "A", month: "2026-11", person: "ana" }],
    ["Clients/A/Log/2026-11 Ana Lima.md", { kind: "log", key: "A", month: "2026-11", person: "Ana Lima" }],
    // Copies sync services make of a person's note are copies of that note, never another person.
    ["Clients/A/Log/2026-11 ana (conflicted copy 2026-11-27).md", { kind: "log-copy", key: "A", month: "2026-11", tool: "conflicted-copy", person: "ana" }],
    ["Clients/A/Log/2026-11 ana.sync-conflict-20261127-123456-ABCDEFG.md", { kind: "log-copy", key: "A", month: "2026-11", tool: "syncthing", person: "ana" }],
    ["Clients/A/Log/2026-11 ana 2.md", { kind: "log-copy", key: "A", month: "2026-11", tool: "numbered", person: "ana" }],
    ["Clients/A/Log/2026-11 ana-LAPTOP.md", { kind: "log-copy", key: "A", month: "2026-11", tool: "onedrive", person: "ana" }],
    // The plain note's copies stay what they were.
    ["Clients/A/Log/2026-11 2.md", { kind: "log-copy", key: "A", month: "2026-11", tool: "numbered" }],
    ["Clients/A/Log/2026-11 (conflicted copy).md", { kind: "log-copy", key: "A", month: "2026-11", tool: "conflicted-copy" }],
    ["Clients/A/Log/2026-11  ana.md", { kind: "other" }],
  ])("%s", (path, kind) => {
    expect(classifyPath(path, LAYOUT)).toEqual(kind);
  });

  it("writes and reads back whose a note is", () => {
    expect(personLogPath(LAYOUT, "A", "2026-11", "ana")).toBe("Clients/A/Log/2026-11 ana.md");
    expect(personLogPath(LAYOUT, "A", "2026-11", null)).toBe("Clients/A/Log/2026-11.md");
    expect(personOfLog("Clients/A/Log/2026-11 ana.md")).toBe("ana");
    expect(personOfLog("Clients/A/Log/2026-11.md")).toBeNull();
  });
});

describe("team notes", () => {
  it("are people notes, subcontractor notes and approvals, only where the settings say", () => {
    expect(classifyPath("Team/ana.md", LAYOUT)).toEqual({ kind: "person", key: "ana", legacy: false });
    expect(classifyPath("Client Desk/Subcontractors/Bo.md", LAYOUT)).toEqual({ kind: "person", key: "Bo", legacy: true });
    expect(classifyPath(approvalNotePath("Team", "2026-W48", "ana"), LAYOUT)).toEqual({ kind: "approval", week: "2026-W48", person: "ana" });
    expect(classifyPath("Team/Approvals/notes.md", LAYOUT)).toEqual({ kind: "other" });
    expect(classifyPath("Team/ana.md", { clientsRoot: "Clients", plannerFolder: "Planner" })).toEqual({ kind: "other" });
  });
});
