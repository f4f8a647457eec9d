// Reads a task note's frontmatter (docs/vault-format.md, "Task notes"). A bad field is reported
// with its line and falls back to "not set"; the task still indexes. Deadlines are kept as the
// text written and turned into instants only with the client's zone, which may be read later.

import { DateTime } from "luxon";
import type { Diagnostic, Task, TaskStatus } from "../shared/types";
import { parseInstant } from "../shared/instant";
import { linkTarget } from "./timed-line";

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

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}):(\d{2})$/;

export function parseTaskNote(input: TaskNoteInput): { task: TaskFields; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const data = input.data ?? {};
  const report = (field: string, params: Record<string, string | number>, code: "field-value" | "field-type" = "field-value") =>
    diagnostics.push({ severity: "error", code, file: input.path, line: input.fieldLines.get(field) ?? 1, field, params });
  if (input.yamlError) {
    diagnostics.push({ severity: "error", code: "yaml-broken", file: input.path, line: input.yamlError.line, params: { reason: input.yamlError.reason } });
  }
  const shown = (v: unknown) => (typeof v === "string" ? v : v instanceof Date ? v.toISOString() : (JSON.stringify(v) ?? String(v)));
  const text = (field: string): string | null => {
    const v = data[field];
    if (v === undefined || v === null || v === "") return null;
    if (typeof v === "string") return v.trim() === "" ? null : v.trim();
    if (typeof v === "number") return String(v);
    // YAML readers other than Obsidian's turn a bare date into a Date at UTC midnight.
    if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
    report(field, { value: shown(v), expected: "text" }, "field-type");
    return null;
  };
  const flag = (field: string): boolean => {
    const v = data[field];
    if (v === undefined || v === null || v === "") return false;
    if (typeof v === "boolean") return v;
    if (v === "true" || v === "yes") return true;
    if (v === "false" || v === "no") return false;
    report(field, { value: shown(v), allowed: "true, false" });
    return false;
  };
  const link = (field: string): string | null => {
    const v = text(field);
    return v === null ? null : linkTarget(v);
  };

  const name = input.path.slice(input.path.lastIndexOf("/") + 1).replace(/\.md$/, "");
  let status: TaskStatus = "todo";
  const st = text("status");
  if (st !== null) {
    if ((TASK_STATUSES as readonly string[]).includes(st)) status = st as TaskStatus;
    else report("status", { value: st, allowed: TASK_STATUSES.join(", ") });
  }

  let due: TaskFields["due"] = null;
  let dueText: string | null = null;
  const d = text("due");
  if (d !== null) {
    const parsed = parseDue(d);
    if (parsed) {
      due = parsed;
      dueText = d;
    } else report("due", { value: d, allowed: "YYYY-MM-DD, YYYY-MM-DD HH:MM" });
  }

  let estimate: number | null = null;
  const est = data.estimate;
  if (est !== undefined && est !== null && est !== "") {
    const n = typeof est === "number" ? est : typeof est === "string" ? Number(est.trim()) : NaN;
    if (Number.isFinite(n) && n >= 0 && n <= 10_000) estimate = n;
    else report("estimate", { value: shown(est), allowed: "0–10000" });
  }

  const instant = (field: string): number | null => {
    const v = text(field);
    if (v === null) return null;
    const p = parseInstant(v);
    if (p) return p.ms;
    report(field, { value: v, allowed: "YYYY-MM-DDTHH:MM±HH:MM" });
    return null;
  };
  const requested = instant("requested");
  const replied = instant("replied");

  let completed: string | null = null;
  const c = text("completed");
  if (c !== null) {
    if (DATE.test(c) && DateTime.fromISO(c).isValid) completed = c;
    else report("completed", { value: c, allowed: "YYYY-MM-DD" });
  }

  const urgent = flag("urgent");
  const important = flag("important");
  diagnostics.sort((a, b) => a.line - b.line);
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
      workflow: link("workflow"),
      stage: text("stage"),
      requested,
      replied,
      completed,
      package: link("package"),
    },
    diagnostics,
  };
}

function parseDue(text: string): { date: string; minutes: number | null } | null {
  const m = DATE_TIME.exec(text);
  if (m) {
    const h = +m[2];
    const mi = +m[3];
    if (h > 23 || mi > 59 || !DateTime.fromISO(m[1]).isValid) return null;
    return { date: m[1], minutes: h * 60 + mi };
  }
  if (DATE.test(text) && DateTime.fromISO(text).isValid) return { date: text, minutes: null };
  return null;
}

/**
 * The deadline as an instant in `zone`: a date alone is due at the end of that day (the next
 * local midnight), so a task due today is overdue only once the client's day is over. A time
 * that a DST switch skips moves forward, as clocks do.
 */
export function dueInstant(due: { date: string; minutes: number | null }, zone: string): number {
  // Many tasks share a deadline day; luxon's zone arithmetic is the cost, so remember the answers.
  const key = `${zone}|${due.date}|${due.minutes ?? ""}`;
  let ms = dueCache.get(key);
  if (ms === undefined) {
    if (dueCache.size > 10_000) dueCache.clear();
    dueCache.set(key, (ms = computeDue(due, zone)));
  }
  return ms;
}

const dueCache = new Map<string, number>();

function computeDue(due: { date: string; minutes: number | null }, zone: string): number {
  const day = DateTime.fromISO(due.date, { zone });
  if (due.minutes === null) return day.plus({ days: 1 }).startOf("day").toMillis();
  return day.set({ hour: Math.floor(due.minutes / 60), minute: due.minutes % 60 }).toMillis();
}

export function resolveTask(fields: TaskFields, zone: string): Task {
  return { ...fields, due: fields.due === null ? null : dueInstant(fields.due, zone) };
}
