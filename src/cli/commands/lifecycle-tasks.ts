// `client-desk task status`, `workflow start|advance|review`: the task commands of the plugin on the
// same core (request.ts, workflow.ts, review-step.ts), refusing what the plugin refuses: done
// without a passed review, a review away from the workflow's last stage, advancing past it.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Client, Task, TaskStatus } from "../../core/shared/types";
import type { Context } from "../context";
import { requireValue } from "../context";
import { CommandFailure, UsageError } from "../errors";
import { printJson, printLines } from "../output";
import { openVault } from "./common";
import { findClient } from "./log";
import { fileTask } from "./request";
import { VaultWriter } from "../vault-writer";
import type { LoadedVault } from "../vault-fs";
import { TASK_STATUSES, parseTaskNote, resolveTask } from "../../core/notes/task-note";
import { readFrontmatter } from "../../core/notes/frontmatter";
import { setFrontmatterFields, type FrontmatterValue } from "../../core/notes/frontmatter-edit";
import { statusPatch } from "../../core/lifecycle/request";
import { doneAllowed, nextStage, parseWorkflow, workflowChecklist, type Workflow } from "../../core/lifecycle/workflow";
import { appendLine, checkReview, reviewNoteLine, reviewPatch, type ReviewOutcome } from "../../core/lifecycle/review-step";
import { dayIn } from "../../core/lifecycle/communication";
import { clientFolderPath } from "../../core/shared/paths";

export interface TaskJson {
  file: string;
  task: Task;
}

/** The client's task named by --task: its title or file name, in any case; refused when none or several. */
function findTask(vault: LoadedVault, client: Client, ref: string): Task {
  const want = ref.trim().toLowerCase();
  const name = (t: Task) => t.file.slice(t.file.lastIndexOf("/") + 1).replace(/\.md$/, "").toLowerCase();
  const found = vault.index.tasks(client.key).filter((t) => t.title.toLowerCase() === want || name(t) === want);
  if (found.length !== 1) throw new CommandFailure(found.length === 0 ? "flows.cli.task-unknown" : "flows.cli.task-ambiguous", { value: ref, client: client.name, files: found.map((t) => t.file).join(", ") });
  return found[0];
}

function readWorkflow(vault: LoadedVault, name: string): Workflow {
  const file = `${vault.settings.workflowsFolder}/${name}.md`;
  const abs = join(vault.root, file);
  if (!existsSync(abs)) throw new CommandFailure("lifecycle.workflow.missing", { workflow: name });
  const text = readFileSync(abs, "utf8");
  const r = parseWorkflow(file, text, readFrontmatter(text).data);
  if (!r.ok) throw new CommandFailure(r.key, r.params);
  return r.workflow;
}

/** Sets fields of the task note (and adds a line at its end) under the writer's lock; the task as read back. */
function writeTask(vault: LoadedVault, client: Client, task: Task, fields: Record<string, FrontmatterValue>, line: string | null): Task {
  let after = "";
  new VaultWriter(vault.root).update(
    task.file,
    (current) => {
      if (current === null) throw new CommandFailure("flows.cli.task-unknown", { value: task.title, client: client.name, files: "" });
      const r = setFrontmatterFields(current, fields);
      if (!r.ok) throw new CommandFailure("flows.cli.task-edit", { path: task.file, reason: r.reason });
      after = line === null ? r.text : appendLine(r.text, line);
      return after;
    },
    clientFolderPath(vault.index.layout, client.key),
  );
  const fm = readFrontmatter(after);
  return resolveTask(parseTaskNote({ path: task.file, clientKey: client.key, data: fm.data, fieldLines: fm.fieldLines, yamlError: fm.error }).task, client.timezone);
}

function done(ctx: Context, task: Task, message: string): number {
  if (ctx.json) printJson(ctx.io, { file: task.file, task } satisfies TaskJson);
  else printLines(ctx.io, [message]);
  return 0;
}

