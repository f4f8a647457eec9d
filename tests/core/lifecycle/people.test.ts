// People notes (docs/team.md): each field read or reported with its file and line, never guessed.
import { describe, expect, it } from "vitest";
import { parsePerson, billRateFor } from "../../../src/core/lifecycle/people";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { VaultIndex } from "../../../src/core/index/vault-index";

const read = (path: string, text: string, legacy = false) => {
  const fm = readFrontmatter(text);
  return parsePerson({ path, data: fm.data, fieldLines: fm.fieldLines }, "USD", legacy);
};

describe("a people note", () => {
  it("reads every field", () => {
    const { person, diagnostics } = read(
      "Team/ana.md",
      "---\nname: Ana Lima\nrole: member\ntimezone: Europe/Lisbon\nworking_hours: 09:00-17:00\nworking_days: [mon, tue]\ncost_rate: 20.5\ncost_currency: EUR\nbill_rates:\n  - \"Harbour Goods = 50\"\n  - \"[[Clara]]: 35\"\nemail: ana@example.com\n---\n",
    );
    expect(diagnostics).toEqual([]);
    expect(person).toMatchObject({ key: "ana", name: "Ana Lima", role: "member", timezone: "Europe/Lisbon", workingHours: { start: 540, end: 1020 }, workingDays: ["mon", "tue"], costRate: 2050, currency: "EUR", email: "ana@example.com", legacy: false });
    expect(billRateFor(person!, { key: "Harbour Goods", name: "Harbour Goods" })).toBe("50");
    expect(billRateFor(person!, { key: "Clara", name: "Clara W" })).toBe("35");
    expect(billRateFor(person!, { key: "Other", name: "Other" })).toBeNull();
  });

  it("is no person without a role; a bad role or field is reported with its line", () => {
    expect(read("Team/README.md", "---\ntitle: About the team\n---\n")).toEqual({ person: null, diagnostics: [] });
    const bad = read("Team/bo.md", "---\nrole: boss\ncost_rate: -3\ntimezone: Mars/Base\nbill_rates: [Harbour]\n---\n");
    expect(bad.person).toBeNull();
    expect(bad.diagnostics.map((d) => [d.code, d.field, d.line])).toEqual([
      ["field-value", "role", 2],
      ["money-negative", "cost_rate", 3],
      ["timezone-unknown", "timezone", 4],
      ["field-value", "bill_rates", 5],
    ]);
  });

  it("reads a subcontractor note as a person with the role subcontractor", () => {
    const { person } = read("Client Desk/Subcontractors/Bo.md", "---\nname: Bo\nrate: 15\ncurrency: GBP\n---\n", true);
    expect(person).toMatchObject({ key: "Bo", role: "subcontractor", costRate: 1500, currency: "GBP", legacy: true });
  });
});

describe("the team in the index", () => {
  const index = () => new VaultIndex({ clientsRoot: "Clients", plannerFolder: "Planner", teamFolder: "Team", subcontractorsFolder: "Subs", timezone: "Asia/Ho_Chi_Minh", currency: "USD" });

  it("a team note wins over a subcontractor note of the same key; subcontractor notes alone are no team", () => {
    const ix = index();
    ix.setFile("Subs/bo.md", "---\nrate: 10\n---\n");
    expect(ix.team.active()).toBe(false);
    expect(ix.team.find("bo")?.legacy).toBe(true);
    ix.setFile("Team/bo.md", "---\nrole: member\ncost_rate: 12\n---\n");
    expect(ix.team.active()).toBe(true);
    expect(ix.team.find("bo")).toMatchObject({ legacy: false, costRate: 1200 });
    expect(ix.diagnostics()).toEqual([]);
  });

  it("a person whose log notes would read as a sync copy is refused", () => {
    const ix = index();
    ix.setFile("Team/ana 2.md", "---\nrole: member\n---\n");
    expect(ix.team.find("ana 2")).toBeNull();
    expect(ix.diagnostics().map((d) => [d.code, d.file])).toEqual([["person-name-unsafe", "Team/ana 2.md"]]);
  });
});
