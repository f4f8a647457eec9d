// The planner's edits: blocks created, moved, resized and deleted, the block menu, a timer started
// from a block. The pointer, the keyboard, the menu and the dialogs of the view (planner-view.ts)
// all call these; every change is written by the PlanWriter, and another person's block is
// changed only by its person or the owner (docs/team.md).

import { Menu, Notice, type App } from "obsidian";
import type { Host } from "../../ui/host";
import type { TimerService } from "../timer/timer-service";
import type { BlockItem, WeekView } from "../../core/planner/week-model";
import { instantAtMinute, moveBlock, resizeBlock } from "../../core/planner/plan-time";
import { clientNotePath } from "../../core/shared/paths";
import { taskFromText } from "../../core/time/timer";
import type { PlanWriter, PlacedBlock, PlanOutcome } from "../../adapter/plan-writer";
import { ConfirmModal } from "../../ui/confirm-modal";
import { blockLabel, dayLabel } from "./planner-labels";
import { PlannerBlockModal, PlannerClientModal, PlannerTitleModal } from "./planner-modals";
import { workingAsName } from "../../adapter/working-as";
import type { PlannerPeople } from "./planner-people";

/** What the edits read of the view: the week drawn and the day a narrow pane shows. */
export interface EditedWeek {
  readonly model: WeekView | null;
  readonly narrow: boolean;
  readonly day: number;
  /** The block to focus once the next render has drawn it. */
  focus(id: string): void;
}

export class PlannerEdits {
  constructor(
    private readonly view: EditedWeek,
    private readonly app: App,
    private readonly host: Pick<Host, "t" | "settings" | "indexer" | "zone">,
    private readonly timer: TimerService,
    private readonly writer: PlanWriter,
    private readonly people: PlannerPeople,
  ) {}

  block(id: string): BlockItem | null {
    return this.view.model?.blocks.find((b) => b.id === id) ?? null;
  }

  private placed(b: BlockItem): PlacedBlock {
    return { id: b.id, line: b.line, start: b.blockStart, end: b.blockEnd, file: b.file };
  }

  /** After a drag on empty space: pick a client, then an optional title, then the block is written. */
  createAt(day: number, fromMinute: number, toMinute: number): void {
    const model = this.view.model;
    if (!model) return;
    const t = this.host.t;
    const zone = this.host.zone();
    const date = model.days[day].date;
    const start = instantAtMinute(date, fromMinute, zone);
    const end = instantAtMinute(date, toMinute, zone);
    if (end <= start) return;
    const clients = this.host.indexer.index.clients();
    const person = this.ownPlan();
    if (person === undefined) return;
    const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
    new PlannerClientModal(this.app, clients, t("planner.pick.client", { start: clock(fromMinute), end: clock(toMinute) }), t("planner.pick.none"), (c) => {
      new PlannerTitleModal(this.app, t, (title) => void this.writer.create({ clientKey: c.key, start, end, title: title.trim() === "" ? null : title, person })).open();
    }).open();
  }

  /** The "New block" form, prefilled with the next free hour of today (or the week's first day). */
  newBlockDialog(): void {
    const model = this.view.model;
    if (!model) return;
    const t = this.host.t;
    const today = this.view.narrow ? this.view.day : Math.max(0, model.days.findIndex((d) => d.today));
    const hour = model.nowLine && model.nowLine.day === today ? Math.min(23 * 60, Math.ceil(model.nowLine.top / 60) * 60) : 9 * 60;
    const clients = this.host.indexer.index.clients().filter((c) => c.status !== "archived");
    const days = model.days.map((_, i) => ({ label: `${dayLabel(t, model, i)} (${model.days[i].date})` }));
    const own = this.ownPlan();
    if (own === undefined) return;
    // The owner plans for anyone (docs/team.md): the person shown is the dialog's first choice.
    const index = this.host.indexer.index;
    const people = this.people.plansForOthers(index) ? index.team.people().filter((p) => !p.legacy).map((p) => ({ value: p.role === "owner" ? "" : p.key, label: p.name })) : null;
    const shown = this.people.shown(index);
    const person = people !== null && shown !== "all" && shown !== null && shown.role !== "owner" ? shown.key : "";
    new PlannerBlockModal(this.app, t, clients, days, { day: today, start: hour, end: Math.min(1440, hour + 60), person }, (f) => {
      const zone = this.host.zone();
      const date = model.days[f.day].date;
      const whose = people === null ? own : f.person === "" ? null : f.person;
      void this.writer.create({ clientKey: f.clientKey, start: instantAtMinute(date, f.start, zone), end: instantAtMinute(date, f.end, zone), title: f.title.trim() === "" ? null : f.title, person: whose });
    }, people).open();
  }

