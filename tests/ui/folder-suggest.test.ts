// The folder suggester of the settings' folder fields, on the fake vault.
import { describe, expect, it } from "vitest";
import { App } from "../fake/obsidian";
import { typeInSuggest } from "../fake/suggest";
import { FolderSuggest } from "../../src/ui/folder-suggest";

const FILES = {
  "Clients/Acme/Acme.md": "# Acme\n",
  "Work/Agency clients 2026/Brightloop/Brightloop.md": "# Brightloop\n",
  "Planner/2026-W48.md": "",
};

describe("FolderSuggest", () => {
  it("offers the vault's folders matched by any part of their path, and saves the one chosen", async () => {
    const app = new App({ files: FILES });
    const input = document.body.createEl("input");
    const chosen: string[] = [];
    const suggest = new FolderSuggest(app, input, (f) => chosen.push(f));
    expect(await typeInSuggest(suggest, "")).toEqual(["Clients", "Clients/Acme", "Planner", "Work", "Work/Agency clients 2026", "Work/Agency clients 2026/Brightloop"]);
    expect(await typeInSuggest(suggest, "agency")).toEqual(["Work/Agency clients 2026", "Work/Agency clients 2026/Brightloop"]);
    // No match: the list closes (the fake keeps its last items), so ask the suggester itself.
    expect((suggest as unknown as { getSuggestions(q: string): string[] }).getSuggestions("zzz")).toEqual([]);
    suggest.selectSuggestion("Work/Agency clients 2026");
    expect(chosen).toEqual(["Work/Agency clients 2026"]);
    expect(input.value).toBe("Work/Agency clients 2026");
    expect(input.title).toBe("Work/Agency clients 2026");
  });
});
