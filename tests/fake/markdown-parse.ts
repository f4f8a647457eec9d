// A line-based markdown indexer producing Obsidian's CachedMetadata: frontmatter (none when the
// YAML is broken, like Obsidian), frontmatterPosition, sections, headings, listItems (with task and
// parent), blocks (`^id` at the end of a block), links, embeds, tags and frontmatterLinks.
// Positions are 0-based lines/cols with absolute offsets. Good enough for plugins, not CommonMark.
import type * as O from "obsidian";
import { getFrontMatterInfo, parseYaml } from "./yaml";

interface Line {
  text: string;
  start: number;
  /** Offset just past the line's text (before its line break). */
  end: number;
}

function splitLines(content: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = content.indexOf("\n", start);
    const rawEnd = nl === -1 ? content.length : nl;
    const end = rawEnd > start && content[rawEnd - 1] === "\r" ? rawEnd - 1 : rawEnd;
    lines.push({ text: content.slice(start, end), start, end });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

function loc(line: number, col: number, offset: number): O.Loc {
  return { line, col, offset };
}

function pos(lines: Line[], from: number, to: number, fromCol = 0): O.Pos {
  return { start: loc(from, fromCol, lines[from].start + fromCol), end: loc(to, lines[to].end - lines[to].start, lines[to].end) };
}

function offsetToLoc(lines: Line[], offset: number): O.Loc {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return loc(lo, offset - lines[lo].start, offset);
}

const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const HEADING_EMPTY = /^(#{1,6})[ \t]*$/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;
const LIST = /^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+|$)(\[(.)\][ \t]+)?/;
const HR = /^[ \t]{0,3}((\*[ \t]*){3,}|(-[ \t]*){3,}|(_[ \t]*){3,})$/;
const QUOTE = /^[ \t]{0,3}>/;
const CALLOUT = /^[ \t]{0,3}>[ \t]*\[!([^\]]+)\]/;
const TABLE_SEP = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const BLOCK_ID = /(?:^|[ \t])\^([A-Za-z0-9-]+)[ \t]*$/;
const FOOTNOTE_DEF = /^\[\^([^\]]+)\]:/;

function isBlank(s: string): boolean {
  return s.trim() === "";
}

