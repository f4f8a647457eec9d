// The quality review as a step of a workflow with `review: true`: its last stage is the review,
// recorded there (and only there) as passed or failed. A failed review sends the task back to a
// named earlier stage with a note kept in the task note; done needs a passed review. `check` reports
// a task marked done by hand without one. Shared by the plugin's commands and the CLI.

import type { Diagnostic, Task } from "../shared/types";
import type { MessageKey } from "../i18n";
import { textLine } from "../shared/markdown-text";
import { REVIEW_PASSED, type Workflow } from "./workflow";
import { FieldReader } from "../notes/fields";

export const REVIEW_FAILED = "failed";
export type ReviewOutcome = "passed" | "failed";

export type Refusal = { ok: false; key: MessageKey; params: Record<string, string | number> };

/** The review stage of a workflow (its last), or null when the workflow needs no review. */
export function reviewStage(w: Pick<Workflow, "review" | "stages">): string | null {
  return w.review && w.stages.length > 0 ? w.stages[w.stages.length - 1].name : null;
}

const same = (a: string | null, b: string) => a !== null && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Whether a review may be recorded now: only at the review stage; a failure names an earlier stage
 * of the workflow and says why. Returns the stage to go back to (its name as the workflow spells it).
 */
export function checkReview(
  w: Workflow,
  task: Pick<Task, "title" | "stage">,
  outcome: ReviewOutcome,
  backTo: string | null,
  note: string,
): { ok: true; backTo: string | null } | Refusal {
  const stage = reviewStage(w);
  if (stage === null) return { ok: false, key: "flows.review.not-needed", params: { workflow: w.name } };
  if (!same(task.stage, stage)) return { ok: false, key: "flows.review.not-at-stage", params: { title: task.title, stage, current: task.stage ?? "" } };
  if (outcome === "passed") return { ok: true, backTo: null };
  const earlier = w.stages.slice(0, -1);
  const back = backTo === null ? undefined : earlier.find((s) => same(s.name, backTo));
  if (!back) return { ok: false, key: "flows.review.back-to", params: { value: backTo ?? "", stages: earlier.map((s) => s.name).join(", ") } };
  if (note.trim() === "" || /[\r\n]/.test(note)) return { ok: false, key: "flows.review.note", params: {} };
  return { ok: true, backTo: back.name };
}

/** The task note's fields a review sets: `review`, `reviewed` (the day) and, on failure, the stage it goes back to. */
export function reviewPatch(outcome: ReviewOutcome, day: string, backTo: string | null): Record<string, string> {
  const patch: Record<string, string> = { review: outcome === "passed" ? REVIEW_PASSED : REVIEW_FAILED, reviewed: day };
  if (outcome === "failed" && backTo !== null) patch.stage = backTo;
  return patch;
}

/** The line a failed review adds at the end of the task note (the note as typed, kept on one line). */
export function reviewNoteLine(text: string): string {
  return `- ${textLine(text)}`;
}

/** The task note's text with the line added at its end; every other byte kept. */
export function appendLine(note: string, line: string): string {
  if (note === "") return `${line}\n`;
  return `${note}${note.endsWith("\n") ? "" : "\n"}${line}\n`;
}

/** A workflow note's name and whether it needs a review, from its frontmatter alone (what `check` needs). */
export function workflowRule(path: string, data: Record<string, unknown> | null): { name: string; review: boolean } {
  const name = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
  return { name, review: new FieldReader({ path, data }).flag("review", true).value === true };
}

/** A done task whose workflow needs a review and has none passed: an error, as "Set task status" refuses it. */
export function reviewProblems(tasks: readonly Task[], workflows: readonly { name: string; review: boolean }[]): Diagnostic[] {
  const byName = new Map(workflows.map((w) => [w.name.normalize("NFC").toLowerCase(), w]));
  const out: Diagnostic[] = [];
  for (const task of tasks) {
    if (task.status !== "done" || task.workflow === null) continue;
    const w = byName.get(task.workflow.normalize("NFC").toLowerCase());
    if (!w || !w.review) continue;
    const review = task.review?.value ?? null;
    if (review !== null && review.trim().toLowerCase() === REVIEW_PASSED) continue;
    out.push({ severity: "error", code: "task-review-missing", file: task.file, line: task.review?.statusLine ?? 1, field: "status", params: { title: task.title, workflow: w.name } });
  }
  return out;
}
