import { describe, expect, it } from "vitest";
import {
  classifyPath,
  clientFolderPath,
  clientNotePath,
  logNotePath,
  planNotePath,
  type PathKind,
} from "../../../src/core/shared/paths";

const LAYOUT = { clientsRoot: "Clients", plannerFolder: "Planner" };

describe("classifyPath", () => {
  it.each<[string, PathKind]>([
    ["Clients/Harbour Goods/Harbour Goods.md", { kind: "client-note", key: "Harbour Goods" }],
    ["Clients/Harbour Goods/Log/2026-11.md", { kind: "log", key: "Harbour Goods", month: "2026-11" }],
    ["Planner/2026-W48.md", { kind: "plan", week: "2026-W48" }],
    ["Clients/Harbour Goods/Other.md", { kind: "other" }],
    ["Clients/Harbour Goods/Harbour Goods.canvas", { kind: "other" }],
    ["Clients/Harbour Goods.md", { kind: "other" }],
    ["Clients/A/B/B.md", { kind: "other" }],
    ["Clients/Harbour Goods/Log/November.md", { kind: "other" }],
    ["Clients/Harbour Goods/Log/2026-11.md.bak", { kind: "other" }],
    ["Clients/Harbour Goods/Logs/2026-11.md", { kind: "other" }],
    ["Clients/Harbour Goods/Log/Sub/2026-11.md", { kind: "other" }],
    ["Clients/Harbour Goods/Invoices/INV-2026-0007.md", { kind: "invoice", key: "Harbour Goods" }],
    ["Clients/Harbour Goods/Invoices/Reminders/INV-2026-0007 reminder.md", { kind: "other" }],
    ["Clients/Harbour Goods/Invoices/.md", { kind: "other" }],
    ["Planner/Template.md", { kind: "other" }],
    ["Planner/Old/2026-W48.md", { kind: "other" }],
    // A person's own plan note by its name; the index reads it only when "copy" is on the team (plan-person.test.ts).
    ["Planner/2026-W48 copy.md", { kind: "plan", week: "2026-W48", person: "copy" }],
    ["Other/Harbour Goods/Harbour Goods.md", { kind: "other" }],
    ["clients/Harbour Goods/Harbour Goods.md", { kind: "other" }],
    ["2026-W48.md", { kind: "other" }],
  ])("%s", (path, kind) => {
    expect(classifyPath(path, LAYOUT)).toEqual(kind);
  });

  it("nested roots and stray slashes in the settings", () => {
    const layout = { clientsRoot: "/Work/Clients/", plannerFolder: "Work/Planner/" };
    expect(classifyPath("Work/Clients/A/A.md", layout)).toEqual({ kind: "client-note", key: "A" });
    expect(classifyPath("Work/Clients/A/Log/2026-01.md", layout)).toEqual({ kind: "log", key: "A", month: "2026-01" });
    expect(classifyPath("Work/Planner/2027-W01.md", layout)).toEqual({ kind: "plan", week: "2027-W01" });
    expect(classifyPath("Clients/A/A.md", layout)).toEqual({ kind: "other" });
  });

  it("an empty clients root means folders at the vault root", () => {
    const layout = { clientsRoot: "", plannerFolder: "Planner" };
    expect(classifyPath("A/A.md", layout)).toEqual({ kind: "client-note", key: "A" });
    expect(classifyPath("A/Log/2026-11.md", layout)).toEqual({ kind: "log", key: "A", month: "2026-11" });
  });
});

describe("path builders", () => {
  it("build the paths classifyPath reads back", () => {
    expect(clientFolderPath(LAYOUT, "Harbour Goods")).toBe("Clients/Harbour Goods");
    expect(clientNotePath(LAYOUT, "Harbour Goods")).toBe("Clients/Harbour Goods/Harbour Goods.md");
    expect(logNotePath(LAYOUT, "Harbour Goods", "2026-11")).toBe("Clients/Harbour Goods/Log/2026-11.md");
    expect(planNotePath(LAYOUT, "2026-W48")).toBe("Planner/2026-W48.md");
    expect(classifyPath(clientNotePath(LAYOUT, "A B"), LAYOUT)).toEqual({ kind: "client-note", key: "A B" });
    expect(classifyPath(logNotePath(LAYOUT, "A B", "2027-01"), LAYOUT)).toEqual({ kind: "log", key: "A B", month: "2027-01" });
    expect(classifyPath(planNotePath(LAYOUT, "2027-W01"), LAYOUT)).toEqual({ kind: "plan", week: "2027-W01" });
  });

  it("trim slashes of the settings", () => {
    const layout = { clientsRoot: "/Clients/", plannerFolder: "/" };
    expect(clientNotePath(layout, "A")).toBe("Clients/A/A.md");
    expect(planNotePath(layout, "2026-W48")).toBe("2026-W48.md");
  });
});
