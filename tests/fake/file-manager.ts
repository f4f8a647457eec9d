// FileManager: processFrontMatter rewrites only the YAML between the fences (the body keeps every
// byte), renameFile updates links in other notes, wikilinks by default.
import type * as O from "obsidian";
import { TAbstractFile, TFile, TFolder } from "./files";
import { computeCache } from "./markdown-parse";
import { getLinkpath, parseLinktext, resolveLinkpath } from "./metadata-cache";
import type { MetadataCache } from "./metadata-cache";
import { extensionOf, joinPath, normalizePath, parentPath, stripExtension } from "./path";
import type { Vault } from "./vault";
import { getFrontMatterInfo, parseYaml, stringifyYaml } from "./yaml";

export interface FileManagerOptions {
  /** Obsidian's "Default location for new notes". */
  newFileLocation: "root" | "current" | "folder";
  newFileFolderPath: string;
  /** Obsidian's "Automatically update internal links". */
  alwaysUpdateLinks: boolean;
  /** Obsidian's "Use [[Wikilinks]]" turned off. */
  useMarkdownLinks: boolean;
  attachmentFolderPath: string;
  /** What promptForDeletion answers (there is no one to click). */
  confirmDeletion: boolean;
  /** Obsidian's "Deleted files": local .trash, system trash, or permanent. */
  trashOption: "local" | "system" | "none";
}

export class FileManager implements O.FileManager {
  readonly options: FileManagerOptions = {
    newFileLocation: "root",
    newFileFolderPath: "",
    alwaysUpdateLinks: true,
    useMarkdownLinks: false,
    attachmentFolderPath: "/",
    confirmDeletion: true,
    trashOption: "system",
  };

  constructor(
    private readonly vault: Vault,
    private readonly metadataCache: MetadataCache,
  ) {}

  getNewFileParent(sourcePath: string, _newFilePath?: string): TFolder {
    const o = this.options;
    if (o.newFileLocation === "current") {
      const f = this.vault.getFolderByPath(parentPath(sourcePath));
      if (f) return f;
    }
    if (o.newFileLocation === "folder") {
      const f = this.vault.getFolderByPath(normalizePath(o.newFileFolderPath));
      if (f) return f;
    }
    return this.vault.getRoot();
  }

