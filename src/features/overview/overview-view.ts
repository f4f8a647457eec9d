// "Client overview": one view across all clients (its data: src/core/overview/agenda.ts): deadlines, the
// Eisenhower matrix, batches by kind of work, replies overdue, check-ins and surveys due. Redrawn
// when the index changes, and each minute when the clock has moved an item (a deadline passing,
// a new day), keeping keyboard focus on the row it was on.

import { Component, ItemView, Notice, type WorkspaceLeaf } from "obsidian";
import { buildAgenda, type Agenda, type AgendaInput, type AgendaTask, type Quadrant } from "../../core/overview/agenda";
import { tasksOf } from "../../core/time/team";
import type { VaultIndex } from "../../core/index/vault-index";
import { checkinSources } from "../../core/overview/agenda-sources";
import { hoursMinutes } from "../../core/time/duration-text";
import type { Host } from "../../ui/host";
import { moveTaskTo } from "../../adapter/task-priority";
import { listOr, metaLine, openableItem, taskItem, type ItemContext } from "./overview-items";
import { batchName, batchSummary, readableWallClock, zoneCity } from "../../core/overview/agenda-text";
import { formatDate } from "../../core/i18n/format";
import { uiLanguage } from "../../adapter/language";
import { renderMatrix } from "./overview-matrix";

/** The view type; the same since the first release, so saved workspaces keep their tab. */
export const OVERVIEW_VIEW = "client-desk-overview";
const CLOCK_CHECK_MS = 60_000;

