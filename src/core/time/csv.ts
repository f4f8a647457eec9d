// CSV as RFC 4180 describes it, read strictly enough to notice a damaged file and written so that
// any RFC 4180 reader gets the same fields back. Pure: no Obsidian, no node:.
//
// Reading:
// - a UTF-8 byte order mark at the start is skipped;
// - records end with CRLF or LF (a lone CR too), and the last record may end without one;
// - a field in double quotes may hold commas, line breaks and doubled quotes ("");
// - a quote inside a field that did not start with one is kept as a character;
// - anything but a comma or a line break after a closing quote is an error, and so is a quoted
//   field still open at the end of the file (a truncated file): both name the line;
// - text that was not UTF-8 is refused: UTF-16 (NUL characters, or a UTF-16 byte order mark) and
//   U+FFFD replacement characters, which a decoder leaves where bytes were not valid UTF-8.
// An empty line between records is a record with one empty field; the importer skips such rows.

export type CsvErrorCode = "utf16" | "not-utf8" | "unclosed-quote" | "after-quote";

/** A file that cannot be read as CSV at all. `line` is 1-based (0 for the file as a whole). */
export class CsvError extends Error {
  constructor(
    readonly code: CsvErrorCode,
    readonly line: number,
  ) {
    super(`${code} at line ${line}`);
    this.name = "CsvError";
  }
}

export interface CsvTable {
  /** Every record, each a list of fields. */
  rows: string[][];
  /** The 1-based line of the file on which each record starts. */
  lines: number[];
}

const UTF8_BOM = "\ufeff";

/**
 * Bytes to text: UTF-8, with or without a byte order mark. A UTF-16 file (byte order mark FF FE or
 * FE FF, or NUL bytes) and bytes that are not valid UTF-8 throw CsvError.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new CsvError("utf16", 0);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new CsvError("utf16", lineAtByte(bytes, nul));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    throw new CsvError("not-utf8", lineAt(text, text.indexOf("\ufffd")));
  }
}

function lineAtByte(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function lineAt(text: string, at: number): number {
  if (at < 0) return 0;
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** Refuses text that shows signs of not having been UTF-8 (see the file's header). */
export function checkCsvText(text: string): void {
  const nul = text.indexOf("\u0000");
  if (nul !== -1) throw new CsvError("utf16", lineAt(text, nul));
  const bad = text.indexOf("\ufffd");
  if (bad !== -1) throw new CsvError("not-utf8", lineAt(text, bad));
}

/** Parses CSV text into records (see the file's header for the rules). Throws CsvError. */
export function parseCsv(input: string): CsvTable {
  checkCsvText(input);
  const text = input.startsWith(UTF8_BOM) ? input.slice(1) : input;
  const rows: string[][] = [];
  const lines: number[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  if (n === 0) return { rows, lines };
  let row: string[] = [];
  let rowLine = 1;
  for (;;) {
    // One field starts at i.
    let value: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      const openedAt = line;
      i++;
      let out = "";
      let from = i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) throw new CsvError("unclosed-quote", openedAt);
        for (let k = text.indexOf("\n", i); k !== -1 && k < q; k = text.indexOf("\n", k + 1)) line++;
        if (text.charCodeAt(q + 1) === 34) {
          out += text.slice(from, q + 1);
          i = q + 2;
          from = i;
          continue;
        }
        out += text.slice(from, q);
        i = q + 1;
        break;
      }
      value = out;
      const c = text.charCodeAt(i);
      if (i < n && c !== 44 && c !== 10 && c !== 13) throw new CsvError("after-quote", line);
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === 44 || c === 10 || c === 13) break;
        j++;
      }
      value = text.slice(i, j);
      i = j;
    }
    row.push(value);
    if (i >= n) {
      rows.push(row);
      lines.push(rowLine);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === 44) {
      i++;
      continue;
    }
    // A line break ends the record.
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    line++;
    rows.push(row);
    lines.push(rowLine);
    if (i >= n) break;
    row = [];
    rowLine = line;
  }
  return { rows, lines };
}

/** A field as CSV: quoted when it holds a comma, a quote, a line break or edge spaces. */
export function csvField(value: string): string {
  if (/[",\r\n]/.test(value) || value !== value.trim()) return `"${value.replace(/"/g, '""')}"`;
  return value;
}

/** Records as CSV text, each ending with `eol` (CRLF by default, as RFC 4180 says). */
export function writeCsv(rows: readonly (readonly string[])[], eol: "\r\n" | "\n" = "\r\n"): string {
  let out = "";
  for (const row of rows) out += row.map(csvField).join(",") + eol;
  return out;
}
