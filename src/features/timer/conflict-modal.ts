// Two (or more) timers running at once: started on two devices before a sync brought them
// together. The user keeps one; the others are stopped at the moment the kept one started (each
// device's time up to the switch still counts), or discarded. Closing writes nothing.

import { Modal, Setting, type ButtonComponent } from "obsidian";
import type { Host } from "../../ui/host";
import type { RunningInfo } from "../../core/time/timer-view";
import type { TimerService } from "./timer-service";
import type { ConflictAnswer } from "./timer-checks";
import { formatLocalTime } from "../../core/shared/local-time";
import { currentOf } from "../../core/time/timer";
import { markWarning } from "../../ui/confirm-modal";

type ModalHost = Pick<Host, "app" | "t">;

export function askConflict(host: ModalHost, timer: TimerService, running: RunningInfo[]): Promise<ConflictAnswer | null> {
  return new Promise((resolve) => new ConflictModal(host, timer, running, resolve).open());
}

export class ConflictModal extends Modal {
  private answered = false;
  private keepId: string;
  private stopButton: ButtonComponent | null = null;
  private stopNote!: HTMLElement;

  constructor(
    private readonly host: ModalHost,
    private readonly timer: TimerService,
    private readonly running: RunningInfo[],
    private readonly resolve: (a: ConflictAnswer | null) => void,
  ) {
    super(host.app);
    this.keepId = currentOf(running.map((r) => r.entry))?.id ?? running[0].entry.id;
  }

  override onOpen(): void {
    const t = this.host.t;
    const timer = this.timer;
    const zone = timer.zone();
    this.modalEl.addClass("client-desk-conflict");
    this.setTitle(t("timer.conflict.title", { count: this.running.length }));
    const el = this.contentEl;
    el.createEl("p", { text: t("timer.conflict.intro") });
    const list = el.createDiv({ cls: "client-desk-conflict-list" });
    for (const r of this.running) {
      const label = list.createEl("label", { cls: "client-desk-conflict-item" });
      const radio = label.createEl("input", { type: "radio", attr: { name: "client-desk-keep", value: r.entry.id } });
      radio.checked = r.entry.id === this.keepId;
      const text = label.createDiv();
      text.createDiv({ cls: "client-desk-conflict-what", text: timer.describe(r.entry.clientKey, r.entry.task) });
      text.createDiv({
        cls: "client-desk-muted",
        text: t("timer.conflict.item", {
          start: formatLocalTime(r.entry.start, zone),
          device: r.entry.device ?? t("timer.device.unknown"),
          file: r.entry.file,
        }),
      });
      if (r.clientMissing) text.createDiv({ cls: "client-desk-muted", text: t("timer.tooltip.client-missing", { file: r.entry.file }) });
      radio.addEventListener("change", () => {
        if (radio.checked) this.keepId = r.entry.id;
        this.refresh();
      });
    }
    this.stopNote = el.createDiv({ cls: "client-desk-muted" });
    new Setting(el)
      .addButton((b) => b.setButtonText(t("timer.cancel")).onClick(() => this.close()))
      .addButton((b) => {
        markWarning(b.setButtonText(t("timer.conflict.discard"))).onClick(() => this.answer("discard"));
      })
      .addButton((b) => {
        this.stopButton = b;
        b.setButtonText(t("timer.conflict.stop")).setCta().onClick(() => this.answer("stop"));
      });
    this.refresh();
  }

  /** Stopping the others when the kept one started needs every other one to have started before it. */
  private canStop(): boolean {
    const keep = this.running.find((r) => r.entry.id === this.keepId);
    return keep !== undefined && this.running.every((r) => r === keep || r.entry.start < keep.entry.start);
  }

  private refresh(): void {
    const ok = this.canStop();
    this.stopButton?.setDisabled(!ok);
    const keep = this.running.find((r) => r.entry.id === this.keepId);
    this.stopNote.setText(
      ok && keep
        ? this.host.t("timer.conflict.stop-desc", { time: formatLocalTime(keep.entry.start, this.timer.zone()) })
        : this.host.t("timer.conflict.stop-impossible"),
    );
  }

  private answer(others: "stop" | "discard"): void {
    if (others === "stop" && !this.canStop()) return;
    this.answered = true;
    this.close();
    this.resolve({ keepId: this.keepId, others });
  }

  override onClose(): void {
    this.contentEl.empty();
    if (!this.answered) {
      this.answered = true;
      this.resolve(null);
    }
  }
}
