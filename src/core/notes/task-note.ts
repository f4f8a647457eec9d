// Reads a task note's frontmatter (docs/vault-format.md, "Task notes"). A bad field is reported
// with its line and falls back to "not set"; the task still indexes. Deadlines are kept as the
// text written and turned into instants only with the client's zone, which may be read later.

import type { Diagnostic, Task, TaskStatus } from "../shared/types";
import { parseInstant } from "../shared/instant";
import { midnightAfter, wallAsClocks } from "../shared/zone-days";
import { linkTarget } from "./timed-line";
import { FieldReader, isDateText } from "./fields";

export const TASK_STATUSES: readonly TaskStatus[] = ["todo", "doing", "waiting", "done"];

/** A task as read from its note, before its client's zone is known. */
export interface TaskFields extends Omit<Task, "due"> {
  due: { date: string; minutes: number | null } | null;
}

export interface TaskNoteInput {
  path: string;
  clientKey: string;
  data: Record<string, unknown> | null;
  fieldLines: Map<string, number>;
  yamlError: { line: number; reason: string } | null;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})$/;

export function parseTaskNote(input: TaskNoteInput): { task: TaskFields; diagnostics: Diagnostic[] } {
  const f = new FieldReader(input);
  f.reportYaml(input.yamlError);
  const text = (field: string) => f.take(f.text(field));
  const link = (field: string): string | null => {
    const v = text(field);
    return v === null ? null : linkTarget(v);
  };

  const name = input.path.slice(input.path.lastIndexOf("/") + 1).replace(/\.md$/, "");
  const status = f.or(f.choice("status", TASK_STATUSES), "todo");

  let due: TaskFields["due"] = null;
  let dueText: string | null = null;
  const d = text("due");
  if (d !== null) {
    const parsed = parseDueText(d);
    if (parsed) {
      due = parsed;
      dueText = d;
    } else f.report("field-value", "due", { value: d, allowed: "YYYY-MM-DD, YYYY-MM-DD HH:MM" });
  }

  const estimate = f.take(f.number("estimate", 0, 10_000));

  const instant = (field: string): number | null => {
    const v = text(field);
    if (v === null) return null;
    const p = parseInstant(v);
    if (p) return p.ms;
    f.report("field-value", field, { value: v, allowed: "YYYY-MM-DDTHH:MM±HH:MM" });
    return null;
  };
  const requested = instant("requested");
  const replied = instant("replied");
  const completed = f.take(f.date("completed"));

  const urgent = f.or(f.flag("urgent", true), false);
  const important = f.or(f.flag("important", true), false);
  const diagnostics = f.problems.sort((a, b) => a.line - b.line);
  const workflow = link("workflow");
  return {
    task: {
      clientKey: input.clientKey,
      file: input.path,
      title: text("title") ?? name,
      status,
      due,
      dueText,
      urgent,
      important,
      estimate,
      assignee: link("assignee"),
      kind: text("kind"),
      workflow,
      stage: text("stage"),
      requested,
      replied,
      completed,
      package: link("package"),
      deliverable: text("deliverable"),
      // Only a workflow's task carries it: `check` compares it with the workflow's review rule.
      ...(workflow === null ? {} : { review: { value: text("review"), statusLine: input.fieldLines.get("status") ?? 1 } }),
    },
    diagnostics,
  };
}

/**
 * A deadline as written in a task note, the request dialog or `--due-before`: "YYYY-MM-DD" or
 * "YYYY-MM-DD HH:MM" (a T between them too), a real day and time; null otherwise.
 */
export function parseDueText(text: string): { date: string; minutes: number | null } | null {
  const t = text.trim();
  const m = DATE_TIME.exec(t);
  if (m) {
    const h = +m[2];
    const mi = +m[3];
    if (h > 23 || mi > 59 || !isDateText(m[1])) return null;
    return { date: m[1], minutes: h * 60 + mi };
  }
  if (isDateText(t)) return { date: t, minutes: null };
  return null;
}

/**
 * The deadline as an instant in `zone`: a date alone is due at the end of that day (the next
 * local midnight), so a task due today is overdue only once the client's day is over. A time
 * that a DST switch skips moves forward, as clocks do.
 */
export function dueInstant(due: { date: string; minutes: number | null }, zone: string): number {
  // zone-days.ts: integer arithmetic away from offset changes, luxon's answer near them.
  if (due.minutes === null) return midnightAfter(due.date, zone);
  return wallAsClocks(Date.parse(`${due.date}T00:00:00Z`) + due.minutes * 60_000, zone);
}

export function resolveTask(fields: TaskFields, zone: string): Task {
  return { ...fields, due: fields.due === null ? null : dueInstant(fields.due, zone) };
}
