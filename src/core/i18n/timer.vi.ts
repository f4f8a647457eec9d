// Vietnamese strings of the timer feature (Obsidian's own terms: docs/i18n.md).
import type { timerEn } from "./timer.en";

export const timerVi: Record<keyof typeof timerEn, string> = {
};