  /** Whose plan note this device's new blocks go to; undefined (said in a notice) when its name finds nobody. */
  private ownPlan(): string | null | undefined {
    const person = this.people.writePerson(this.host.indexer.index);
    if (person === undefined) new Notice(this.host.t("team.as.unknown", { name: workingAsName(this.app), folder: this.host.settings.teamFolder }));
    return person;
  }

  /** Another person's block is changed only by its person or the owner (docs/team.md). */
  private mayEdit(b: BlockItem): boolean {
    if (this.people.mayEdit(this.host.indexer.index, b)) return true;
    new Notice(this.host.t("planner.person.not-yours", { file: b.file }));
    return false;
  }

  async moveBy(id: string, by: { minutes?: number; days?: number }): Promise<PlanOutcome | null> {
    const b = this.block(id);
    const model = this.view.model;
    if (!b || !model) return null;
    if (!this.mayEdit(b)) return null;
    const next = moveBlock(b.blockStart, b.blockEnd, this.host.zone(), by);
    // A block stays in its week's note: moving it out of the week is left to editing the note.
    if (next.start < model.from || next.start >= model.to) return null;
    this.view.focus(id);
    return this.writer.retime(this.placed(b), next.start, next.end);
  }

  async resizeBy(id: string, minutes: number): Promise<PlanOutcome | null> {
    const b = this.block(id);
    if (!b || !this.mayEdit(b)) return null;
    const next = resizeBlock(b.blockStart, b.blockEnd, this.host.zone(), minutes);
    if (next.end === b.blockEnd) return null;
    this.view.focus(id);
    return this.writer.retime(this.placed(b), next.start, next.end);
  }

  askDelete(id: string): void {
    const b = this.block(id);
    const model = this.view.model;
    if (!b || !model || !this.mayEdit(b)) return;
    const t = this.host.t;
    new ConfirmModal(this.app, {
      title: t("planner.delete.title"),
      body: t("planner.delete.body", { what: blockLabel(t, model, b, this.clientName(b)), file: b.file }),
      confirm: t("planner.delete.confirm"),
      cancel: t("planner.cancel"),
      warning: true,
      onConfirm: () => this.writer.remove(this.placed(b)),
    }).open();
  }

  startTimerFor(id: string): void {
    const b = this.block(id);
    if (!b || b.clientKey === null) return;
    void this.timer.start({ clientKey: b.clientKey, ...taskFromText(b.title) });
  }

  async openClient(id: string): Promise<void> {
    const b = this.block(id);
    if (!b || b.clientKey === null) return;
    await this.app.workspace.openLinkText(clientNotePath(this.host.indexer.index.layout, b.clientKey), "", false);
  }

  openMenu(id: string, at: { x: number; y: number }): Menu | null {
    const b = this.block(id);
    if (!b) return null;
    const t = this.host.t;
    const menu = new Menu();
    if (b.clientKey !== null) {
      menu.addItem((i) => i.setTitle(t("planner.menu.start-timer")).setIcon("play").onClick(() => this.startTimerFor(id)));
      menu.addItem((i) => i.setTitle(t("planner.menu.open-client")).setIcon("user").onClick(() => void this.openClient(id)));
    }
    menu.addItem((i) => i.setTitle(t("planner.menu.delete")).setIcon("trash").setWarning(true).onClick(() => this.askDelete(id)));
    menu.showAtPosition(at);
    return menu;
  }

  private clientName(b: BlockItem): string {
    if (b.clientKey === null) return b.clientRef;
    return this.view.model?.clients.find((c) => c.key === b.clientKey)?.name ?? b.clientKey;
  }
}
