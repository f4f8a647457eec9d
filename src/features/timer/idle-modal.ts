// The idle question (src/core/time/idle.ts): a timer ran past the idle threshold, or the computer slept
// while it ran. Three answers, each saying exactly what it writes; closing the dialog writes
// nothing. The proposed idle start can be changed before answering.

import { Modal, Setting, type ButtonComponent } from "obsidian";
import type { Host } from "../../ui/host";
import type { TimerService } from "./timer-service";
import type { IdleAnswer, IdleQuestion } from "./timer-checks";
import { checkIdleStart, type IdleChoice } from "../../core/time/idle";
import { formatClockTime, formatLocalTime, parseLocalTime } from "../../core/shared/local-time";

type ModalHost = Pick<Host, "app" | "t">;

export function askIdle(host: ModalHost, timer: TimerService, q: IdleQuestion): Promise<IdleAnswer | null> {
  return new Promise((resolve) => new IdleModal(host, timer, q, resolve).open());
}

export class IdleModal extends Modal {
  private answered = false;
  private since: number | null;
  private errorEl!: HTMLElement;
  private readonly buttons: { choice: IdleChoice; button: ButtonComponent; label: () => string }[] = [];

  constructor(
    private readonly host: ModalHost,
    private readonly timer: TimerService,
    private readonly q: IdleQuestion,
    private readonly resolve: (a: IdleAnswer | null) => void,
  ) {
    super(host.app);
    this.since = q.proposed;
  }

  override onOpen(): void {
    const { t, timer } = { t: this.host.t, timer: this.timer };
    const q = this.q;
    const zone = timer.zone();
    const e = q.running.entry;
    const what = timer.describe(e.clientKey, e.task);
    this.modalEl.addClass("client-desk-idle");
    this.setTitle(
      q.reason === "gap" && q.gap
        ? t("timer.idle.title-gap", { from: formatLocalTime(q.gap.from, zone), to: formatClockTime(q.gap.to, zone) })
        : t("timer.idle.title-long", { time: timer.durationText(q.now - e.start) }),
    );
    const el = this.contentEl;
    el.createEl("p", {
      text: t("timer.idle.intro", { what, start: formatLocalTime(e.start, zone), device: e.device ?? t("timer.device.unknown") }),
    });

    new Setting(el)
      .setName(t("timer.idle.since"))
      .setDesc(t("timer.idle.since-desc", { zone }))
      .addText((tx) => {
        tx.inputEl.addClass("client-desk-idle-since");
        tx.setPlaceholder("2026-11-23 18:00")
          .setValue(this.since === null ? "" : formatLocalTime(this.since, zone))
          .onChange((v) => this.read(v));
      });
    this.errorEl = el.createDiv({ cls: "client-desk-setting-error" });

    const row = (choice: IdleChoice, desc: () => string, label: () => string, cta = false) => {
      const s = new Setting(el).setDesc(desc());
      s.settingEl.addClass(`client-desk-idle-${choice}`);
      s.addButton((b) => {
        b.setButtonText(label()).onClick(() => this.answer(choice));
        if (cta) b.setCta();
        this.buttons.push({ choice, button: b, label });
      });
      return s;
    };
    const at = () => (this.since === null ? "…" : formatClockTime(this.since, zone));
    row("keep", () => t("timer.idle.keep-desc"), () => t("timer.idle.keep"), true);
    row("stop", () => t("timer.idle.stop-desc"), () => t("timer.idle.stop", { time: at() }));
    row("discard-idle", () => t("timer.idle.discard-desc"), () => t("timer.idle.discard", { time: at() }));
    this.refreshButtons();
  }

  private read(text: string): void {
    const t = this.host.t;
    const zone = this.timer.zone();
    const r = parseLocalTime(text, zone);
    if (!r.ok) {
      this.since = null;
      this.errorEl.setText(text.trim() === "" ? "" : t(r.reason === "gap" ? "timer.manual.error.gap" : "timer.manual.error.time", { value: text, zone }));
    } else {
      const problem = checkIdleStart(this.q.running.entry.start, Date.now(), r.ms);
      this.since = problem === null ? r.ms : null;
      this.errorEl.setText(problem === null ? "" : t(`timer.idle.error.${problem}`, { start: formatLocalTime(this.q.running.entry.start, zone) }));
    }
    this.refreshButtons();
  }

  private refreshButtons(): void {
    for (const { choice, button, label } of this.buttons) {
      button.setButtonText(label());
      button.setDisabled(choice !== "keep" && this.since === null);
    }
  }

  private answer(choice: IdleChoice): void {
    if (choice !== "keep" && this.since === null) return;
    this.answered = true;
    this.close();
    this.resolve({ choice, idleStart: choice === "keep" ? null : this.since });
  }

  override onClose(): void {
    this.contentEl.empty();
    if (!this.answered) {
      this.answered = true;
      this.resolve(null);
    }
  }
}
