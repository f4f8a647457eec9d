// Workflow notes: stages from `##` headings with their checklists, the review flag, the task
// body, advancing, and "done" refused until the review is recorded when the workflow asks for one.
import { describe, expect, it } from "vitest";
import { doneAllowed, nextStage, parseWorkflow, workflowChecklist } from "../../../src/core/lifecycle/workflow";
import { defaultWorkflow } from "../../../src/core/lifecycle/templates/workflow.default";
import { readFrontmatter } from "../../../src/core/notes/frontmatter";

const read = (text: string, file = "Client Desk/Workflows/Social media content.md") => parseWorkflow(file, text, readFrontmatter(text).data);

describe("parseWorkflow", () => {
  it("reads the shipped example: eight stages, the last the quality review, and its kind", () => {
    for (const language of ["en", "vi"] as const) {
      const r = read(defaultWorkflow(language).text);
      if (!r.ok) throw new Error(r.key);
      expect(r.workflow.review).toBe(true);
      expect(r.workflow.kind).toBe("social");
      expect(r.workflow.stages).toHaveLength(8);
    }
    const r = read(defaultWorkflow("en").text);
    if (!r.ok) return;
    expect(r.workflow.stages.map((s) => s.name)).toEqual(["Request", "Ideas", "Creation", "Client approval", "Scheduling", "Tracking", "Monthly report", "Quality review"]);
    expect(r.workflow.stages[2].items).toContain("Quality review: spelling, links, brand colours, sizes for each channel");
  });

  it("says which file has no stages, or a stage twice", () => {
    expect(read("---\nreview: true\n---\n# Bookkeeping\n- [ ] Reconcile\n", "W/Bookkeeping.md")).toEqual({ ok: false, file: "W/Bookkeeping.md", key: "lifecycle.workflow.no-stages", params: { file: "W/Bookkeeping.md" } });
    const twice = read("## Draft\n- a\n## draft\n- b\n", "W/X.md");
    expect(twice).toEqual({ ok: false, file: "W/X.md", key: "lifecycle.workflow.stage-twice", params: { file: "W/X.md", stage: "draft", line: 3 } });
  });

  it("ignores headings in code, and items before the first stage", () => {
    const r = read("- loose item\n```\n## Not a stage\n```\n## Only\n- [x] one\n* two\n");
    expect(r.ok && r.workflow.stages).toEqual([{ name: "Only", line: 5, items: ["one", "two"] }]);
    expect(r.ok && r.workflow.review).toBe(false);
  });
});

describe("a task through a workflow", () => {
  const r = read("---\nreview: true\n---\n## Draft\n- [ ] Write\n## Review\n- [ ] Check\n## Send\n");
  if (!r.ok) throw new Error("bad fixture");
  const w = r.workflow;

  it("gets every stage's checklist, unticked", () => {
    expect(workflowChecklist(w)).toBe("## Draft\n- [ ] Write\n\n## Review\n- [ ] Check\n\n## Send\n");
  });

  it("advances stage by stage and stops at the last", () => {
    expect(nextStage(w, null)).toBe("Draft");
    expect(nextStage(w, "Draft")).toBe("Review");
    expect(nextStage(w, "review")).toBe("Send");
    expect(nextStage(w, "Send")).toBeNull();
    expect(nextStage(w, "Renamed stage")).toBe("Draft");
  });

  it("cannot be done before the review is recorded", () => {
    expect(doneAllowed(w, undefined)).toBe(false);
    expect(doneAllowed(w, "pending")).toBe(false);
    expect(doneAllowed(w, "passed")).toBe(true);
    expect(doneAllowed(w, " Passed ")).toBe(true);
    expect(doneAllowed({ review: false }, undefined)).toBe(true);
    expect(doneAllowed(null, undefined)).toBe(true);
  });
});
