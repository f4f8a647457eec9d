// Workflow notes (SOPs): `## Stage` headings, each with a checklist, and `review: true` in the
// frontmatter when a quality review must be recorded before a task of the workflow is done
// (docs/vault-format.md, "Workflow notes").

import type { MessageKey } from "../i18n";
import { forEachBodyLine } from "../notes/note-lines";
import { FieldReader } from "../notes/fields";

export interface WorkflowStage {
  name: string;
  /** 1-based line of the heading. */
  line: number;
  items: string[];
}

export interface Workflow {
  name: string;
  file: string;
  review: boolean;
  kind: string | null;
  stages: WorkflowStage[];
}

export type WorkflowRead = { ok: true; workflow: Workflow } | { ok: false; file: string; key: MessageKey; params: Record<string, string | number> };

const STAGE = /^##\s+(.+?)\s*#*\s*$/;
const ITEM = /^\s*[-*+]\s+(?:\[[ xX]\]\s*)?(.+)$/;

/** Reads a workflow note; `data` is its frontmatter. No stage is an error naming the file. */
export function parseWorkflow(file: string, text: string, data: Record<string, unknown> | null): WorkflowRead {
  const stages: WorkflowStage[] = [];
  forEachBodyLine(text, (line, raw) => {
    const h = STAGE.exec(raw);
    if (h) {
      stages.push({ name: h[1].trim(), line, items: [] });
      return;
    }
    const cur = stages[stages.length - 1];
    const m = cur ? ITEM.exec(raw) : null;
    if (cur && m) cur.items.push(m[1].trim());
  });
  const name = file.slice(file.lastIndexOf("/") + 1).replace(/\.md$/, "");
  if (stages.length === 0) return { ok: false, file, key: "lifecycle.workflow.no-stages", params: { file } };
  const seen = new Set<string>();
  for (const s of stages) {
    const k = s.name.toLowerCase();
    if (seen.has(k)) return { ok: false, file, key: "lifecycle.workflow.stage-twice", params: { file, stage: s.name, line: s.line } };
    seen.add(k);
  }
  // Read by the field rules of every note; a value that does not read is "no review", "no kind".
  const fields = new FieldReader({ path: file, data });
  const review = fields.flag("review", true).value === true;
  const kind = fields.text("kind").value;
  return { ok: true, workflow: { name, file, review, kind, stages } };
}

/** The task note's body: each stage as a heading with its checklist unticked. */
export function workflowChecklist(w: Workflow): string {
  const out: string[] = [];
  for (const s of w.stages) {
    out.push(`## ${s.name}`, ...s.items.map((i) => `- [ ] ${i}`), "");
  }
  return out.join("\n");
}

/** The stage after `current` (the first when the task has none or one the workflow lost), or null at the end. */
export function nextStage(w: Workflow, current: string | null): string | null {
  const i = current === null ? -1 : w.stages.findIndex((s) => s.name.toLowerCase() === current.toLowerCase());
  if (current !== null && i === -1) return w.stages[0].name;
  return i + 1 < w.stages.length ? w.stages[i + 1].name : null;
}

export const REVIEW_PASSED = "passed";

/** Whether the task may become `done`: without a required review, only once `review: passed` is set. */
export function doneAllowed(w: Pick<Workflow, "review"> | null, review: unknown): boolean {
  if (w === null || !w.review) return true;
  return typeof review === "string" && review.trim().toLowerCase() === REVIEW_PASSED;
}
