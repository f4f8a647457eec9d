// Vietnamese strings of the plugin's real-path guard (Obsidian's own terms: docs/i18n.md).
import type { realPathEn } from "./real-path.en";

export const realPathVi = (): Record<keyof typeof realPathEn, string> => ({
  "real-path.write-outside": "Không ghi {path}: vị trí thật của nó nằm ngoài kho (một liên kết tượng trưng trỏ ra nơi khác). Không có gì được ghi.",
  "real-path.read-outside": "Không đọc mẫu {path}: vị trí thật của nó nằm ngoài kho (một liên kết tượng trưng trỏ ra nơi khác).",
});