export class OverviewView extends ItemView {
  private shown = "";
  private pendingFocus: string | null = null;
  /** The index's clients and tasks as of one version: the minute's clock check reads no notes again. */
  private input: (AgendaInput & { index: VaultIndex; version: number }) | null = null;
  /** Owns the DOM handlers of one drawing, so a redraw drops the last one's. */
  private drawing: Component | null = null;
  /** A team's person whose tasks are shown (docs/team.md); empty for everyone's. */
  person = "";

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: Pick<Host, "t" | "settings" | "indexer" | "zone">,
  ) {
    super(leaf);
  }

  /**
   * Which sections are open, kept while the view lives. The three lists of tasks (deadlines,
   * priorities, batches) show the same tasks in three orders: one of them is open at a time, so
   * each task is on screen once.
   */
  private readonly open = new Map<string, boolean>([
    ["deadlines", true],
    ["matrix", false],
    ["batches", false],
  ]);

  override getViewType(): string {
    return OVERVIEW_VIEW;
  }

  override getDisplayText(): string {
    return this.host.t("agenda.title");
  }

  override getIcon(): string {
    return "layout-dashboard";
  }

  override async onOpen(): Promise<void> {
    this.registerEvent(this.host.indexer.onChanged(() => this.render()));
    this.registerInterval(window.setInterval(() => this.render(), CLOCK_CHECK_MS));
    this.render();
  }

  /** The agenda now; null while the vault is still being read. */
  agenda(): Agenda | null {
    const { indexer, settings } = this.host;
    if (!indexer.ready) return null;
    const index = indexer.index;
    if (this.input === null || this.input.index !== index || this.input.version !== index.version) {
      this.input = { index, version: index.version, clients: index.clients(), tasks: index.tasks() };
    }
    const person = this.person === "" ? null : index.team.find(this.person);
    return buildAgenda(person === null ? this.input : { clients: this.input.clients, tasks: tasksOf(this.input.tasks, person) }, {
      now: Date.now(),
      zone: this.host.zone(),
      weekStart: settings.weekStart,
      sources: checkinSources(indexer.index),
    });
  }

  /** With a team: whose tasks to show, everyone's by default. */
  private personFilter(scope: Component, head: HTMLElement): void {
    const team = this.host.indexer.index.team;
    if (!team.active()) return;
    const select = head.createEl("select", { cls: "dropdown client-desk-agenda-person", attr: { "aria-label": this.host.t("agenda.person.label") } });
    select.createEl("option", { value: "", text: this.host.t("agenda.person.everyone") });
    for (const p of team.people()) select.createEl("option", { value: p.key, text: p.name });
    select.value = this.person;
    scope.registerDomEvent(select, "change", () => {
      this.person = select.value;
      this.render(true);
    });
  }

  render(force = false): void {
    const agenda = this.agenda();
    // Everything drawn but the clock itself: an unchanged agenda is not redrawn (focus, scroll).
    const key = agenda === null ? "" : JSON.stringify({ ...agenda, now: 0, replies: agenda.replies.map((r) => ({ ...r, lateMinutes: 0 })), lang: this.host.t("agenda.title") });
    if (!force && key === this.shown && key !== "") return;
    this.shown = key;
    const active = this.contentEl.ownerDocument.activeElement;
    const focus = this.pendingFocus ?? (active instanceof HTMLElement && this.contentEl.contains(active) ? active.dataset.focus ?? null : null);
    this.pendingFocus = null;

    const t = this.host.t;
    const root = this.contentEl;
    if (this.drawing) this.removeChild(this.drawing);
    const scope = (this.drawing = this.addChild(new Component()));
    root.empty();
    root.addClass("client-desk-agenda");
    if (agenda === null) {
      root.createEl("p", { cls: "client-desk-agenda-empty", text: t("agenda.indexing") });
      return;
    }
    const language = uiLanguage(this.host.settings);
    const ctx: ItemContext = { app: this.app, owner: scope, t, zone: agenda.zone, leaf: this.leaf, language };
    // The tab says "Client overview": no heading repeats it.
    const head = root.createDiv({ cls: "client-desk-agenda-header" });
    head.createDiv({ cls: "client-desk-agenda-muted", text: t("agenda.header", { date: formatDate(agenda.today, language), week: agenda.week, zone: agenda.zone }) });
    head.createDiv({ cls: "client-desk-agenda-muted", text: t("agenda.tasks.help") });
    this.personFilter(scope, head);

    this.deadlines(ctx, root, agenda);
    const total = (["do", "schedule", "delegate", "later"] as const).reduce((n, q) => n + agenda.matrix[q].length, 0);
    renderMatrix(ctx, this.section(scope, root, "matrix", t("agenda.section.matrix"), total), agenda.matrix, (task, to) => void this.move(task, to));
    this.batches(ctx, root, agenda);
    this.replies(ctx, root, agenda);
    this.checkins(ctx, root, agenda);
    this.surveys(ctx, root, agenda);

    if (focus !== null) root.querySelector<HTMLElement>(`[data-focus="${CSS.escape(focus)}"]`)?.focus();
  }

  private deadlines(ctx: ItemContext, root: HTMLElement, a: Agenda): void {
    const t = ctx.t;
    const total = a.deadlines.overdue.length + a.deadlines.today.length + a.deadlines.week.length;
    const box = this.section(ctx.owner, root, "deadlines", t("agenda.section.deadlines"), total);
    if (total === 0) {
      box.createDiv({ cls: "client-desk-agenda-empty", text: t("agenda.deadlines.none") });
      return;
    }
    for (const which of ["overdue", "today", "week"] as const) {
      const items = a.deadlines[which];
      if (items.length === 0) continue;
      const group = box.createDiv({ cls: `client-desk-agenda-group is-${which}` });
      const h = group.createEl("h5", { text: t(`agenda.deadlines.${which}`) });
      h.createSpan({ cls: "client-desk-agenda-count", text: String(items.length) });
      const list = group.createEl("ul", { cls: "client-desk-agenda-list" });
      for (const task of items) taskItem(ctx, list, task, `deadline-${which}`);
    }
  }

  private batches(ctx: ItemContext, root: HTMLElement, a: Agenda): void {
    const t = ctx.t;
    const box = this.section(ctx.owner, root, "batches", t("agenda.section.batches"), a.batches.reduce((n, b) => n + b.tasks.length, 0));
    if (a.batches.length === 0) box.createDiv({ cls: "client-desk-agenda-empty", text: t("agenda.nothing") });
    for (const b of a.batches) {
      const group = box.createDiv({ cls: "client-desk-agenda-group" });
      const h = group.createEl("h5", { text: b.kind === null ? t("agenda.batch.other") : batchName(b.kind) });
      h.createSpan({ cls: "client-desk-agenda-count", text: String(b.tasks.length) });
      group.createDiv({ cls: "client-desk-agenda-muted", text: batchSummary(t, b) });
      const list = group.createEl("ul", { cls: "client-desk-agenda-list" });
      for (const task of b.tasks) taskItem(ctx, list, task, `batch-${b.key ?? ""}`);
    }
  }

  private replies(ctx: ItemContext, root: HTMLElement, a: Agenda): void {
    const t = ctx.t;
    const box = this.section(ctx.owner, root, "replies", t("agenda.section.replies"), a.replies.length);
    const list = listOr(box, a.replies.length, t("agenda.replies.none"));
    for (const r of a.replies) {
      const main = openableItem(ctx, list!, r.file, r.title, r, `reply:${r.file}`);
      const late = t("timer.duration", hoursMinutes(r.lateMinutes * 60_000));
      const when = (text: string) => readableWallClock(t, text, ctx.language);
      metaLine(main, [r.clientName, t("agenda.reply.late", { va: when(r.replyByVa), client: when(r.replyByClient), zone: zoneCity(r.clientZone), late })]);
    }
  }

  private checkins(ctx: ItemContext, root: HTMLElement, a: Agenda): void {
    const t = ctx.t;
    const box = this.section(ctx.owner, root, "checkins", t("agenda.section.checkins"), a.checkins.length);
    const list = listOr(box, a.checkins.length, t("agenda.checkins.none"));
    for (const c of a.checkins) {
      const main = openableItem(ctx, list!, c.file, c.clientName, c, `checkin:${c.file}`);
      const text =
        c.dueDate === null || c.lastCheckin === null
          ? t("agenda.checkin.never", { days: c.checkinDays })
          : t("agenda.checkin.due", { date: formatDate(c.dueDate, ctx.language), last: formatDate(c.lastCheckin, ctx.language), days: c.checkinDays });
      metaLine(main, [text]);
    }
  }

  private surveys(ctx: ItemContext, root: HTMLElement, a: Agenda): void {
    const t = ctx.t;
    const box = this.section(ctx.owner, root, "surveys", t("agenda.section.surveys"), a.surveys.length);
    const list = listOr(box, a.surveys.length, t("agenda.surveys.none"));
    for (const s of a.surveys) {
      const main = openableItem(ctx, list!, s.file, s.clientName, s, `survey:${s.file}`);
      metaLine(main, [t("agenda.survey.after", { task: s.taskTitle, date: formatDate(s.completed, ctx.language) })]);
    }
  }

  private section(owner: Component, root: HTMLElement, name: string, title: string, count: number): HTMLElement {
    return foldable(owner, root, name, title, count, this.open, (which, isOpen) => {
      this.open.set(which, isOpen);
      if (!isOpen || !TASK_LISTS.includes(which)) return;
      for (const other of TASK_LISTS) {
        if (other === which) continue;
        this.open.set(other, false);
        const el = root.querySelector<HTMLDetailsElement>(`details.is-${other}`);
        if (el) el.open = false;
      }
    });
  }

  /** Opens one section (and, for a task list, folds the other two), as a click on its heading does. */
  openSection(name: string): void {
    const el = this.contentEl.querySelector<HTMLDetailsElement>(`details.is-${name}`);
    if (el && !el.open) el.open = true;
    this.open.set(name, true);
  }

  private async move(task: AgendaTask, to: Quadrant): Promise<void> {
    this.pendingFocus = `matrix:${task.file}`;
    const r = await moveTaskTo(this.app, task.file, to);
    if (r.ok) return;
    this.pendingFocus = null;
    const reason = r.reason === "missing" ? this.host.t("agenda.move.missing", { file: task.file }) : (r.message ?? "");
    new Notice(this.host.t("agenda.move.failed", { title: task.title, reason }));
    this.render(true);
  }
}

const TASK_LISTS = ["deadlines", "matrix", "batches"];

/**
 * A section that folds (`<details>`, its heading the summary), open as it was left. Opening one of
 * the task lists folds the other two.
 */
function foldable(owner: Component, root: HTMLElement, name: string, title: string, count: number, open: Map<string, boolean>, onToggle: (name: string, isOpen: boolean) => void): HTMLElement {
  const box = root.createEl("details", { cls: `client-desk-agenda-section is-${name}` });
  box.open = open.get(name) ?? true;
  const h = box.createEl("summary", { cls: "client-desk-agenda-summary" }).createEl("h4", { text: title });
  h.createSpan({ cls: "client-desk-agenda-count", text: String(count) });
  owner.registerDomEvent(box, "toggle", () => onToggle(name, box.open));
  return box;
}
