// The text layer of iCalendar (RFC 5545 §3.1): folded lines unfolded with the line each began on,
// a content line split into name, parameters and value, text values unescaped; and the other way
// for writing: text escaped, lines folded at 75 octets, CRLF endings. Pure, no regexes per line.

export interface ContentLine {
  /** Upper-cased property name: "DTSTART", "X-WR-CALNAME". */
  name: string;
  /** Upper-cased parameter names → values, quotes removed: { TZID: "Eastern Standard Time" }. */
  params: Record<string, string>;
  value: string;
  /** 1-based line of the file where the (folded) line begins. */
  line: number;
}

/**
 * Calls `fn` with each unfolded content line. A line that begins with a space or a tab continues
 * the one before (that one character removed); CRLF, LF and lone CR all end a line. Blank lines are
 * skipped. `fn` gets the raw unfolded text and its first line.
 */
export function forEachUnfolded(text: string, fn: (raw: string, line: number) => void): void {
  let pending = "";
  let pendingLine = 0;
  let lineNo = 0;
  let i = 0;
  const n = text.length;
  // A byte order mark is not part of the first line.
  if (n > 0 && text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 10 || c === 13) break;
      j++;
    }
    lineNo++;
    const first = text.charCodeAt(i);
    if ((first === 32 || first === 9) && pendingLine > 0) pending += text.slice(i + 1, j);
    else {
      if (pendingLine > 0 && pending !== "") fn(pending, pendingLine);
      pending = text.slice(i, j);
      pendingLine = lineNo;
    }
    if (j < n && text.charCodeAt(j) === 13 && text.charCodeAt(j + 1) === 10) j++;
    i = j + 1;
  }
  if (pendingLine > 0 && pending !== "") fn(pending, pendingLine);
}

/** `NAME;P=V;Q="a:b":value` → its parts, or null when there is no colon or no name. */
export function parseContentLine(raw: string, line: number): ContentLine | null {
  let i = 0;
  const n = raw.length;
  while (i < n && raw[i] !== ";" && raw[i] !== ":") i++;
  if (i === 0 || i === n) return null;
  const name = raw.slice(0, i).toUpperCase();
  const params: Record<string, string> = {};
  while (raw[i] === ";") {
    i++;
    const eq = raw.indexOf("=", i);
    if (eq < 0) return null;
    const pname = raw.slice(i, eq).toUpperCase();
    i = eq + 1;
    const values: string[] = [];
    for (;;) {
      let v: string;
      if (raw[i] === '"') {
        const close = raw.indexOf('"', i + 1);
        if (close < 0) return null;
        v = raw.slice(i + 1, close);
        i = close + 1;
      } else {
        const start = i;
        while (i < n && raw[i] !== ";" && raw[i] !== ":" && raw[i] !== ",") i++;
        v = raw.slice(start, i);
      }
      values.push(v);
      if (raw[i] === ",") i++;
      else break;
    }
    params[pname] = values.join(",");
  }
  if (raw[i] !== ":") return null;
  return { name, params, value: raw.slice(i + 1), line };
}

/** A TEXT value as written → the text: `\,` `\;` `\\` `\n` `\N` undone. */
export function unescapeText(value: string): string {
  if (!value.includes("\\")) return value;
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c !== "\\" || i + 1 === value.length) {
      out += c;
      continue;
    }
    const next = value[++i];
    out += next === "n" || next === "N" ? "\n" : next;
  }
  return out;
}

/** Text → a TEXT value: backslash, semicolon, comma and newlines escaped (CR dropped). */
export function escapeText(text: string): string {
  let out = "";
  for (const c of text) {
    if (c === "\\" || c === ";" || c === ",") out += `\\${c}`;
    else if (c === "\n") out += "\\n";
    else if (c !== "\r") out += c;
  }
  return out;
}

const encoder = new TextEncoder();

/**
 * One content line folded into lines of at most 75 octets (UTF-8), never inside a character,
 * joined with CRLF and a space: what every calendar app reads back.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  // The first line holds 75 octets; each continuation line holds 74 after its leading space.
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
      limit = 74;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** Content lines → a file's text: each folded, every line ended with CRLF. */
export function icsText(lines: readonly string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join("");
}
