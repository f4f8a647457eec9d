// Walks the body lines of a note that may hold timed lines, skipping the places where a list item
// is not meant as one: frontmatter, fenced code and %% comments %%.

export interface BodyLine {
  /** 1-based line number. */
  line: number;
  text: string;
  /** Offset of the line's first character in the note. */
  pos: number;
}

export function* bodyLines(text: string): Generator<BodyLine> {
  const lines: BodyLine[] = [];
  forEachBodyLine(text, (line, raw, pos) => lines.push({ line, text: raw, pos }));
  yield* lines;
}

/** The same walk as bodyLines without a generator or objects. */
export function forEachBodyLine(text: string, visit: (line: number, raw: string, pos: number) => void): void {
  walkBodyLines(text, (line, from, to) => visit(line, text.slice(from, to), from));
}

/** The walk itself, giving each body line as text[from, to) without copying it: the cold index's hot loop. */
export function walkBodyLines(text: string, visit: (line: number, from: number, to: number) => void): void {
  let pos = 0;
  let lineNo = 0;
  // Only a closed block is frontmatter: a lone `---` on line 1 is a rule, and treating it as an
  // unclosed frontmatter used to hide every entry below it without a word.
  const bodyStart = frontmatterEnd(text);
  let fence: string | null = null;
  let inComment = false;
  while (pos <= text.length) {
    let next = text.indexOf("\n", pos);
    if (next === -1) next = text.length;
    const end = next > pos && text.charCodeAt(next - 1) === 13 ? next - 1 : next;
    lineNo++;
    const here = pos;
    pos = next + 1;
    if (here >= bodyStart) {
      let first = here;
      while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
      const c = first < end ? text.charCodeAt(first) : -1;
      // Only lines starting with ` ~ or % can open or close a fence or a comment.
      if (fence === null && !inComment && c !== 96 && c !== 126 && c !== 37) {
        visit(lineNo, here, end);
      } else {
        const line = text.slice(here, end);
        const trimmed = line.trimStart();
        // Inside a %% comment nothing opens a fence: only the closing %% matters.
        if (inComment) {
          if ((line.split("%%").length - 1) % 2 === 1) inComment = false;
        } else if (fence !== null) {
          if (trimmed.startsWith(fence)) fence = null;
        } else if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
          fence = trimmed.slice(0, 3);
        } else if (trimmed.startsWith("%%")) {
          const count = line.split("%%").length - 1;
          if (count % 2 === 1) inComment = !inComment;
        } else {
          visit(lineNo, here, end);
        }
      }
    }
    if (next === text.length) break;
  }
}

/** Where the frontmatter ends: the body starts after this many characters (0 without one). */
export function frontmatterEnd(text: string): number {
  if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) return 0;
  const re = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
  re.lastIndex = 3;
  const m = re.exec(text);
  return m ? m.index + m[0].length : 0;
}
