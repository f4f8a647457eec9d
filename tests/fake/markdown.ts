// MarkdownRenderer (a plain renderer: headings, paragraphs, lists, tasks, quotes, code, internal
// links, bold/italic/code spans), MarkdownRenderChild, and the registry of code block / post
// processors that plugins register. renderCodeBlock() lets a test render a plugin's code block.
import type * as O from "obsidian";
import { Component } from "./events";

type CodeBlockHandler = (source: string, el: HTMLElement, ctx: O.MarkdownPostProcessorContext) => Promise<any> | void;

export const markdownRegistry = {
  codeBlocks: new Map<string, { handler: CodeBlockHandler; sortOrder: number }>(),
  postProcessors: [] as O.MarkdownPostProcessor[],
  clear(): void {
    this.codeBlocks.clear();
    this.postProcessors.length = 0;
  },
};

export class MarkdownRenderChild extends Component implements O.MarkdownRenderChild {
  containerEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.containerEl = containerEl;
  }
}

export interface CodeBlockRender {
  el: HTMLElement;
  ctx: O.MarkdownPostProcessorContext;
  /** The component the render's children were added to; unload() tears everything down. */
  component: Component;
  unload(): void;
}

interface RenderContextOptions {
  sourcePath?: string;
  frontmatter?: unknown;
  /** For getSectionInfo: the whole note text and the code block's first/last line. */
  sectionText?: string;
  lineStart?: number;
  lineEnd?: number;
}

function makeContext(component: Component, el: HTMLElement, o: RenderContextOptions): O.MarkdownPostProcessorContext {
  return {
    docId: `doc-${Math.random().toString(36).slice(2, 10)}`,
    sourcePath: o.sourcePath ?? "",
    frontmatter: o.frontmatter,
    addChild(child: O.MarkdownRenderChild): void {
      component.addChild(child as unknown as Component);
    },
    getSectionInfo(target: HTMLElement): O.MarkdownSectionInformation | null {
      if (target !== el || o.sectionText === undefined) return null;
      return { text: o.sectionText, lineStart: o.lineStart ?? 0, lineEnd: o.lineEnd ?? 0 };
    },
  };
}

/**
 * Test helper: renders a fenced code block of `language` with the processor a plugin registered,
 * into a fresh div.block-language-<language> attached to document.body (or `parent`).
 */
export async function renderCodeBlock(language: string, source: string, options: RenderContextOptions & { parent?: HTMLElement } = {}): Promise<CodeBlockRender> {
  const entry = markdownRegistry.codeBlocks.get(language);
  if (!entry) throw new Error(`No code block processor registered for "${language}"`);
  const host = options.parent ?? document.body;
  const el = host.createDiv(`block-language-${language}`);
  const component = new Component();
  component.load();
  const ctx = makeContext(component, el, options);
  await entry.handler(source, el, ctx);
  return {
    el,
    ctx,
    component,
    unload: () => {
      component.unload();
      el.detach();
    },
  };
}

export abstract class MarkdownRenderer extends MarkdownRenderChild {
  app!: O.App;
  hoverPopover: O.HoverPopover | null = null;

  abstract get file(): O.TFile;

  static async renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: O.Component): Promise<void> {
    await renderInto(markdown, el, sourcePath, component as unknown as Component);
  }

  static async render(_app: O.App, markdown: string, el: HTMLElement, sourcePath: string, component: O.Component): Promise<void> {
    await renderInto(markdown, el, sourcePath, component as unknown as Component);
  }
}

