// The planner's keys on a focused block (docs/planner.md): Alt+↑/↓ moves by the snap step,
// Alt+Shift+↑/↓ resizes, Alt+←/→ moves a day, Enter, Space or the menu key opens the block's menu,
// Delete or Backspace asks to delete it.

export type KeyAction =
  | { kind: "move"; minutes?: number; days?: number }
  | { kind: "resize"; minutes: number }
  | { kind: "menu" }
  | { kind: "delete" };

/** What a key on a block does, or null when the planner leaves it to Obsidian. */
export function keyAction(evt: KeyboardEvent, step: number): KeyAction | null {
  const vertical = evt.key === "ArrowUp" || evt.key === "ArrowDown";
  const by = evt.key === "ArrowUp" ? -step : step;
  if (evt.altKey && evt.shiftKey && vertical) return { kind: "resize", minutes: by };
  if (evt.altKey && vertical) return { kind: "move", minutes: by };
  if (evt.altKey && (evt.key === "ArrowLeft" || evt.key === "ArrowRight")) return { kind: "move", days: evt.key === "ArrowLeft" ? -1 : 1 };
  if (evt.key === "Enter" || evt.key === " " || evt.key === "ContextMenu") return { kind: "menu" };
  if (evt.key === "Delete" || evt.key === "Backspace") return { kind: "delete" };
  return null;
}