export function computeCache(content: string): O.CachedMetadata {
  const lines = splitLines(content);
  const cache: O.CachedMetadata = {};
  const sections: O.SectionCache[] = [];
  const headings: O.HeadingCache[] = [];
  const listItems: O.ListItemCache[] = [];
  const blocks: Record<string, O.BlockCache> = {};
  const links: O.LinkCache[] = [];
  const embeds: O.EmbedCache[] = [];
  const tags: O.TagCache[] = [];
  const footnotes: O.FootnoteCache[] = [];

  let i = 0;
  const fm = getFrontMatterInfo(content);
  if (fm.exists) {
    const endLine = offsetToLoc(lines, fm.to).line;
    const position = pos(lines, 0, endLine);
    cache.frontmatterPosition = position;
    sections.push({ type: "yaml", position });
    try {
      const data: unknown = parseYaml(fm.frontmatter);
      if (data === null || data === undefined) cache.frontmatter = {};
      else if (typeof data === "object" && !Array.isArray(data)) {
        cache.frontmatter = data;
        const fmLinks = frontmatterLinks(data as Record<string, unknown>);
        if (fmLinks.length > 0) cache.frontmatterLinks = fmLinks;
      }
    } catch {
      // Broken YAML: Obsidian shows no properties and gives no frontmatter.
    }
    i = endLine + 1;
  }

  const addBlockId = (section: O.SectionCache | O.ListItemCache, lastLine: number): void => {
    const m = BLOCK_ID.exec(lines[lastLine].text);
    if (!m) return;
    section.id = m[1];
    blocks[m[1].toLowerCase()] = { id: m[1], position: section.position };
  };

  const inlineScan = (from: number, to: number): void => {
    for (let l = from; l <= to; l++) scanInline(lines, l, links, embeds, tags);
  };

  while (i < lines.length) {
    const text = lines[i].text;
    if (isBlank(text)) {
      i++;
      continue;
    }
    const start = i;
    let m: RegExpExecArray | null;
    if ((m = FENCE.exec(text))) {
      const fence = m[1];
      let j = i + 1;
      while (j < lines.length && !new RegExp(`^[ \\t]{0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}[ \\t]*$`).test(lines[j].text)) j++;
      const end = Math.min(j, lines.length - 1);
      sections.push({ type: "code", position: pos(lines, start, end) });
      i = end + 1;
      continue;
    }
    if ((m = HEADING.exec(text)) || (m = HEADING_EMPTY.exec(text))) {
      const section: O.SectionCache = { type: "heading", position: pos(lines, i, i) };
      sections.push(section);
      headings.push({ heading: (m[2] ?? "").trim(), level: m[1].length, position: pos(lines, i, i) });
      inlineScan(i, i);
      i++;
      continue;
    }
    if (HR.test(text)) {
      sections.push({ type: "thematicBreak", position: pos(lines, i, i) });
      i++;
      continue;
    }
    if (QUOTE.test(text)) {
      let j = i;
      while (j + 1 < lines.length && QUOTE.test(lines[j + 1].text)) j++;
      const section: O.SectionCache = { type: CALLOUT.test(text) ? "callout" : "blockquote", position: pos(lines, start, j) };
      sections.push(section);
      addBlockId(section, j);
      inlineScan(start, j);
      i = j + 1;
      continue;
    }
    if ((m = FOOTNOTE_DEF.exec(text))) {
      let j = i;
      while (j + 1 < lines.length && /^[ \t]+\S/.test(lines[j + 1].text)) j++;
      sections.push({ type: "footnoteDefinition", position: pos(lines, start, j) });
      footnotes.push({ id: m[1], position: pos(lines, start, j) });
      inlineScan(start, j);
      i = j + 1;
      continue;
    }
    if (text.includes("|") && i + 1 < lines.length && TABLE_SEP.test(lines[i + 1].text) && lines[i + 1].text.includes("-")) {
      let j = i + 1;
      while (j + 1 < lines.length && !isBlank(lines[j + 1].text) && lines[j + 1].text.includes("|")) j++;
      const section: O.SectionCache = { type: "table", position: pos(lines, start, j) };
      sections.push(section);
      inlineScan(start, j);
      i = j + 1;
      continue;
    }
    if (LIST.test(text)) {
      i = parseList(lines, i, listItems, blocks);
      const section: O.SectionCache = { type: "list", position: pos(lines, start, i - 1) };
      sections.push(section);
      inlineScan(start, i - 1);
      continue;
    }
    if (/^[ \t]{0,3}<[A-Za-z!/]/.test(text)) {
      let j = i;
      while (j + 1 < lines.length && !isBlank(lines[j + 1].text)) j++;
      sections.push({ type: "html", position: pos(lines, start, j) });
      i = j + 1;
      continue;
    }
    // Paragraph: until a blank line or the start of another block.
    let j = i;
    while (j + 1 < lines.length) {
      const next = lines[j + 1].text;
      if (isBlank(next) || FENCE.test(next) || HEADING.test(next) || HEADING_EMPTY.test(next) || QUOTE.test(next) || LIST.test(next) || HR.test(next)) break;
      j++;
    }
    const section: O.SectionCache = { type: "paragraph", position: pos(lines, start, j) };
    sections.push(section);
    addBlockId(section, j);
    inlineScan(start, j);
    i = j + 1;
  }

  if (sections.length > 0) cache.sections = sections;
  if (headings.length > 0) cache.headings = headings;
  if (listItems.length > 0) cache.listItems = listItems;
  if (Object.keys(blocks).length > 0) cache.blocks = blocks;
  if (links.length > 0) cache.links = links;
  if (embeds.length > 0) cache.embeds = embeds;
  if (tags.length > 0) cache.tags = tags;
  if (footnotes.length > 0) cache.footnotes = footnotes;
  return cache;
}

