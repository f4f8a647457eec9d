// What the CLI prints: JSON for scripts (--json), plain lines for people. Text shown to people is
// made safe for a terminal first: a file or client name cannot smuggle escape sequences in.

export interface Io {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** JSON output: one document, two-space indented, ending with a newline. */
export function printJson(io: Io, data: unknown): void {
  io.out(`${JSON.stringify(data, null, 2)}\n`);
}

/** Lines for people, each made terminal-safe, each ending with a newline. */
export function printLines(io: Io, lines: readonly string[]): void {
  if (lines.length > 0) io.out(lines.map(terminalSafe).join("\n") + "\n");
}

/** Control characters (escape sequences, carriage returns…) shown as \u{…} instead of acted on. */
export function terminalSafe(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be caught
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** Rows as aligned columns (two spaces apart); the last column is not padded. */
export function table(rows: readonly string[][], indent = ""): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i]))).join("  ").trimEnd());
}

/** Pads to a width counted in code points, for simple columns. */
export function pad(text: string, width: number): string {
  const len = [...text].length;
  return len >= width ? text : text + " ".repeat(width - len);
}

export function width(texts: readonly string[]): number {
  let w = 0;
  for (const t of texts) w = Math.max(w, [...t].length);
  return w;
}