/** `task status STATUS --client NAME --task TITLE`. */
export function runTaskStatus(ctx: Context): number {
  if (ctx.args.positionals[1] !== "status") throw new UsageError("flows.cli.task-action", { value: ctx.args.positionals[1] ?? "" });
  const status = ctx.args.positionals[2] ?? "";
  if (!(TASK_STATUSES as readonly string[]).includes(status)) throw new UsageError("flows.cli.status-invalid", { value: status, allowed: TASK_STATUSES.join(", ") });
  const vault = openVault(ctx);
  const client = findClient(vault, requireValue(ctx, "client"));
  const task = findTask(vault, client, requireValue(ctx, "task"));
  if (status === "done" && task.workflow !== null) {
    const w = readWorkflow(vault, task.workflow);
    if (!doneAllowed(w, task.review?.value ?? null)) throw new CommandFailure("lifecycle.review.needed", { title: task.title, workflow: w.name });
  }
  const patch = statusPatch(status as TaskStatus, ctx.now(client.timezone), client.timezone);
  const after = writeTask(vault, client, task, patch, null);
  return done(ctx, after, ctx.t("flows.cli.status-set", { title: after.title, status: ctx.t(`lifecycle.task.${status as TaskStatus}`) }));
}

/** `workflow start|advance|review`. */
export function runWorkflow(ctx: Context): number {
  const action = ctx.args.positionals[1];
  const vault = openVault(ctx);
  const client = findClient(vault, requireValue(ctx, "client"));
  if (action === "start") {
    const w = readWorkflow(vault, requireValue(ctx, "workflow"));
    const v = (flag: string) => ctx.args.values.get(flag);
    return fileTask(ctx, vault, client, {
      title: v("title") ?? w.name,
      due: v("due") ?? "",
      urgent: ctx.args.booleans.has("urgent"),
      important: ctx.args.booleans.has("important"),
      estimate: v("estimate") ?? "",
      kind: w.kind ?? undefined,
      assignee: v("assignee"),
      workflow: w.name,
      stage: w.stages[0].name,
      body: workflowChecklist(w),
    });
  }
  if (action !== "advance" && action !== "review") throw new UsageError("flows.cli.workflow-action", { value: action ?? "" });
  const task = findTask(vault, client, requireValue(ctx, "task"));
  if (task.workflow === null) throw new CommandFailure("flows.cli.no-workflow", { title: task.title });
  const w = readWorkflow(vault, task.workflow);
  if (action === "advance") {
    const next = nextStage(w, task.stage);
    if (next === null) throw new CommandFailure("lifecycle.workflow.last-stage", { title: task.title, stage: task.stage ?? "" });
    const after = writeTask(vault, client, task, { stage: next }, null);
    return done(ctx, after, ctx.t("lifecycle.workflow.advanced", { title: task.title, stage: next }));
  }
  const pass = ctx.args.booleans.has("pass");
  const fail = ctx.args.booleans.has("fail");
  if (pass === fail) throw new UsageError("flows.cli.pass-or-fail");
  const outcome: ReviewOutcome = pass ? "passed" : "failed";
  const note = ctx.args.values.get("note") ?? "";
  const ok = checkReview(w, task, outcome, ctx.args.values.get("back-to") ?? null, note);
  if (!ok.ok) throw new CommandFailure(ok.key, ok.params);
  const day = dayIn(ctx.now(client.timezone), client.timezone);
  const line = outcome === "failed" ? reviewNoteLine(ctx.t("flows.review.failed-line", { day, stage: ok.backTo ?? "", note })) : null;
  const after = writeTask(vault, client, task, reviewPatch(outcome, day, ok.backTo), line);
  return done(ctx, after, outcome === "passed" ? ctx.t("flows.review.passed", { title: task.title }) : ctx.t("flows.review.failed", { title: task.title, stage: ok.backTo ?? "" }));
}
