// Requests and tasks: the request dialog's fields checked, a new task note's text and safe file
// name, and the frontmatter a status change writes (docs/vault-format.md, "Task notes").

import { DateTime } from "luxon";
import type { TaskStatus } from "../shared/types";
import type { MessageKey } from "../i18n";
import { formatInstant } from "../shared/instant";
import { offsetAt } from "../shared/zones";
import { safeFileName } from "../shared/names";
import { linkTarget, linkTo } from "../notes/timed-line";
import { dueInstant, parseDueText } from "../notes/task-note";
import { yamlText } from "./new-client";

export interface RequestInput {
  title: string;
  /** "", "YYYY-MM-DD" or "YYYY-MM-DD HH:MM" in the client's zone. */
  due: string;
  urgent: boolean;
  important: boolean;
  /** Hours as typed, "" for none. */
  estimate: string;
  kind?: string;
  assignee?: string;
  package?: string;
  workflow?: string;
  stage?: string;
  /** The note's body below the frontmatter (a workflow's checklist). */
  body?: string;
}

export interface RequestProblem {
  field: "title" | "due" | "estimate";
  key: MessageKey;
  params: Record<string, string | number>;
}

/** Checks the typed fields; a due date must be real and not already past in the client's zone. */
export function checkRequest(input: RequestInput, zone: string, now: number): RequestProblem[] {
  const problems: RequestProblem[] = [];
  if (input.title.trim() === "") problems.push({ field: "title", key: "lifecycle.error.title-empty", params: {} });
  else if (/[\r\n]/.test(input.title)) problems.push({ field: "title", key: "lifecycle.error.one-line", params: {} });
  const due = input.due.trim();
  if (due !== "") {
    const parsed = parseDueText(due);
    if (parsed === null) problems.push({ field: "due", key: "lifecycle.error.due", params: { value: due } });
    else if (dueInstant(parsed, zone) <= now) problems.push({ field: "due", key: "lifecycle.error.due-past", params: { value: due, zone } });
  }
  const est = input.estimate.trim();
  if (est !== "") {
    const n = Number(est);
    if (!Number.isFinite(n) || n <= 0 || n > 10_000) problems.push({ field: "estimate", key: "lifecycle.error.estimate", params: { value: est } });
  }
  return problems;
}

/** The task note: frontmatter in the documented field order, then the body. */
export function taskNoteText(input: RequestInput, requested: number, zone: string): string {
  const lines = ["---", "type: task", `title: ${yamlText(input.title.trim())}`, "status: todo"];
  // Written as Obsidian's date-time properties are (YYYY-MM-DDTHH:mm), so Properties and Bases read
  // it as a date and time; the older "YYYY-MM-DD HH:MM" still reads (parseDueText takes both).
  const due = input.due.trim().replace(" ", "T");
  if (due !== "") lines.push(`due: ${JSON.stringify(due)}`);
  lines.push(`urgent: ${input.urgent}`, `important: ${input.important}`);
  if (input.estimate.trim() !== "") lines.push(`estimate: ${Number(input.estimate)}`);
  const link = (field: string, v: string | undefined) => {
    if (v !== undefined && v.trim() !== "") lines.push(`${field}: ${JSON.stringify(linkTo(linkTarget(v)))}`);
  };
  link("assignee", input.assignee);
  if (input.kind?.trim()) lines.push(`kind: ${yamlText(input.kind.trim())}`);
  link("workflow", input.workflow);
  if (input.stage?.trim()) lines.push(`stage: ${yamlText(input.stage.trim())}`);
  link("package", input.package);
  lines.push(`requested: ${formatInstant(Math.floor(requested / 60_000) * 60_000, offsetAt(zone, requested))}`, "---", "");
  return lines.join("\n") + (input.body ?? "");
}

/** "<title>.md", or "<title> 2.md"… when that name is taken (`taken` sees base names, any case). */
export function taskFileName(title: string, taken: (baseName: string) => boolean): string {
  const base = safeFileName(title);
  if (!taken(base)) return `${base}.md`;
  for (let i = 2; ; i++) if (!taken(`${base} ${i}`)) return `${base} ${i}.md`;
}

/**
 * What a status change writes into the frontmatter: `completed` (the day in the client's zone)
 * when the task is done, and no `completed` otherwise (null removes the field).
 */
export function statusPatch(status: TaskStatus, now: number, zone: string): Record<string, string | null> {
  return {
    status,
    completed: status === "done" ? (DateTime.fromMillis(now, { zone }).toISODate() ?? null) : null,
  };
}