async function renderInto(markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
  const lines = markdown.replace(/\r\n/g, "\n").split("\n");
  let i = 0;
  // Frontmatter is not shown; its flat `key: value` fields reach the processors as Obsidian's do.
  let frontmatter: Record<string, string> | undefined;
  if (lines[0] === "---") {
    const end = lines.indexOf("---", 1);
    if (end !== -1) {
      i = end + 1;
      frontmatter = {};
      for (const l of lines.slice(1, end)) {
        const m = /^([\w-]+):\s*(.*)$/.exec(l);
        if (m) frontmatter[m[1]] = m[2];
      }
    }
  }
  let list: HTMLElement | null = null;
  const pending: Promise<unknown>[] = [];
  while (i < lines.length) {
    const line = lines[i];
    const fence = /^(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (fence) {
      list = null;
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && !lines[j].startsWith(fence[1])) body.push(lines[j++]);
      const lang = fence[2];
      const entry = lang ? markdownRegistry.codeBlocks.get(lang) : undefined;
      if (entry) {
        const blockEl = el.createDiv(`block-language-${lang}`);
        pending.push(Promise.resolve(entry.handler(body.join("\n"), blockEl, makeContext(component, blockEl, { sourcePath, frontmatter }))));
      } else {
        el.createEl("pre").createEl("code", { cls: lang ? `language-${lang}` : undefined, text: body.join("\n") });
      }
      i = j + 1;
      continue;
    }
    if (line.trim() === "") {
      list = null;
      i++;
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      list = null;
      renderInline(el.createEl(`h${heading[1].length}` as "h1"), heading[2]);
      i++;
      continue;
    }
    const item = /^\s*(?:[-*+]|(\d+)[.)])\s+(\[(.)\]\s+)?(.*)$/.exec(line);
    if (item) {
      if (!list) list = el.createEl(item[1] ? "ol" : "ul");
      const li = list.createEl("li");
      if (item[2]) {
        li.addClass("task-list-item");
        li.setAttr("data-task", item[3]);
        const box = li.createEl("input", { type: "checkbox", cls: "task-list-item-checkbox" });
        box.checked = item[3] !== " ";
      }
      renderInline(li, item[4]);
      i++;
      continue;
    }
    list = null;
    if (/^>/.test(line)) {
      const quote = el.createEl("blockquote");
      while (i < lines.length && /^>/.test(lines[i])) renderInline(quote.createEl("p"), lines[i++].replace(/^>\s?/, ""));
      continue;
    }
    // An Obsidian comment line (%% … %%) is not shown.
    if (/^%%.*%%\s*$/.test(line.trim())) {
      i++;
      continue;
    }
    // A table: a header row, a |---| row, then body rows; `\|` is a pipe inside a cell.
    if (/^\|.*\|\s*$/.test(line) && i + 1 < lines.length && /^\|(\s*:?-+:?\s*\|)+\s*$/.test(lines[i + 1])) {
      const cellsOf = (row: string) => row.trim().slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, "|"));
      const aligns = cellsOf(lines[i + 1]).map((c) => (c.endsWith(":") ? (c.startsWith(":") ? "center" : "right") : null));
      const table = el.createEl("table");
      const head = table.createEl("thead").createEl("tr");
      cellsOf(line).forEach((c, k) => renderInline(head.createEl("th", { attr: aligns[k] ? { align: aligns[k] } : {} }), c));
      const body = table.createEl("tbody");
      i += 2;
      while (i < lines.length && /^\|.*\|\s*$/.test(lines[i])) {
        const tr = body.createEl("tr");
        cellsOf(lines[i++]).forEach((c, k) => renderInline(tr.createEl("td", { attr: aligns[k] ? { align: aligns[k] } : {} }), c));
      }
      continue;
    }
    const p = el.createEl("p");
    const para: string[] = [];
    while (i < lines.length && lines[i].trim() !== "" && !/^(#{1,6}\s|`{3,}|~{3,}|>|\s*[-*+]\s|\s*\d+[.)]\s)/.test(lines[i])) para.push(lines[i++]);
    para.forEach((t, k) => {
      if (k > 0) p.createEl("br");
      renderInline(p, t);
    });
  }
  await Promise.all(pending);
  for (const pp of markdownRegistry.postProcessors) await pp(el, makeContext(component, el, { sourcePath }));
}

const INLINE = /(\[\[([^\]|]+)(?:\|([^\]]+))?\]\])|(\*\*([^*]+)\*\*)|(\*([^*]+)\*)|(`([^`]+)`)|(\[([^\]]+)\]\(([^)]+)\))/g;

function renderInline(parent: HTMLElement, text: string): void {
  let last = 0;
  let m: RegExpExecArray | null;
  INLINE.lastIndex = 0;
  while ((m = INLINE.exec(text))) {
    if (m.index > last) parent.appendText(text.slice(last, m.index));
    if (m[1]) {
      const target = m[2];
      parent.createEl("a", { cls: "internal-link", text: m[3] ?? target, href: target, attr: { "data-href": target } });
    } else if (m[4]) parent.createEl("strong", { text: m[5] });
    else if (m[6]) parent.createEl("em", { text: m[7] });
    else if (m[8]) parent.createEl("code", { text: m[9] });
    else if (m[10]) {
      const external = /^[a-z][a-z0-9+.-]*:/i.test(m[12]);
      parent.createEl("a", { cls: external ? "external-link" : "internal-link", text: m[11], href: m[12], attr: external ? { target: "_blank", rel: "noopener" } : { "data-href": m[12] } });
    }
    last = m.index + m[0].length;
  }
  if (last < text.length) parent.appendText(text.slice(last));
}
