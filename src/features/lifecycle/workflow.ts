// Workflows (SOPs): "Start workflow" (a client, a workflow, then the task's fields: the task gets
// the workflow's checklist and its first stage), "Advance workflow stage" and "Record quality
// review" on the open task note.

import { Notice } from "obsidian";
import type { Host } from "../../ui/host";
import type { LifecycleWriter } from "../../adapter/lifecycle-writer";
import { nextStage, workflowChecklist, type Workflow } from "../../core/lifecycle/workflow";
import { PickModal, pickClient } from "../../ui/pick-modal";
import { RequestModal } from "./request-modal";
import { activeTask } from "./active-task";
import { writeStage } from "../../adapter/note-fields";
import { withNotice } from "../../ui/write-notice";
import { registerReviewStep, workflowOf } from "./review-step";

type WorkflowHost = Pick<Host, "app" | "t" | "settings" | "indexer" | "zone">;

export function registerWorkflow(host: WorkflowHost & Pick<Host, "addCommand">, writer: LifecycleWriter): void {
  const t = host.t;
  host.addCommand({
    id: "start-workflow",
    name: t("lifecycle.command.start-workflow"),
    callback: async () => {
      await host.indexer.whenReady;
      const reads = await writer.workflows();
      for (const r of reads) if (!r.ok) new Notice(t(r.key, r.params));
      const good = reads.flatMap((r) => (r.ok ? [r.workflow] : []));
      if (good.length === 0) {
        new Notice(t("lifecycle.workflow.none", { folder: host.settings.workflowsFolder }));
        return;
      }
      pickClient(host, t("lifecycle.pick.client"), (client) => {
        const items = good.map((w) => ({ value: w, label: w.name, note: t("lifecycle.workflow.stages", { count: w.stages.length, stages: w.stages.map((s) => s.name).join(" → ") }) }));
        new PickModal(host.app, items, t("lifecycle.pick.workflow"), (w: Workflow) =>
          new RequestModal(
            host,
            writer,
            client,
            { title: w.name, workflow: w.name, stage: w.stages[0].name, kind: w.kind ?? undefined, body: workflowChecklist(w) },
            t("lifecycle.workflow.start-title", { workflow: w.name, client: client.name }),
          ).open(),
        ).open();
      }, (c) => c.status !== "archived");
    },
  });
  host.addCommand({
    id: "advance-workflow-stage",
    name: t("lifecycle.command.advance-stage"),
    checkCallback: (checking) => {
      const active = activeTask(host);
      if (!active || active.task.workflow === null) return false;
      if (!checking) void advance(host, writer);
      return true;
    },
  });
  registerReviewStep(host, writer);
}

export async function advance(host: Pick<Host, "app" | "t" | "indexer">, writer: LifecycleWriter): Promise<string | null> {
  const t = host.t;
  const active = activeTask(host);
  if (!active) return null;
  const workflow = await workflowOf(host, writer, active);
  if (workflow === null) return null;
  const next = nextStage(workflow, active.task.stage);
  if (next === null) {
    new Notice(t("lifecycle.workflow.last-stage", { title: active.task.title, stage: active.task.stage ?? "" }));
    return null;
  }
  if (!(await withNotice(writeStage(host.app, active.file, next)))) return null;
  new Notice(t("lifecycle.workflow.advanced", { title: active.task.title, stage: next }));
  return next;
}
