// The quality review as the workflow's last step on the fake Obsidian: a failed review sends the
// task back to a named stage with a note in the task note; a passed one lets it be done.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getNotices } from "../../fake/obsidian";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";
import { NOW, top, start, input, click, pick, openNote, type Shown } from "./lifecycle-app";

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
});
afterEach(() => {
  vi.useRealTimers();
});

const WORKFLOW = "---\ntype: workflow\nreview: true\n---\n# Blog post\n\n## Draft\n- [ ] Write it\n\n## Edit\n- [ ] Cut it\n\n## Review\n- [ ] Read it aloud\n";
const TASK = "Clients/Harbour Goods/Tasks/Post.md";

describe("quality review as a step", () => {
  it("fails back to a named stage with a note, then passes at the last stage and lets the task be done", async () => {
    const { app, plugin } = await start({
      "Client Desk/Workflows/Blog post.md": WORKFLOW,
      [TASK]: "---\ntype: task\nstatus: doing\nworkflow: \"[[Blog post]]\"\nstage: Review\n---\nMy notes.\n",
    });
    await openNote(app, TASK);
    await app.commands.run("client-desk:record-quality-review");
    await pick("Fail");
    await pick("Draft");
    const note = top<Shown>();
    input(note, "client-desk-review-note", "Headline too long");
    click(note, "Record");
    await vi.waitFor(() => expect(readFrontmatter(app.vault.contentOf(TASK)).data).toMatchObject({ review: "failed", reviewed: "2026-11-24", stage: "Draft" }));
    await vi.waitFor(() => expect(app.vault.contentOf(TASK)).toContain("My notes.\n- 2026-11-24 quality review failed, back to Draft: Headline too long\n"));
    expect(getNotices()).toContain("Quality review failed: Post is back at Draft.");
    await app.settle();

    // Not done while the review is failed.
    await app.commands.run("client-desk:set-task-status");
    await pick("Done");
    await vi.waitFor(() => expect(getNotices().some((n) => n.includes("needs a quality review"))).toBe(true));
    await app.settle();

    await app.commands.run("client-desk:advance-workflow-stage");
    await vi.waitFor(() => expect(readFrontmatter(app.vault.contentOf(TASK)).data?.stage).toBe("Edit"));
    await app.settle();
    await app.commands.run("client-desk:advance-workflow-stage");
    await vi.waitFor(() => expect(readFrontmatter(app.vault.contentOf(TASK)).data?.stage).toBe("Review"));
    await app.settle();
    await app.commands.run("client-desk:record-quality-review");
    await pick("Pass");
    await vi.waitFor(() => expect(readFrontmatter(app.vault.contentOf(TASK)).data?.review).toBe("passed"));
    await app.settle();
    await app.commands.run("client-desk:set-task-status");
    await pick("Done");
    await vi.waitFor(() => expect(readFrontmatter(app.vault.contentOf(TASK)).data?.status).toBe("done"));
    await app.settle();
    expect(plugin.indexer.index.tasks("Harbour Goods")[0]).toMatchObject({ status: "done", stage: "Review" });
  });
});
