// The weekly planner: an ItemView of one week (or one day on a narrow pane) drawn from the week
// view model, redrawn when the index or the settings change and once a minute for the time line.
// Every edit goes through the PlanWriter; the pointer, the keyboard, the menu and the dialogs all
// call the same handlers (planner-edits.ts).

import { ItemView, Notice, Platform, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import type { Host } from "../../ui/host";
import type { TimerService } from "../timer/timer-service";
import { weekViewModel } from "../../core/planner/week-view";
import type { WeekView } from "../../core/planner/week-model";
import { weekOf } from "../../core/shared/week";
import { userHours } from "../../core/settings/settings";
import { addWeeks, SNAP_MINUTES } from "../../core/planner/plan-time";
import { PlanWriter } from "../../adapter/plan-writer";
import { openStartTimer } from "../timer/commands";
import { renderGrid } from "./planner-grid";
import { ReusedElements } from "./reused-elements";
import { decorateBlock } from "./planner-labels";
import { renderSummary } from "./planner-summary";
import { PlannerEdits } from "./planner-edits";
import { PlannerPointer } from "./planner-pointer";
import { keyAction } from "./planner-keys";
import { redrawn, renderStrip, renderToolbar, stripKey, summaryKey } from "./planner-header";
import { renderTimerBox } from "./timer-box";
import { uiLanguage } from "../../adapter/language";
import { PlannerBelow } from "./planner-below";
import { fillWeekFromTemplate } from "./plan-fill-template";
import { openSlotFinder } from "./slot-finder-modal";
import { blockPeople, PlannerPeople, personHoursText, renderPersonPicker } from "./planner-people";

export const PLANNER_VIEW = "client-desk-planner";
/** Below this width (px) the planner shows one day with previous/next day. */
export const NARROW_WIDTH = 600;
const MINUTE = 60_000;

interface Skeleton {
  toolbar: HTMLElement;
  strip: HTMLElement;
  scroll: HTMLElement;
  summary: HTMLElement;
  table: HTMLElement;
  deadlines: HTMLElement;
}

export class PlannerView extends ItemView {
  week: string | null = null;
  /** The day shown on a narrow pane (index into the week's days). */
  day = 0;
  narrow = false;
  model: WeekView | null = null;
  readonly writer: PlanWriter;
  private readonly hidden = new Set<string>();
  private readonly people: PlannerPeople;
  /** The grid's elements of the last render, taken again by the items that show the same. */
  private readonly reuse = new ReusedElements();
  /** What the strip and the numbers last drew, to leave them be when it is the same. */
  private readonly drawn = { strip: "", table: "" };
  private readonly pointer: PlannerPointer;
  /** What the pointer, the keyboard, the menu and the dialogs change (planner-edits.ts). */
  readonly edits: PlannerEdits;
  private pending = false;
  private dayChosen = false;
  private focusId: string | null = null;
  private parts: Skeleton | null = null;
  private below: PlannerBelow | null = null;
  private scrollPending = true;
  /** The pane's width as last measured (on open and resize), so a render never reads layout. */
  private width = 0;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: Pick<Host, "app" | "t" | "settings" | "indexer" | "zone">,
    private readonly timer: TimerService,
  ) {
    super(leaf);
    this.people = new PlannerPeople(this.app);
    this.writer = new PlanWriter(host, (key, params) => new Notice(host.t(key, params)));
    this.edits = new PlannerEdits(this, this.app, host, timer, this.writer, this.people);
    this.pointer = new PlannerPointer({
      create: (day, from, to) => this.edits.createAt(day, from, to),
      move: (id, _day, minutes, days) => void this.edits.moveBy(id, { minutes, days }),
      resize: (id, _day, minutes) => void this.edits.resizeBy(id, minutes),
      busy: (on) => {
        if (!on && this.pending) this.render();
      },
    });
  }

  override getViewType(): string {
    return PLANNER_VIEW;
  }

  override getDisplayText(): string {
    return this.host.t("planner.title");
  }

  override getIcon(): string {
    return "calendar-range";
  }

  override getState(): Record<string, unknown> {
    // The person picker's choice ("" mine, "*" everyone, or a key) is kept with the layout too.
    return { week: this.week, person: this.people.choice };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const week = (state as { week?: unknown } | null)?.week;
    if (typeof week === "string" && /^\d{4}-W\d{2}$/.test(week)) this.week = week;
    const person = (state as { person?: unknown } | null)?.person;
    if (typeof person === "string") this.people.choice = person;
    await super.setState(state, result);
    this.render();
  }

  private zone(): string {
    return this.host.zone();
  }

  override async onOpen(): Promise<void> {
    const root = this.contentEl;
    root.addClass("client-desk-planner");
    this.registerEvent(this.host.indexer.onChanged(() => this.render()));
    this.registerEvent(this.timer.onChanged(() => this.renderTimer()));
    // The phone's timer box is a running clock: redrawn on the timer's tick (its registered interval).
    if (Platform.isMobile) this.registerEvent(this.timer.onTick((now) => this.renderTimer(this.contentEl, now)));
    this.registerInterval(window.setInterval(() => this.render(), MINUTE));
    // The working-hour bands are drawn in the shown theme's shade of each client's colour.
    this.registerEvent(this.app.workspace.on("css-change", () => this.render()));
    this.registerDomEvent(root, "pointerdown", (e) => this.pointer.down(e));
    this.registerDomEvent(root, "pointermove", (e) => this.pointer.move(e));
    this.registerDomEvent(root, "pointerup", (e) => this.pointer.up(e));
    this.registerDomEvent(root, "pointercancel", (e) => this.pointer.cancel(e));
    this.registerDomEvent(root, "keydown", (e) => this.onKey(e));
    this.registerDomEvent(root, "contextmenu", (e) => {
      const id = blockIdOf(e.target);
      if (id === null) return;
      e.preventDefault();
      this.edits.openMenu(id, { x: e.clientX, y: e.clientY });
    });
    this.registerDomEvent(root, "click", (e) => this.onClick(e));
    this.registerDomEvent(root, "change", (e) => {
      if (!(e.target instanceof HTMLSelectElement) || !e.target.classList.contains("client-desk-planner-person")) return;
      this.people.choice = e.target.value;
      this.app.workspace.requestSaveLayout();
      this.render();
    });
    const decorate = (e: Event) => {
      const block = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>(".client-desk-planner-block") : null;
      if (block && this.model) decorateBlock(block, this.host.t, this.model);
      const entry = e.target instanceof HTMLElement ? e.target.closest<HTMLElement>(".client-desk-planner-entry") : null;
      if (entry && !entry.title) entry.title = entry.getAttribute("aria-label") ?? "";
    };
    this.registerDomEvent(root, "pointerover", decorate);
    this.registerDomEvent(root, "focusin", decorate);
    this.registerDomEvent(window, "resize", () => this.onResize());
    this.width = root.clientWidth;
    this.render();
  }

  override onResize(): void {
    this.width = this.contentEl.clientWidth;
    if (this.isNarrow() !== this.narrow) this.render();
  }

  private isNarrow(): boolean {
    return (this.width > 0 && this.width < NARROW_WIDTH) || Platform.isPhone;
  }

  // ---------------------------------------------------------------------------------------------
  // Drawing

  /**
   * The parts that stay across renders: the scroll position lives in its element (never read or
   * written again), and the summary and deadlines areas keep whatever is mounted beside ours.
   */
  private skeleton(): Skeleton {
    if (this.parts && this.parts.toolbar.isConnected) return this.parts;
    const root = this.contentEl;
    root.empty();
    const frame = root.createDiv({ cls: "client-desk-planner-frame" });
    const toolbar = frame.createDiv({ cls: "client-desk-planner-toolbar" });
    const strip = frame.createDiv({ cls: "client-desk-planner-strip" });
    const scroll = frame.createDiv({ cls: "client-desk-planner-scroll" });
    const summary = frame.createDiv({ cls: "client-desk-planner-summary" });
    const table = summary.createDiv({ cls: "client-desk-planner-summary-table" });
    const deadlines = frame.createDiv({ cls: "client-desk-planner-deadlines" });
    if (this.below) this.removeChild(this.below);
    this.below = this.addChild(new PlannerBelow(summary, deadlines, this.host));
    this.parts = { toolbar, strip, scroll, summary, table, deadlines };
    this.drawn.strip = "";
    this.drawn.table = "";
    this.scrollPending = true;
    return this.parts;
  }

  render(): void {
    if (this.pointer.active) {
      this.pending = true;
      return;
    }
    this.pending = false;
    const { host } = this;
    const t = host.t;
    const root = this.contentEl;
    const active = root.ownerDocument.activeElement;
    const focused = active instanceof HTMLElement && root.contains(active) ? active.dataset.id ?? null : null;
    if (focused !== null) this.focusId = focused;
    this.narrow = this.isNarrow();
    root.toggleClass("is-narrow", this.narrow);
    const zone = this.zone();
    const now = Date.now();
    const s = host.settings;
    this.week ??= weekOf(now, zone, s.weekStart);
    if (!host.indexer.ready) {
      root.empty();
      this.parts = null;
      root.createEl("p", { cls: "client-desk-muted", text: t("planner.indexing") });
      this.model = null;
      return;
    }
    const hours = userHours(s);
    const index = host.indexer.index;
    const model = weekViewModel(index, {
      week: this.week,
      zone,
      weekStart: s.weekStart,
      now,
      bufferMinutes: s.plannerBuffer,
      ...this.people.options(index, { zone, workingHours: hours, workingDays: s.workingDays }),
    });
    this.model = model;
    if (!this.dayChosen) {
      // A narrow pane opens on today.
      this.dayChosen = true;
      this.day = Math.max(0, model.days.findIndex((d) => d.today));
    }
    this.day = Math.max(0, Math.min(6, this.day));
    const parts = this.skeleton();
    const toolbar = createDiv({ cls: "client-desk-planner-toolbar" });
    renderToolbar(toolbar, t, model, this.narrow ? this.day : null, uiLanguage(host.settings));
    const shown = this.people.shown(index);
    if (index.team.active()) {
      renderPersonPicker(toolbar.querySelector(".client-desk-planner-tools") ?? toolbar, t, index.team.people(), this.people.choice);
      const said = shown !== "all" && shown !== null ? personHoursText(t, shown, zone) : null;
      if (said !== null) toolbar.querySelector(".client-desk-planner-heading")?.createSpan({ cls: "client-desk-planner-person-hours", text: said });
    }
    this.renderTimer(toolbar);
    // The client strip and the numbers are drawn again only when what they show changed: the
    // strip seldom does from one week to the next.
    const language = host.settings.language;
    const strip = redrawn(parts.strip, this.drawn, "strip", stripKey(model, this.hidden, language), () => {
      const el = createDiv({ cls: "client-desk-planner-strip", attr: { role: "group", "aria-label": t("planner.clients") } });
      renderStrip(el, t, model, this.hidden);
      return el;
    });
    const shownDays = this.narrow ? [this.day] : [0, 1, 2, 3, 4, 5, 6];
    const whose = shown === "all" && index.team.active() ? blockPeople(index.team.people()) : undefined;
    const grid = renderGrid({ t, model, shownDays, hidden: this.hidden, reuse: this.reuse, whose });
    const table = redrawn(parts.table, this.drawn, "table", summaryKey(model, language), () => {
      const el = createDiv({ cls: "client-desk-planner-summary-table" });
      renderSummary(el, t, model);
      return el;
    });
    parts.toolbar.replaceWith(toolbar);
    if (parts.scroll.firstChild !== grid || parts.scroll.childNodes.length !== 1) parts.scroll.replaceChildren(grid);
    this.reuse.done();
    Object.assign(parts, { toolbar, strip, table });
    this.below?.update(model, zone, now);
    if (this.scrollPending) {
      // Once per week shown: open on the hour before the working day. Setting a scroll position
      // makes the browser lay the new week out at once; on the next frame it does so anyway.
      this.scrollPending = false;
      const scroll = parts.scroll;
      // An earlier block of the week (up to three hours before) is shown whole, half an hour
      // below the sticky day heads.
      const earliest = Math.min(...model.blocks.map((b) => b.top), hours.start);
      const minute = Math.max(0, hours.start - 180, Math.min(hours.start - 60, earliest - 30));
      const top = (minute / 60) * 40;
      window.requestAnimationFrame(() => (scroll.scrollTop = top));
    }
    if (this.focusId !== null && focused !== null) {
      grid.querySelector<HTMLElement>(`.client-desk-planner-block[data-id="${CSS.escape(this.focusId)}"]`)?.focus();
    }
  }

  /** On mobile there is no status bar: the running timer and its start/stop live in the toolbar. */
  renderTimer(parent: HTMLElement = this.contentEl, now = Date.now()): void {
    const box = parent.querySelector<HTMLElement>(".client-desk-planner-timer");
    if (box) renderTimerBox(box, this.host.t, this.timer, uiLanguage(this.host.settings), now);
  }

  // ---------------------------------------------------------------------------------------------
  // Navigation

  goWeek(week: string): void {
    this.week = week;
    this.scrollPending = true;
    this.render();
  }

  goToday(): void {
    const now = Date.now();
    this.week = weekOf(now, this.zone(), this.host.settings.weekStart);
    this.render();
    const today = this.model?.days.findIndex((d) => d.today) ?? -1;
    if (today >= 0 && today !== this.day) {
      this.day = today;
      this.render();
    }
  }

  stepDay(by: number): void {
    const next = this.day + by;
    if (next < 0 || next > 6) {
      this.week = addWeeks(this.week ?? this.model?.week ?? "", by);
      this.day = next < 0 ? 6 : 0;
    } else this.day = next;
    this.render();
  }

  toggleClient(key: string): void {
    if (this.hidden.has(key)) this.hidden.delete(key);
    else this.hidden.add(key);
    this.render();
  }

  /** The block to focus once the next render has drawn it (after an edit by the keyboard). */
  focus(id: string): void {
    this.focusId = id;
  }

  private onClick(evt: MouseEvent): void {
    const target = evt.target as HTMLElement;
    const more = target.closest(".client-desk-planner-more");
    const id = blockIdOf(target);
    if (more && id !== null) {
      const r = more.getBoundingClientRect();
      this.edits.openMenu(id, { x: r.left, y: r.bottom });
      return;
    }
    const chip = target.closest<HTMLElement>(".client-desk-planner-chip");
    if (chip?.dataset.client !== undefined) return this.toggleClient(chip.dataset.client);
    const action = target.closest<HTMLElement>("[data-action]")?.dataset.action;
    const week = this.model?.week ?? this.week ?? "";
    if (action === "prev") return this.narrow ? this.stepDay(-1) : this.goWeek(addWeeks(week, -1));
    if (action === "next") return this.narrow ? this.stepDay(1) : this.goWeek(addWeeks(week, 1));
    if (action === "today") return this.goToday();
    if (action === "new") return this.edits.newBlockDialog();
    if (action === "fill") return void fillWeekFromTemplate(this.host, week);
    if (action === "slot") return void openSlotFinder(this.host, week);
    if (action === "timer-start") return void openStartTimer(this.host, this.timer, false);
    if (action === "timer-stop") return void this.timer.stop();
  }

  onKey(evt: KeyboardEvent): void {
    const id = blockIdOf(evt.target);
    if (id === null || !(evt.target as HTMLElement).classList.contains("client-desk-planner-block")) return;
    const action = keyAction(evt, SNAP_MINUTES);
    if (action === null) return;
    if (action.kind === "resize") void this.edits.resizeBy(id, action.minutes);
    else if (action.kind === "move") void this.edits.moveBy(id, action);
    else if (action.kind === "delete") this.edits.askDelete(id);
    else {
      const r = (evt.target as HTMLElement).getBoundingClientRect();
      this.edits.openMenu(id, { x: r.left, y: r.top + Math.min(r.height, 24) });
    }
    evt.preventDefault();
    this.focusId = id;
  }
}

function blockIdOf(target: EventTarget | null): string | null {
  const el = target instanceof HTMLElement ? target.closest<HTMLElement>(".client-desk-planner-block") : null;
  return el?.dataset.id ?? null;
}

/** Redraws every open planner: after a settings change (week start, zone, hours). */
export function refreshPlanners(host: Pick<Host, "app">): void {
  for (const leaf of host.app.workspace.getLeavesOfType(PLANNER_VIEW)) {
    if (leaf.view instanceof PlannerView) leaf.view.render();
  }
}
