// "Set task status" on the open task note (done sets `completed` in the client's zone, and is
// refused while a workflow's quality review is missing), and "Start timer for this task".

import { Notice, type TFile } from "obsidian";
import type { TaskStatus } from "../../core/shared/types";
import type ClientDeskPlugin from "../../main";
import { TASK_STATUSES } from "../../core/notes/task-note";
import { statusPatch } from "../../core/lifecycle/request";
import { trackedMs } from "../../core/lifecycle/task-time";
import { doneAllowed } from "../../core/lifecycle/workflow";
import { userZone } from "../../core/settings/settings";
import { PickModal } from "../../ui/pick-modal";
import { activeTask, frontmatterOf, type ActiveTask } from "./active-task";

export function registerTaskStatus(plugin: ClientDeskPlugin): void {
  const t = plugin.t;
  plugin.addCommand({
    id: "set-task-status",
    name: t("lifecycle.command.set-task-status"),
    checkCallback: (checking) => {
      const active = activeTask(plugin);
      if (!active) return false;
      if (!checking) {
        const items = TASK_STATUSES.filter((s) => s !== active.task.status).map((s) => ({ value: s, label: t(`lifecycle.task.${s}`) }));
        new PickModal(plugin.app, items, t("lifecycle.pick.task-status", { title: active.task.title }), (s) => void setTaskStatus(plugin, active, s)).open();
      }
      return true;
    },
  });
  plugin.addCommand({
    id: "start-timer-for-task",
    name: t("lifecycle.command.timer-for-task"),
    checkCallback: (checking) => {
      const active = activeTask(plugin);
      if (!active || !active.client) return false;
      if (!checking) void plugin.timer.start({ clientKey: active.task.clientKey, task: active.file.basename, taskAsLink: true });
      return true;
    },
  });
}

export async function setTaskStatus(plugin: ClientDeskPlugin, active: ActiveTask, status: TaskStatus): Promise<boolean> {
  const t = plugin.t;
  const { file, task } = active;
  if (status === "done" && task.workflow !== null) {
    const wfFile = plugin.lifecycle.findWorkflowFile(task.workflow, file.path);
    const wf = wfFile ? await plugin.lifecycle.readWorkflow(wfFile) : null;
    if (wf?.ok && !doneAllowed(wf.workflow, frontmatterOf(plugin, file).review)) {
      new Notice(t("lifecycle.review.needed", { title: task.title, workflow: wf.workflow.name }));
      return false;
    }
  }
  const zone = active.client?.timezone ?? userZone(plugin.settings);
  const patch = statusPatch(status, Date.now(), zone);
  await plugin.app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) delete fm[k];
      else fm[k] = v;
    }
  });
  new Notice(statusText(plugin, file, active, status));
  return true;
}

function statusText(plugin: ClientDeskPlugin, file: TFile, active: ActiveTask, status: TaskStatus): string {
  const t = plugin.t;
  const now = Date.now();
  const entries = plugin.indexer.index.entriesOf(active.task.clientKey, 0, now + 86_400_000);
  const tracked = plugin.timer.durationText(trackedMs(active.task, entries, now));
  const est = active.task.estimate;
  return t(est === null ? "lifecycle.task.done-notice" : "lifecycle.task.done-notice-estimate", {
    title: file.basename,
    status: t(`lifecycle.task.${status}`),
    tracked,
    estimate: est === null ? "" : plugin.timer.durationText(Math.round(est * 3_600_000)),
  });
}
