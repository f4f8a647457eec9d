// "Set task status" on the open task note (done sets `completed` in the client's zone, and is
// refused while a workflow's quality review is missing), and "Start timer for this task".

import { Notice, type TFile } from "obsidian";
import type { TaskStatus } from "../../core/shared/types";
import type { Host } from "../../ui/host";
import type { LifecycleWriter } from "../../adapter/lifecycle-writer";
import type { TimerService } from "../timer/timer-service";
import { TASK_STATUSES } from "../../core/notes/task-note";
import { statusPatch } from "../../core/lifecycle/request";
import { trackedMs } from "../../core/lifecycle/task-time";
import { doneAllowed } from "../../core/lifecycle/workflow";
import { PickModal } from "../../ui/pick-modal";
import { writeTaskFields } from "../../adapter/note-fields";
import { activeTask, frontmatterOf, type ActiveTask } from "./active-task";
import { withNotice } from "../../ui/write-notice";

type TaskHost = Pick<Host, "app" | "t" | "indexer" | "zone">;

export function registerTaskStatus(host: TaskHost & Pick<Host, "addCommand">, writer: LifecycleWriter, timer: TimerService): void {
  const t = host.t;
  host.addCommand({
    id: "set-task-status",
    name: t("lifecycle.command.set-task-status"),
    checkCallback: (checking) => {
      const active = activeTask(host);
      if (!active) return false;
      if (!checking) {
        const items = TASK_STATUSES.filter((s) => s !== active.task.status).map((s) => ({ value: s, label: t(`lifecycle.task.${s}`) }));
        new PickModal(host.app, items, t("lifecycle.pick.task-status", { title: active.task.title }), (s) => void setTaskStatus(host, writer, timer, active, s)).open();
      }
      return true;
    },
  });
  host.addCommand({
    id: "start-timer-for-task",
    name: t("lifecycle.command.timer-for-task"),
    checkCallback: (checking) => {
      const active = activeTask(host);
      if (!active || !active.client) return false;
      if (!checking) void timer.start({ clientKey: active.task.clientKey, task: active.file.basename, taskAsLink: true });
      return true;
    },
  });
}

export async function setTaskStatus(host: TaskHost, writer: LifecycleWriter, timer: TimerService, active: ActiveTask, status: TaskStatus): Promise<boolean> {
  const t = host.t;
  const { file, task } = active;
  if (status === "done" && task.workflow !== null) {
    const wfFile = writer.findWorkflowFile(task.workflow, file.path);
    const wf = wfFile ? await writer.readWorkflow(wfFile) : null;
    if (wf?.ok && !doneAllowed(wf.workflow, frontmatterOf(host, file).review)) {
      new Notice(t("lifecycle.review.needed", { title: task.title, workflow: wf.workflow.name }));
      return false;
    }
  }
  const zone = active.client?.timezone ?? host.zone();
  const patch = statusPatch(status, Date.now(), zone);
  if (!(await withNotice(writeTaskFields(host.app, file, patch)))) return false;
  new Notice(statusText(host, timer, file, active, status));
  return true;
}

function statusText(host: Pick<Host, "t" | "indexer">, timer: TimerService, file: TFile, active: ActiveTask, status: TaskStatus): string {
  const t = host.t;
  const now = Date.now();
  const entries = host.indexer.index.entriesOf(active.task.clientKey, 0, now + 86_400_000);
  const tracked = timer.durationText(trackedMs(active.task, entries, now));
  const est = active.task.estimate;
  return t(est === null ? "lifecycle.task.done-notice" : "lifecycle.task.done-notice-estimate", {
    title: file.basename,
    status: t(`lifecycle.task.${status}`),
    tracked,
    estimate: est === null ? "" : timer.durationText(Math.round(est * 3_600_000)),
  });
}
