// Pointer gestures on the week grid (mouse, pen and touch alike): drag on empty space in a day
// column to make a block, drag a block to move it (across days too), drag its bottom edge to
// resize it. While dragging only a block's transform (through CSS custom properties) or its height
// changes; the edit is asked for on release,
// snapped to the quarter hour, through the same handlers the keyboard uses.

import { SNAP_MINUTES, snapMinute } from "../../core/planner/plan-time";

export interface PointerHandlers {
  create(day: number, startMinute: number, endMinute: number): void;
  move(id: string, day: number, byMinutes: number, byDays: number): void;
  resize(id: string, day: number, byMinutes: number): void;
  /** True while a gesture runs: re-renders wait until it ends. */
  busy(on: boolean): void;
}

interface Gesture {
  kind: "create" | "move" | "resize";
  pointerId: number;
  x0: number;
  y0: number;
  day: number;
  column: HTMLElement;
  top: number;
  perMinute: number;
  width: number;
  /** Day columns to the left and right of the one the gesture started in. */
  left: number;
  right: number;
  el: HTMLElement;
  id: string;
  started: boolean;
  startMinute: number;
  minutes: number;
  days: number;
  /** The block's own height (a percentage of the day) before a resize. */
  height: string;
}

/** Pixels a pointer must travel before a press on a block becomes a drag. */
const DRAG_SLOP = 4;

export class PlannerPointer {
  private g: Gesture | null = null;

  constructor(private readonly handlers: PointerHandlers) {}

  get active(): boolean {
    return this.g !== null;
  }

  down(evt: PointerEvent): void {
    if (evt.button !== 0 || this.g !== null) return;
    const target = evt.target as HTMLElement;
    if (target.closest(".client-desk-planner-more")) return;
    const column = target.closest<HTMLElement>(".client-desk-planner-day");
    if (!column) return;
    const rect = column.getBoundingClientRect();
    if (rect.height <= 0) return;
    const columns = Array.from(column.parentElement?.querySelectorAll(".client-desk-planner-day") ?? []);
    const at = columns.indexOf(column);
    const block = target.closest<HTMLElement>(".client-desk-planner-block");
    const perMinute = rect.height / 1440;
    const startMinute = snapMinute((evt.clientY - rect.top) / perMinute);
    const base = {
      pointerId: evt.pointerId,
      x0: evt.clientX,
      y0: evt.clientY,
      day: Number(column.dataset.day),
      column,
      top: rect.top,
      perMinute,
      width: rect.width,
      left: at,
      right: columns.length - 1 - at,
      started: false,
      startMinute,
      minutes: 0,
      days: 0,
      height: block?.style.height ?? "",
    };
    if (block) {
      // The bottom edge resizes: the last few pixels of the block (more on touch).
      const edge = evt.pointerType === "touch" ? 14 : 8;
      const kind = evt.clientY > block.getBoundingClientRect().bottom - edge ? "resize" : "move";
      this.g = { ...base, kind, el: block, id: block.dataset.id ?? "" };
    } else {
      const ghost = column.createDiv({ cls: "client-desk-planner-ghost" });
      ghost.setCssProps({ "--cd-top": String(startMinute), "--cd-height": "0" });
      this.g = { ...base, kind: "create", el: ghost, id: "" };
    }
    evt.preventDefault();
    column.setPointerCapture?.(evt.pointerId);
    this.handlers.busy(true);
  }

  move(evt: PointerEvent): void {
    const g = this.g;
    if (!g || evt.pointerId !== g.pointerId) return;
    const dx = evt.clientX - g.x0;
    const dy = evt.clientY - g.y0;
    if (!g.started && Math.abs(dx) < DRAG_SLOP && Math.abs(dy) < DRAG_SLOP) return;
    if (!g.started) {
      g.started = true;
      g.el.addClass("is-dragging");
    }
    evt.preventDefault();
    const minutes = snapMinute(dy / g.perMinute);
    if (g.kind === "create") {
      const here = snapMinute((evt.clientY - g.top) / g.perMinute);
      const from = Math.max(0, Math.min(g.startMinute, here));
      const to = Math.min(1440, Math.max(g.startMinute, here));
      g.minutes = to - from;
      g.el.setCssProps({ "--cd-top": String(from), "--cd-height": String(to - from) });
      g.el.dataset.from = String(from);
      g.el.dataset.to = String(to);
    } else if (g.kind === "resize") {
      g.minutes = minutes;
      g.el.setCssStyles({ height: `max(calc(${g.height} + ${minutes} * var(--cd-minute)), 0px)` });
    } else {
      g.minutes = minutes;
      g.days = Math.max(-g.left, Math.min(g.right, Math.round(dx / g.width)));
      g.el.setCssProps({ "--cd-dy": String(minutes), "--cd-dx": `${g.days * g.width}px` });
    }
  }

  up(evt: PointerEvent): void {
    const g = this.g;
    if (!g || evt.pointerId !== g.pointerId) return;
    this.end();
    if (!g.started) return;
    if (g.kind === "create") {
      const from = Number(g.el.dataset.from);
      const to = Number(g.el.dataset.to);
      g.el.remove();
      if (to - from >= SNAP_MINUTES) this.handlers.create(g.day, from, to);
    } else if (g.kind === "resize") {
      if (g.minutes !== 0) this.handlers.resize(g.id, g.day, g.minutes);
    } else if (g.minutes !== 0 || g.days !== 0) this.handlers.move(g.id, g.day, g.minutes, g.days);
  }

  cancel(evt: PointerEvent): void {
    const g = this.g;
    if (!g || evt.pointerId !== g.pointerId) return;
    this.end();
    if (g.kind === "create") g.el.remove();
    else {
      g.el.removeClass("is-dragging");
      g.el.setCssProps({ "--cd-dy": "0", "--cd-dx": "0px" });
      if (g.kind === "resize") g.el.setCssStyles({ height: g.height });
    }
  }

  private end(): void {
    const g = this.g;
    this.g = null;
    if (g?.column.hasPointerCapture?.(g.pointerId)) g.column.releasePointerCapture(g.pointerId);
    this.handlers.busy(false);
  }
}
