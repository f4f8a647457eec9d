// "Set client status" and "Show open onboarding items" on the fake Obsidian.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getNotices } from "../../fake/obsidian";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { PickModal } from "../../../src/ui/pick-modal";
import { NOW, HARBOUR, top, start, pick } from "./lifecycle-app";

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("client status", () => {
  it("moves onboarding → active through processFrontMatter, keeps the body, and lists open intake items", async () => {
    const { app, plugin } = await start();
    await app.commands.run("client-desk:set-client-status");
    await pick("Harbour");
    expect(top<PickModal<string>>().getSuggestions("").map((i) => i.value)).toEqual(["active", "paused", "archived"]);
    await pick("Active");
    await app.settle();
    const text = app.vault.contentOf(HARBOUR);
    expect(readFrontmatter(text).data?.status).toBe("active");
    expect(text.endsWith("---\nMy notes about Harbour.\n")).toBe(true);
    expect(plugin.indexer.index.client("Harbour Goods")?.status).toBe("active");
    expect(getNotices()).toContain("Harbour Goods is now Active.");
    expect(getNotices()).toContain("Harbour Goods: 2 intake items still open:\n• Service agreement signed\n• Deposit paid");
  });

  it("shows the open onboarding items on request", async () => {
    const { app } = await start();
    await app.commands.run("client-desk:onboarding-open-items");
    await pick("Harbour");
    await vi.waitFor(() => expect(getNotices().some((n) => n.startsWith("Harbour Goods: 2 intake items"))).toBe(true));
  });
});
