// The quality review as a workflow's last step: recorded only there, a failure goes back to an
// earlier stage with a note; `check` finds a done task without a passed review.
import { describe, expect, it } from "vitest";
import { appendLine, checkReview, reviewPatch, reviewProblems, reviewStage, workflowRule } from "../../../src/core/lifecycle/review-step";
import { parseWorkflow, type Workflow } from "../../../src/core/lifecycle/workflow";
import { parseTaskNote, resolveTask } from "../../../src/core/notes/task-note";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";

const TEXT = "---\nreview: true\n---\n## Draft\n- [ ] a\n## Edit\n- [ ] b\n## Review\n- [ ] c\n";
const r = parseWorkflow("W/Blog post.md", TEXT, { review: true });
if (!r.ok) throw new Error("workflow");
const w: Workflow = r.workflow;

function task(text: string) {
  const fm = readFrontmatter(text);
  return resolveTask(parseTaskNote({ path: "Clients/A/Tasks/Post.md", clientKey: "A", data: fm.data, fieldLines: fm.fieldLines, yamlError: fm.error }).task, "UTC");
}

describe("the review step", () => {
  it("is the last stage of a workflow that needs one", () => {
    expect(reviewStage(w)).toBe("Review");
    expect(reviewStage({ ...w, review: false })).toBeNull();
  });

  it("is recorded only at that stage; a failure names an earlier stage and a note", () => {
    expect(checkReview(w, { title: "Post", stage: "Edit" }, "passed", null, "")).toMatchObject({ ok: false, key: "flows.review.not-at-stage", params: { stage: "Review", current: "Edit" } });
    expect(checkReview(w, { title: "Post", stage: "review" }, "passed", null, "")).toEqual({ ok: true, backTo: null });
    expect(checkReview(w, { title: "Post", stage: "Review" }, "failed", "draft", "Too long")).toEqual({ ok: true, backTo: "Draft" });
    expect(checkReview(w, { title: "Post", stage: "Review" }, "failed", "Review", "x")).toMatchObject({ ok: false, key: "flows.review.back-to", params: { stages: "Draft, Edit" } });
    expect(checkReview(w, { title: "Post", stage: "Review" }, "failed", "Draft", " ")).toMatchObject({ ok: false, key: "flows.review.note" });
    expect(checkReview({ ...w, review: false }, { title: "Post", stage: "Review" }, "passed", null, "")).toMatchObject({ ok: false, key: "flows.review.not-needed" });
    expect(reviewPatch("failed", "2026-12-03", "Draft")).toEqual({ review: "failed", reviewed: "2026-12-03", stage: "Draft" });
    expect(reviewPatch("passed", "2026-12-03", null)).toEqual({ review: "passed", reviewed: "2026-12-03" });
    expect(appendLine("a\nb", "- c")).toBe("a\nb\n- c\n");
    expect(appendLine("a\n", "- c")).toBe("a\n- c\n");
  });

  it("check reports a task marked done by hand without a passed review, at its status line", () => {
    const rules = [workflowRule("W/Blog post.md", { review: true }), workflowRule("W/Books.md", { review: false })];
    const done = task('---\ntitle: Post\nworkflow: "[[Blog post]]"\nstatus: done\n---\n');
    expect(reviewProblems([done], rules)).toEqual([
      { severity: "error", code: "task-review-missing", file: "Clients/A/Tasks/Post.md", line: 4, field: "status", params: { title: "Post", workflow: "Blog post" } },
    ]);
    expect(reviewProblems([task('---\nworkflow: "[[Blog post]]"\nstatus: done\nreview: failed\n---\n')], rules)).toHaveLength(1);
    expect(reviewProblems([task('---\nworkflow: "[[Blog post]]"\nstatus: done\nreview: passed\n---\n')], rules)).toEqual([]);
    expect(reviewProblems([task('---\nworkflow: "[[Books]]"\nstatus: done\n---\n')], rules)).toEqual([]);
    expect(reviewProblems([task('---\nworkflow: "[[Blog post]]"\nstatus: doing\n---\n')], rules)).toEqual([]);
  });
});
