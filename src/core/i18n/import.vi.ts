// Vietnamese strings of the import feature (Obsidian's own terms: docs/i18n.md).
import type { importEn } from "./import.en";

export const importVi: Record<keyof typeof importEn, string> = {
};
