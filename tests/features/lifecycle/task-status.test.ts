// The task commands on the fake Obsidian, on a fixed clock: "Set task status" (done dated in the
// client's zone, with the tracked time) and "Start timer for this task", offered on task notes only.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getNotices } from "../../fake/obsidian";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { NOW, HARBOUR, start, pick, openNote } from "./lifecycle-app";

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("requests and tasks", () => {
  it("sets done with completed in the client's zone and says the tracked time; the timer links to the task", async () => {
    const path = "Clients/Harbour Goods/Tasks/Newsletter.md";
    const { app, plugin } = await start({
      [path]: "---\ntitle: Newsletter\nstatus: doing\nestimate: 2\n---\nDraft in Docs.\n",
      "Clients/Harbour Goods/Log/2026-11.md": "- [start:: 2026-11-23T09:00+07:00] [end:: 2026-11-23T10:30+07:00] [task:: [[Newsletter]]] Draft ^cd-aaaaaaaa\n",
    });
    await openNote(app, path);
    expect(app.commands.executeCommandById("client-desk:start-timer-for-task")).toBe(true);
    await plugin.timer.whenIdle();
    expect(app.vault.contentOf("Clients/Harbour Goods/Log/2026-11.md")).toMatch(/\n- \[start:: 2026-11-24T10:00\+07:00\] \[task:: \[\[Newsletter\]\]\] \[device:: [^\]]+\] \^cd-[a-z0-9]{8}\n$/);
    vi.setSystemTime(NOW + 20 * 60_000);
    await plugin.timer.stop();
    await app.settle();

    vi.setSystemTime(Date.parse("2026-11-24T14:00:00Z")); // already Nov 25 in Sydney
    await app.commands.run("client-desk:set-task-status");
    await pick("Done");
    await vi.waitFor(() => expect(readFrontmatter(app.vault.contentOf(path)).data).toMatchObject({ status: "done", completed: "2026-11-25" }));
    expect(app.vault.contentOf(path).endsWith("---\nDraft in Docs.\n")).toBe(true);
    // 1 h 30 min logged before, plus the 20 minutes of the timer started from the task note.
    await vi.waitFor(() => expect(getNotices()).toContain("Newsletter: Done. Tracked 1 h 50 min of 2 h 0 min estimated."));
  });

  it("offers task commands only on a task note", async () => {
    const { app } = await start();
    await openNote(app, HARBOUR);
    expect(app.commands.executeCommandById("client-desk:set-task-status")).toBe(false);
    expect(app.commands.executeCommandById("client-desk:start-timer-for-task")).toBe(false);
    expect(app.commands.executeCommandById("client-desk:advance-workflow-stage")).toBe(false);
  });
});
