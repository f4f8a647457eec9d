// "Add time entry": a finished entry typed in. Times are wall-clock times in the user's zone
// (`2026-11-23 09:00`), read with the CLI's rules: on the day the clocks go back the first
// occurrence is taken, a time the clocks skip is refused. Each field says what is wrong with it;
// nothing is written until every field is right.

import { Modal, Setting, type DropdownComponent, type TextComponent } from "obsidian";
import type { Host } from "../../ui/host";
import type { TimerService } from "./timer-service";
import { formatLocalTime, parseLocalTime } from "../../core/shared/local-time";
import { taskFromText, toSecond } from "../../core/time/timer";
import type { MessageKey } from "../../core/i18n";

const MAX_HOURS = 24;

interface Fields {
  client: string;
  start: string;
  end: string;
  task: string;
  note: string;
  billable: boolean;
}

export type ManualCheck =
  | { ok: true; start: number; end: number }
  | { ok: false; field: "client" | "start" | "end"; key: MessageKey; params?: Record<string, string | number> };

/** Checks the typed fields: a client, two readable times in `zone`, the end after the start, at most a day. */
export function checkManual(f: Pick<Fields, "client" | "start" | "end">, zone: string, hasClient: (key: string) => boolean): ManualCheck {
  if (f.client === "" || !hasClient(f.client)) return { ok: false, field: "client", key: "timer.manual.error.client" };
  const start = parseLocalTime(f.start, zone);
  if (!start.ok) {
    return { ok: false, field: "start", key: start.reason === "gap" ? "timer.manual.error.gap" : "timer.manual.error.time", params: { value: f.start, zone } };
  }
  const end = parseLocalTime(f.end, zone);
  if (!end.ok) {
    return { ok: false, field: "end", key: end.reason === "gap" ? "timer.manual.error.gap" : "timer.manual.error.time", params: { value: f.end, zone } };
  }
  const s = toSecond(start.ms);
  const e = toSecond(end.ms);
  if (e <= s) return { ok: false, field: "end", key: "timer.manual.error.order" };
  if (e - s > MAX_HOURS * 3_600_000) return { ok: false, field: "end", key: "timer.manual.error.long", params: { hours: MAX_HOURS } };
  return { ok: true, start: s, end: e };
}

export class ManualEntryModal extends Modal {
  private readonly fields: Fields;
  private readonly errors = new Map<string, HTMLElement>();
  private summaryEl!: HTMLElement;
  private saveButton: HTMLButtonElement | null = null;

  constructor(
    private readonly host: Pick<Host, "app" | "t" | "indexer">,
    private readonly timer: TimerService,
  ) {
    super(host.app);
    const zone = timer.zone();
    const end = Math.floor(Date.now() / 60_000) * 60_000;
    const cur = timer.current() ?? null;
    const last = cur === null ? timer.lastEntry() : null;
    this.fields = {
      client: cur?.entry.clientKey ?? last?.clientKey ?? "",
      start: formatLocalTime(end - 3_600_000, zone),
      end: formatLocalTime(end, zone),
      task: "",
      note: "",
      billable: true,
    };
  }

  override onOpen(): void {
    const t = this.host.t;
    const zone = this.timer.zone();
    this.setTitle(t("timer.manual.title"));
    this.modalEl.addClass("client-desk-manual");
    const el = this.contentEl;
    el.createEl("p", { cls: "client-desk-muted", text: t("timer.manual.zone", { zone }) });

    const clients = this.host.indexer.index.clients();
    this.row(t("timer.manual.client"), "client").addDropdown((dd: DropdownComponent) => {
      dd.addOption("", t("timer.manual.client-choose"));
      for (const c of clients) dd.addOption(c.key, c.name);
      dd.setValue(this.fields.client).onChange((v) => this.update({ client: v }));
    });
    this.row(t("timer.manual.start"), "start").addText((tx: TextComponent) => {
      tx.setPlaceholder("2026-11-23 09:00").setValue(this.fields.start).onChange((v) => this.update({ start: v }));
      tx.inputEl.addClass("client-desk-manual-start");
    });
    this.row(t("timer.manual.end"), "end").addText((tx: TextComponent) => {
      tx.setPlaceholder("2026-11-23 10:30").setValue(this.fields.end).onChange((v) => this.update({ end: v }));
      tx.inputEl.addClass("client-desk-manual-end");
    });
    this.row(t("timer.manual.task"), null, t("timer.manual.task-desc")).addText((tx: TextComponent) => {
      tx.setValue(this.fields.task).onChange((v) => this.update({ task: v }));
      tx.inputEl.addClass("client-desk-manual-task");
    });
    this.row(t("timer.manual.note"), null).addText((tx: TextComponent) => {
      tx.setValue(this.fields.note).onChange((v) => this.update({ note: v }));
      tx.inputEl.addClass("client-desk-manual-note");
    });
    this.row(t("timer.manual.non-billable"), null).addToggle((tg) =>
      tg.setValue(!this.fields.billable).onChange((v) => this.update({ billable: !v })),
    );
    this.summaryEl = el.createDiv({ cls: "client-desk-manual-summary" });
    new Setting(el)
      .addButton((b) => b.setButtonText(t("timer.cancel")).onClick(() => this.close()))
      .addButton((b) => {
        this.saveButton = b.buttonEl;
        b.setButtonText(t("timer.manual.save")).setCta().onClick(() => void this.save());
      });
    this.update({});
  }

  private row(name: string, field: string | null, desc?: string): Setting {
    const s = new Setting(this.contentEl).setName(name);
    if (desc) s.setDesc(desc);
    if (field !== null) this.errors.set(field, s.descEl.createDiv({ cls: "client-desk-setting-error" }));
    return s;
  }

  private check(): ManualCheck {
    const index = this.host.indexer.index;
    return checkManual(this.fields, this.timer.zone(), (k) => index.client(k) !== null);
  }

  private update(patch: Partial<Fields>): void {
    Object.assign(this.fields, patch);
    const t = this.host.t;
    const r = this.check();
    for (const [field, el] of this.errors) el.setText(!r.ok && r.field === field ? t(r.key, r.params) : "");
    if (r.ok) {
      this.summaryEl.setText(t("timer.manual.summary", { time: this.timer.durationText(r.end - r.start) }));
    } else this.summaryEl.setText("");
    this.saveButton?.toggleClass("is-disabled", !r.ok);
  }

  private async save(): Promise<void> {
    const r = this.check();
    if (!r.ok) {
      this.update({});
      return;
    }
    const task = taskFromText(this.fields.task);
    this.close();
    await this.timer.addManual({
      clientKey: this.fields.client,
      start: r.start,
      end: r.end,
      task: task.task,
      taskAsLink: task.taskAsLink,
      note: this.fields.note.trim() === "" ? null : this.fields.note,
      billable: this.fields.billable,
    });
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
