// Workflows on the fake Obsidian, on a fixed clock: the example workflow started, advanced, and done
// refused until the quality review is recorded.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getNotices } from "../../fake/obsidian";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { RequestModal } from "../../../src/features/lifecycle/request-modal";
import { NOW, top, start, input, click, pick, openNote, type Shown } from "./lifecycle-app";

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("workflows", () => {
  it("starts the example workflow with its checklist, advances, and refuses done until the review is recorded", async () => {
    const { app, plugin } = await start();
    await app.commands.run("client-desk:start-workflow");
    expect(app.vault.contentOf("Client Desk/Workflows/Social media content.md")).toContain("review: true");
    await pick("Harbour");
    await pick("Social");
    const modal = top<RequestModal & Shown>();
    expect(modal.titleEl.textContent).toBe("Start Social media content for Harbour Goods");
    input(modal, "client-desk-request-title", "December posts");
    click(modal, "File request");
    const path = "Clients/Harbour Goods/Tasks/December posts.md";
    await vi.waitFor(() => expect(app.vault.contentOf(path)).toBeTruthy());
    const text = app.vault.contentOf(path);
    expect(readFrontmatter(text).data).toMatchObject({ workflow: "[[Social media content]]", stage: "Request", kind: "social" });
    expect(text).toContain("## Creation\n- [ ] Write the caption\n");
    await openNote(app, path);

    await app.commands.run("client-desk:advance-workflow-stage");
    await vi.waitFor(() => expect(readFrontmatter(app.vault.contentOf(path)).data?.stage).toBe("Ideas"));
    await app.settle();

    await app.commands.run("client-desk:set-task-status");
    await pick("Done");
    await vi.waitFor(() => expect(getNotices()).toContain("December posts cannot be done yet: Social media content needs a quality review. Run “Record quality review” first."));
    expect(readFrontmatter(app.vault.contentOf(path)).data?.status).toBe("todo");

    // The review is a step: it is recorded at the workflow's last stage, not at any stage.
    await app.commands.run("client-desk:record-quality-review");
    await vi.waitFor(() => expect(getNotices()).toContain("“December posts” is at Ideas: the quality review is recorded at its last stage, Quality review. Advance the workflow first."));
    expect(readFrontmatter(app.vault.contentOf(path)).data?.review).toBeUndefined();
    expect(plugin.indexer.index.tasks("Harbour Goods")[0]).toMatchObject({ status: "todo", stage: "Ideas" });
  });

  it("says which workflow note has no stages and offers the others", async () => {
    const { app } = await start({ "Client Desk/Workflows/Bookkeeping.md": "---\nreview: false\n---\n# Bookkeeping\n- [ ] Reconcile\n" });
    await app.commands.run("client-desk:start-workflow");
    expect(getNotices()).toContain("Client Desk/Workflows/Bookkeeping.md has no stages: add a “## Stage” heading with a checklist under it.");
    expect(getNotices()).toContain("No workflow note can be used in Client Desk/Workflows.");
    expect(app.vault.getAbstractFileByPath("Client Desk/Workflows/Social media content.md")).toBeNull();
  });
});
