// The fingerprint an invoice keeps of each entry it bills: start, end and billable flag. An entry
// whose fingerprint no longer matches was edited after it was invoiced (a discrepancy to report).

export interface Fingerprinted {
  start: number;
  end: number | null;
  billable: boolean;
}

/** Eight hex digits of FNV-1a (32-bit) over a text's UTF-16 code units: short enough for frontmatter, stable across versions. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** FNV-1a over "start|end|billable". */
export function entryFingerprint(e: Fingerprinted): string {
  return fnv1a(`${e.start}|${e.end ?? ""}|${e.billable ? 1 : 0}`);
}
