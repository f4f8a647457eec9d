// "Record quality review" on the open task note: pass, or fail back to a named earlier stage with a
// note of what has to change; recorded only at the workflow's last stage (core/lifecycle/review-step.ts).

import { Modal, Notice, Setting } from "obsidian";
import type { Host } from "../../ui/host";
import type { LifecycleWriter } from "../../adapter/lifecycle-writer";
import { checkReview, reviewNoteLine, reviewPatch, reviewStage, type ReviewOutcome } from "../../core/lifecycle/review-step";
import type { Workflow } from "../../core/lifecycle/workflow";
import { dayIn } from "../../core/lifecycle/communication";
import { PickModal } from "../../ui/pick-modal";
import { writeReview } from "../../adapter/review-writer";
import { withNotice } from "../../ui/write-notice";
import { activeTask, type ActiveTask } from "./active-task";

type ReviewHost = Pick<Host, "app" | "t" | "indexer" | "zone">;

/** The open task's workflow, read; a notice says why when there is none to review against or advance in. */
export async function workflowOf(host: Pick<Host, "t">, writer: LifecycleWriter, active: ActiveTask): Promise<Workflow | null> {
  const t = host.t;
  if (active.task.workflow === null) return null;
  const file = writer.findWorkflowFile(active.task.workflow, active.file.path);
  if (!file) {
    new Notice(t("lifecycle.workflow.missing", { workflow: active.task.workflow }));
    return null;
  }
  const r = await writer.readWorkflow(file);
  if (!r.ok) {
    new Notice(t(r.key, r.params));
    return null;
  }
  return r.workflow;
}

/** Checks and writes one review; the notice says what happened or why it was refused. */
export async function recordReview(host: ReviewHost, active: ActiveTask, w: Workflow, outcome: ReviewOutcome, backTo: string | null, note: string): Promise<boolean> {
  const t = host.t;
  const ok = checkReview(w, active.task, outcome, backTo, note);
  if (!ok.ok) {
    new Notice(t(ok.key, ok.params));
    return false;
  }
  const day = dayIn(Date.now(), active.client?.timezone ?? host.zone());
  const line = outcome === "failed" ? reviewNoteLine(t("flows.review.failed-line", { day, stage: ok.backTo ?? "", note })) : null;
  if (!(await withNotice(writeReview(host.app, active.file, reviewPatch(outcome, day, ok.backTo), line)))) return false;
  new Notice(outcome === "passed" ? t("flows.review.passed", { title: active.task.title }) : t("flows.review.failed", { title: active.task.title, stage: ok.backTo ?? "" }));
  return true;
}

class ReviewNoteModal extends Modal {
  private text = "";
  constructor(host: ReviewHost, private readonly done: (note: string) => void) {
    super(host.app);
    this.setTitle(host.t("flows.review.note-title"));
    new Setting(this.contentEl).addText((tx) => {
      tx.onChange((v) => (this.text = v));
      tx.inputEl.addClass("client-desk-review-note");
    });
    new Setting(this.contentEl).addButton((b) =>
      b.setButtonText(host.t("flows.review.save")).setCta().onClick(() => {
        this.close();
        this.done(this.text);
      }),
    );
  }
}

export function registerReviewStep(host: ReviewHost & Pick<Host, "addCommand">, writer: LifecycleWriter): void {
  const t = host.t;
  host.addCommand({
    id: "record-quality-review",
    name: t("lifecycle.command.record-review"),
    checkCallback: (checking) => {
      const active = activeTask(host);
      if (!active || active.task.workflow === null) return false;
      if (checking) return true;
      void workflowOf(host, writer, active).then((w) => {
        if (!w) return;
        // Refused before anything is asked when the task is not at the review stage.
        const stage = reviewStage(w);
        const at = checkReview(w, active.task, "passed", null, "");
        if (stage === null || !at.ok) {
          if (!at.ok) new Notice(t(at.key, at.params));
          return;
        }
        const outcomes = [
          { value: "passed" as const, label: t("flows.review.pass") },
          { value: "failed" as const, label: t("flows.review.fail") },
        ];
        new PickModal(host.app, outcomes, t("flows.review.pick", { title: active.task.title }), (outcome) => {
          if (outcome === "passed") return void recordReview(host, active, w, "passed", null, "");
          const stages = w.stages.slice(0, -1).map((s) => ({ value: s.name, label: s.name }));
          new PickModal(host.app, stages, t("flows.review.pick-stage"), (back) => new ReviewNoteModal(host, (note) => void recordReview(host, active, w, "failed", back, note)).open()).open();
        }).open();
      });
      return true;
    },
  });
}