/** Parses one list starting at line `from`; returns the first line after it. */
function parseList(lines: Line[], from: number, items: O.ListItemCache[], blocks: Record<string, O.BlockCache>): number {
  const stack: { indent: number; line: number }[] = [];
  const firstLine = from;
  let i = from;
  let current: O.ListItemCache | null = null;
  let currentLast = from;
  const close = (): void => {
    if (!current) return;
    current.position = pos(lines, current.position.start.line, currentLast, current.position.start.col);
    const m = BLOCK_ID.exec(lines[currentLast].text);
    if (m) {
      current.id = m[1];
      blocks[m[1].toLowerCase()] = { id: m[1], position: current.position };
    }
    current = null;
  };
  while (i < lines.length) {
    const text = lines[i].text;
    const m = LIST.exec(text);
    if (m) {
      close();
      const indent = m[1].replace(/\t/g, "    ").length;
      while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
      const parent = stack.length > 0 ? stack[stack.length - 1].line : -firstLine;
      const item: O.ListItemCache = { parent, position: pos(lines, i, i, m[1].length) };
      if (m[4] !== undefined) item.task = m[5];
      items.push(item);
      current = item;
      currentLast = i;
      stack.push({ indent, line: i });
      i++;
      continue;
    }
    if (isBlank(text)) {
      // A blank line ends the list unless the list goes on after it.
      let k = i;
      while (k < lines.length && isBlank(lines[k].text)) k++;
      if (k < lines.length && (LIST.test(lines[k].text) || /^[ \t]{2,}\S/.test(lines[k].text)) && current) {
        i = k;
        continue;
      }
      break;
    }
    // A lazy or indented continuation line of the current item.
    if (current && !FENCE.test(text) && !HEADING.test(text) && !HR.test(text)) {
      currentLast = i;
      i++;
      continue;
    }
    break;
  }
  close();
  // The list ends on the last non-blank line consumed.
  let end = i - 1;
  while (end > from && isBlank(lines[end].text)) end--;
  return end + 1;
}

const WIKI = /(!?)\[\[([^\]\n]+?)\]\]/g;
const MDLINK = /(!?)\[([^\]\n]*)\]\(([^)\n]+)\)/g;
const TAG = /(^|[\s(,;])#([\p{L}\p{N}_\-/]*[\p{L}_\-/][\p{L}\p{N}_\-/]*)/gu;

function scanInline(lines: Line[], l: number, links: O.LinkCache[], embeds: O.EmbedCache[], tags: O.TagCache[]): void {
  const { text, start } = lines[l];
  const code = codeSpans(text);
  const inCode = (i: number): boolean => code.some(([a, b]) => i >= a && i < b);
  const mkPos = (from: number, to: number): O.Pos => ({ start: loc(l, from, start + from), end: loc(l, to, start + to) });
  let m: RegExpExecArray | null;
  WIKI.lastIndex = 0;
  while ((m = WIKI.exec(text))) {
    if (inCode(m.index)) continue;
    const inner = m[2];
    const bar = inner.indexOf("|");
    const link = (bar === -1 ? inner : inner.slice(0, bar)).trim();
    const ref: O.LinkCache = { link, original: m[0], displayText: bar === -1 ? link : inner.slice(bar + 1), position: mkPos(m.index, m.index + m[0].length) };
    (m[1] ? embeds : links).push(ref);
  }
  MDLINK.lastIndex = 0;
  while ((m = MDLINK.exec(text))) {
    if (inCode(m.index)) continue;
    const target = m[3].trim().replace(/^<|>$/g, "");
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // external URL
    let link: string;
    try {
      link = decodeURI(target);
    } catch {
      link = target;
    }
    const ref: O.LinkCache = { link, original: m[0], displayText: m[2], position: mkPos(m.index, m.index + m[0].length) };
    (m[1] ? embeds : links).push(ref);
  }
  TAG.lastIndex = 0;
  while ((m = TAG.exec(text))) {
    const at = m.index + m[1].length;
    if (inCode(at)) continue;
    tags.push({ tag: `#${m[2]}`, position: mkPos(at, at + 1 + m[2].length) });
  }
}

function codeSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /(`+)[^`]*?\1/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push([m.index, m.index + m[0].length]);
  return out;
}

function frontmatterLinks(data: Record<string, unknown>): O.FrontmatterLinkCache[] {
  const out: O.FrontmatterLinkCache[] = [];
  const visit = (key: string, v: unknown): void => {
    if (typeof v === "string") {
      const m = /^\[\[([^\]]+)\]\]$/.exec(v.trim());
      if (m) {
        const bar = m[1].indexOf("|");
        const link = bar === -1 ? m[1] : m[1].slice(0, bar);
        out.push({ key, link, original: v, displayText: bar === -1 ? link : m[1].slice(bar + 1) });
      }
    } else if (Array.isArray(v)) {
      v.forEach((x, idx) => visit(`${key}.${idx}`, x));
    }
  };
  for (const [k, v] of Object.entries(data)) visit(k, v);
  return out;
}