  async renameFile(file: O.TAbstractFile, newPath: string): Promise<void> {
    const target = file as TAbstractFile;
    const moved: TFile[] = [];
    if (target instanceof TFile) moved.push(target);
    else if (target instanceof TFolder) {
      const walk = (f: TAbstractFile): void => {
        if (f instanceof TFile) moved.push(f);
        else if (f instanceof TFolder) f.children.forEach(walk);
      };
      walk(target);
    }
    // Who links to the moved files, resolved against the names before the move.
    const backlinks = new Map<string, { start: number; end: number; dest: TFile; ref: { link: string; original: string; displayText?: string }; frontmatter?: boolean }[]>();
    if (this.options.alwaysUpdateLinks && moved.length > 0) {
      const movedSet = new Set(moved);
      for (const source of this.vault.getMarkdownFiles()) {
        const content = this.vault.contentOf(source.path);
        const cache = computeCache(content);
        const hits = [];
        for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? [])]) {
          const dest = resolveLinkpath(this.vault, getLinkpath(ref.link), source.path);
          if (dest && movedSet.has(dest)) hits.push({ start: ref.position.start.offset, end: ref.position.end.offset, dest, ref });
        }
        for (const ref of cache.frontmatterLinks ?? []) {
          const dest = resolveLinkpath(this.vault, getLinkpath(ref.link), source.path);
          if (dest && movedSet.has(dest)) hits.push({ start: -1, end: -1, dest, ref, frontmatter: true });
        }
        if (hits.length > 0) backlinks.set(source.path, hits);
      }
    }
    const sources = [...backlinks.entries()].map(([p, hits]) => ({ file: this.vault.getFileByPath(p)!, hits }));
    await this.vault.rename(target, newPath);
    for (const { file: source, hits } of sources) {
      await this.vault.process(source, (data) => {
        let out = data;
        const body = hits.filter((h) => !h.frontmatter).sort((a, b) => b.start - a.start);
        for (const h of body) out = out.slice(0, h.start) + this.relink(h.ref, h.dest, source.path) + out.slice(h.end);
        const fm = hits.filter((h) => h.frontmatter);
        if (fm.length > 0) {
          const info = getFrontMatterInfo(out);
          let yamlText = out.slice(info.from, info.to);
          for (const h of fm) yamlText = yamlText.split(h.ref.original).join(this.relink(h.ref, h.dest, source.path, true));
          out = out.slice(0, info.from) + yamlText + out.slice(info.to);
        }
        return out;
      });
    }
  }

  async promptForDeletion(file: O.TAbstractFile): Promise<boolean> {
    if (!this.options.confirmDeletion) return false;
    await this.trashFile(file);
    return true;
  }

  async trashFile(file: O.TAbstractFile): Promise<void> {
    const f = file as TAbstractFile;
    if (this.options.trashOption === "none") await this.vault.delete(f, true);
    else await this.vault.trash(f, this.options.trashOption === "system");
  }

  generateMarkdownLink(file: O.TFile, sourcePath: string, subpath?: string, alias?: string): string {
    const embed = file.extension !== "md" ? "!" : "";
    if (this.options.useMarkdownLinks) {
      const target = encodeURI(file.extension === "md" ? file.path : file.path) + (subpath ?? "");
      return `${embed}[${alias ?? (file.extension === "md" ? file.basename : file.name)}](${target.replace(/\(/g, "%28").replace(/\)/g, "%29")})`;
    }
    const linktext = this.metadataCache.fileToLinktext(file, sourcePath, true);
    return `${embed}[[${linktext}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
  }

  async processFrontMatter(file: O.TFile, fn: (frontmatter: any) => void, options?: O.DataWriteOptions): Promise<void> {
    const f = file as TFile;
    const current = this.vault.contentOf(f.path);
    const next = rewriteFrontMatter(current, fn);
    if (next === null) return;
    // Nothing can run between the read above and this write: the update is atomic.
    await this.vault.process(f, () => next, options);
  }

  async getAvailablePathForAttachment(filename: string, _sourcePath?: string): Promise<string> {
    const folder = normalizePath(this.options.attachmentFolderPath);
    const ext = extensionOf(filename);
    const base = stripExtension(filename);
    let candidate = joinPath(folder, filename);
    for (let i = 1; this.vault.getAbstractFileByPath(candidate); i++) candidate = joinPath(folder, `${base} ${i}${ext ? `.${ext}` : ""}`);
    return candidate;
  }

  private relink(ref: { link: string; original: string; displayText?: string }, dest: TFile, sourcePath: string, inFrontmatter = false): string {
    const { subpath } = parseLinktext(ref.link);
    const wiki = /^!?\[\[/.test(ref.original) || inFrontmatter;
    if (wiki) {
      const embed = ref.original.startsWith("!") ? "!" : "";
      const bar = ref.original.indexOf("|");
      const alias = bar === -1 ? "" : ref.original.slice(bar, ref.original.lastIndexOf("]]"));
      return `${embed}[[${this.metadataCache.fileToLinktext(dest, sourcePath, true)}${subpath}${alias}]]`;
    }
    const embed = ref.original.startsWith("!") ? "!" : "";
    return `${embed}[${ref.displayText ?? ""}](${encodeURI(dest.path)}${subpath})`;
  }
}

/**
 * Obsidian's processFrontMatter on text: parse, let fn mutate, dump, keep everything after the
 * closing fence byte for byte. Returns null when nothing needs writing (no frontmatter and fn added
 * none). Throws on broken YAML, as Obsidian does.
 */
export function rewriteFrontMatter(content: string, fn: (frontmatter: any) => void): string | null {
  const info = getFrontMatterInfo(content);
  let data: Record<string, unknown> = {};
  if (info.exists) {
    const parsed: unknown = parseYaml(info.frontmatter);
    if (parsed !== null && parsed !== undefined) {
      if (typeof parsed !== "object" || Array.isArray(parsed)) throw new Error("Frontmatter is not a YAML mapping");
      data = parsed as Record<string, unknown>;
    }
  }
  fn(data);
  const empty = Object.keys(data).length === 0;
  const yamlText = empty ? "" : stringifyYaml(data);
  if (info.exists) return content.slice(0, info.from) + yamlText + content.slice(info.to);
  if (empty) return null;
  return `---\n${yamlText}---\n${content}`;
}
