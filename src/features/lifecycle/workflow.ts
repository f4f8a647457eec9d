// Workflows (SOPs): "Start workflow" (a client, a workflow, then the task's fields: the task gets
// the workflow's checklist and its first stage), "Advance workflow stage" and "Record quality
// review" on the open task note.

import { Notice } from "obsidian";
import type ClientDeskPlugin from "../../main";
import { nextStage, workflowChecklist, type Workflow } from "../../core/lifecycle/workflow";
import { dayIn } from "../../core/lifecycle/communication";
import { userZone } from "../../core/settings/settings";
import { PickModal, pickClient } from "../../ui/pick-modal";
import { RequestModal } from "./request-modal";
import { activeTask } from "./active-task";
import { writeReviewPassed, writeStage } from "../../adapter/note-fields";

export function registerWorkflow(plugin: ClientDeskPlugin): void {
  const t = plugin.t;
  plugin.addCommand({
    id: "start-workflow",
    name: t("lifecycle.command.start-workflow"),
    callback: async () => {
      await plugin.indexer.whenReady;
      const reads = await plugin.lifecycle.workflows();
      for (const r of reads) if (!r.ok) new Notice(t(r.key, r.params));
      const good = reads.flatMap((r) => (r.ok ? [r.workflow] : []));
      if (good.length === 0) {
        new Notice(t("lifecycle.workflow.none", { folder: plugin.settings.workflowsFolder }));
        return;
      }
      pickClient(plugin, t("lifecycle.pick.client"), (client) => {
        const items = good.map((w) => ({ value: w, label: w.name, note: t("lifecycle.workflow.stages", { count: w.stages.length, stages: w.stages.map((s) => s.name).join(" → ") }) }));
        new PickModal(plugin.app, items, t("lifecycle.pick.workflow"), (w: Workflow) =>
          new RequestModal(
            plugin,
            client,
            { title: w.name, workflow: w.name, stage: w.stages[0].name, kind: w.kind ?? undefined, body: workflowChecklist(w) },
            t("lifecycle.workflow.start-title", { workflow: w.name, client: client.name }),
          ).open(),
        ).open();
      }, (c) => c.status !== "archived");
    },
  });
  plugin.addCommand({
    id: "advance-workflow-stage",
    name: t("lifecycle.command.advance-stage"),
    checkCallback: (checking) => {
      const active = activeTask(plugin);
      if (!active || active.task.workflow === null) return false;
      if (!checking) void advance(plugin);
      return true;
    },
  });
  plugin.addCommand({
    id: "record-quality-review",
    name: t("lifecycle.command.record-review"),
    checkCallback: (checking) => {
      const active = activeTask(plugin);
      if (!active) return false;
      if (!checking) {
        const zone = active.client?.timezone ?? userZone(plugin.settings);
        void writeReviewPassed(plugin.app, active.file, dayIn(Date.now(), zone)).then(() => new Notice(t("lifecycle.review.done", { title: active.task.title })));
      }
      return true;
    },
  });
}

export async function advance(plugin: ClientDeskPlugin): Promise<string | null> {
  const t = plugin.t;
  const active = activeTask(plugin);
  if (!active || active.task.workflow === null) return null;
  const file = plugin.lifecycle.findWorkflowFile(active.task.workflow, active.file.path);
  if (!file) {
    new Notice(t("lifecycle.workflow.missing", { workflow: active.task.workflow }));
    return null;
  }
  const r = await plugin.lifecycle.readWorkflow(file);
  if (!r.ok) {
    new Notice(t(r.key, r.params));
    return null;
  }
  const next = nextStage(r.workflow, active.task.stage);
  if (next === null) {
    new Notice(t("lifecycle.workflow.last-stage", { title: active.task.title, stage: active.task.stage ?? "" }));
    return null;
  }
  await writeStage(plugin.app, active.file, next);
  new Notice(t("lifecycle.workflow.advanced", { title: active.task.title, stage: next }));
  return next;
}
