// "New request" on the fake Obsidian, on a fixed clock: a request filed as a task note, its due
// date read in the client's zone.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { RequestModal } from "../../../src/features/lifecycle/request-modal";
import { NOW, top, start, input, click, errors, pick, type Shown } from "./lifecycle-app";

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("requests and tasks", () => {
  it("files a request as a task note and refuses a due date already past in the client's zone", async () => {
    const { app, plugin } = await start();
    await app.commands.run("client-desk:new-request");
    await pick("Harbour");
    const modal = top<RequestModal & Shown>();
    expect(modal).toBeInstanceOf(RequestModal);
    input(modal, "client-desk-request-title", "Product uploads: batch 3");
    input(modal, "client-desk-request-due", "2026-11-24 13:00");
    expect(errors(modal)).toEqual(["2026-11-24 13:00 has already passed in the client's time zone (Australia/Sydney)."]);
    input(modal, "client-desk-request-due", "2026-11-24");
    input(modal, "client-desk-request-estimate", "1.5");
    expect(errors(modal)).toEqual([]);
    click(modal, "File request");
    await vi.waitFor(() => expect(plugin.indexer.index.tasks("Harbour Goods")).toHaveLength(1));
    const path = "Clients/Harbour Goods/Tasks/Product uploads batch 3.md";
    expect(readFrontmatter(app.vault.contentOf(path)).data).toEqual({
      type: "task",
      title: "Product uploads: batch 3",
      status: "todo",
      due: "2026-11-24",
      urgent: false,
      important: false,
      estimate: 1.5,
      requested: "2026-11-24T14:00+11:00",
    });
    expect(plugin.indexer.index.tasks("Harbour Goods")[0].due).toBe(Date.parse("2026-11-24T13:00:00Z"));
  });
});
