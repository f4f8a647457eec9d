// `client-desk request`: files a task note in a client's Tasks folder, like "New request".

import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Client, Task } from "../../core/shared/types";
import type { LoadedVault } from "../vault-fs";
import type { Context } from "../context";
import { requireValue } from "../context";
import { CommandFailure } from "../errors";
import { printJson, printLines, terminalSafe } from "../output";
import { flagProblem } from "../flag-problem";
import { openVault } from "./common";
import { findClient } from "./log";
import { requireKnownPackage } from "./package";
import { VaultWriter } from "../vault-writer";
import { checkRequest, taskFileName, taskNoteText, type RequestInput } from "../../core/lifecycle/request";
import { tasksFolderPath } from "../../core/shared/paths";
import { readFrontmatter } from "../../core/notes/frontmatter";
import { parseTaskNote, resolveTask } from "../../core/notes/task-note";

export interface RequestJson {
  file: string;
  task: Task;
}

export function runRequest(ctx: Context): number {
  const vault = openVault(ctx);
  const client = findClient(vault, requireValue(ctx, "client"));
  const v = (flag: string) => ctx.args.values.get(flag);
  const input: RequestInput = {
    title: requireValue(ctx, "title"),
    due: v("due") ?? "",
    urgent: ctx.args.booleans.has("urgent"),
    important: ctx.args.booleans.has("important"),
    estimate: v("estimate") ?? "",
    kind: v("kind"),
    assignee: v("assignee"),
    package: v("package"),
  };
  requireKnownPackage(ctx, vault.root, vault.settings.packagesFolder, input.package);
  return fileTask(ctx, vault, client, input);
}

/** Checks a request and files its task note (also `workflow start`); exit 2 with each problem on a bad field. */
export function fileTask(ctx: Context, vault: LoadedVault, client: Client, input: RequestInput): number {
  const now = ctx.now(client.timezone);
  const problems = checkRequest(input, client.timezone, now);
  if (problems.length > 0) {
    for (const p of problems) ctx.io.err(terminalSafe(`client-desk: ${flagProblem(ctx.t, p.field, p.key, p.params)}`) + "\n");
    return 2;
  }
  const folder = tasksFolderPath(vault.index.layout, client.key);
  const dir = join(vault.root, folder);
  const names = new Set((existsSync(dir) ? readdirSync(dir) : []).map((n) => n.toLowerCase()));
  const file = `${folder}/${taskFileName(input.title, (base) => names.has(`${base}.md`.toLowerCase()))}`;
  const text = taskNoteText(input, now, client.timezone);
  if (!new VaultWriter(vault.root).create(file, text, folder.slice(0, folder.lastIndexOf("/")))) {
    throw new CommandFailure("cli.error.note-exists", { path: file });
  }
  const read = readFrontmatter(text);
  const task = resolveTask(parseTaskNote({ path: file, clientKey: client.key, data: read.data, fieldLines: read.fieldLines, yamlError: read.error }).task, client.timezone);
  if (ctx.json) {
    const out: RequestJson = { file, task };
    printJson(ctx.io, out);
  } else printLines(ctx.io, [ctx.t("lifecycle.cli.request-created", { file })]);
  return 0;
}
