// The Eisenhower matrix of the client overview: four boxes; a task moves to another box by drag
// and drop, or from its menu button (keyboard and touch, where dragging is awkward or absent).

import { Menu, setIcon } from "obsidian";
import { QUADRANTS, quadrantOf, type AgendaTask, type Quadrant } from "../../core/overview/agenda";
import { taskItem, type ItemContext } from "./overview-items";

/** Chromium keeps custom types across a drag inside the page; other apps never see this one. */
const DRAG_TYPE = "application/x-client-desk-task";

export type MoveTask = (task: AgendaTask, to: Quadrant) => void;

export function renderMatrix(ctx: ItemContext, parent: HTMLElement, matrix: Record<Quadrant, AgendaTask[]>, move: MoveTask): void {
  const { t, owner } = ctx;
  parent.createDiv({ cls: "client-desk-agenda-help", text: t("agenda.matrix.help") });
  const grid = parent.createDiv({ cls: "client-desk-agenda-matrix" });
  const byFile = new Map<string, AgendaTask>();
  for (const q of QUADRANTS) for (const task of matrix[q]) byFile.set(task.file, task);
  let dragging: string | null = null;

  for (const q of QUADRANTS) {
    const box = grid.createDiv({ cls: `client-desk-agenda-quadrant is-${q}`, attr: { "data-quadrant": q } });
    const head = box.createDiv({ cls: "client-desk-agenda-quadrant-head" });
    head.createSpan({ cls: "client-desk-agenda-quadrant-name", text: t(`agenda.quadrant.${q}`) });
    head.createSpan({ cls: "client-desk-agenda-count", text: String(matrix[q].length) });
    box.createDiv({ cls: "client-desk-agenda-quadrant-desc", text: t(`agenda.quadrant.${q}.desc`) });
    const list = box.createEl("ul", { cls: "client-desk-agenda-list" });
    if (matrix[q].length === 0) box.createDiv({ cls: "client-desk-agenda-empty", text: t("agenda.quadrant.empty") });

    for (const task of matrix[q]) {
      const li = taskItem(ctx, list, task, "matrix");
      li.setAttr("draggable", "true");
      const button = li.createEl("button", {
        cls: "clickable-icon client-desk-agenda-move",
        attr: { "aria-label": t("agenda.move.button", { title: task.title }), "aria-haspopup": "menu" },
      });
      setIcon(button, "more-vertical");
      owner.registerDomEvent(button, "click", (evt) => {
        evt.stopPropagation();
        const r = button.getBoundingClientRect();
        moveMenu(ctx, task, move).showAtPosition({ x: r.left, y: r.bottom });
      });
      owner.registerDomEvent(li, "contextmenu", (evt) => {
        evt.preventDefault();
        moveMenu(ctx, task, move).showAtMouseEvent(evt);
      });
      owner.registerDomEvent(li, "dragstart", (evt) => {
        dragging = task.file;
        evt.dataTransfer?.setData(DRAG_TYPE, task.file);
        evt.dataTransfer?.setData("text/plain", task.title);
        if (evt.dataTransfer) evt.dataTransfer.effectAllowed = "move";
        li.addClass("is-dragging");
      });
      owner.registerDomEvent(li, "dragend", () => {
        dragging = null;
        li.removeClass("is-dragging");
        grid.querySelectorAll(".is-drop-target").forEach((el) => el.removeClass("is-drop-target"));
      });
    }

    owner.registerDomEvent(box, "dragover", (evt) => {
      if (dragging === null && !evt.dataTransfer?.types.includes(DRAG_TYPE)) return;
      evt.preventDefault();
      if (evt.dataTransfer) evt.dataTransfer.dropEffect = "move";
      box.addClass("is-drop-target");
    });
    owner.registerDomEvent(box, "dragleave", (evt) => {
      if (!box.contains(evt.relatedTarget as Node | null)) box.removeClass("is-drop-target");
    });
    owner.registerDomEvent(box, "drop", (evt) => {
      const file = dragging ?? evt.dataTransfer?.getData(DRAG_TYPE) ?? "";
      const task = byFile.get(file);
      box.removeClass("is-drop-target");
      if (!task) return;
      evt.preventDefault();
      dragging = null;
      if (quadrantOf(task) === q) return;
      // Shown in its new box at once; the redraw after the index catches up puts it in order.
      const li = grid.querySelector(`[data-focus="${CSS.escape(`matrix:${file}`)}"]`);
      if (li) list.appendChild(li);
      box.querySelector(".client-desk-agenda-empty")?.remove();
      move(task, q);
    });
  }
}

function moveMenu(ctx: ItemContext, task: AgendaTask, move: MoveTask): Menu {
  const menu = new Menu();
  const here = quadrantOf(task);
  for (const q of QUADRANTS) {
    menu.addItem((item) =>
      item
        .setTitle(ctx.t("agenda.move.to", { quadrant: ctx.t(`agenda.quadrant.${q}`) }))
        .setChecked(q === here)
        .setDisabled(q === here)
        .onClick(() => move(task, q)),
    );
  }
  return menu;
}
