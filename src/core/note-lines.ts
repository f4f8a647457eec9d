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
    let line = text.slice(pos, next);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    lineNo++;
    const here = pos;
    pos = next + 1;
    if (here < bodyStart) continue;
    const trimmed = line.trimStart();
    if (fence !== null) {
      if (trimmed.startsWith(fence)) fence = null;
      continue;
    }
    if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
      fence = trimmed.slice(0, 3);
      continue;
    }
    if (inComment || trimmed.startsWith("%%")) {
      const count = line.split("%%").length - 1;
      if (count % 2 === 1) inComment = !inComment;
      continue;
    }
    yield { line: lineNo, text: line, pos: here };
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
