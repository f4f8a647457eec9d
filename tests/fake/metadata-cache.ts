// MetadataCache. Like Obsidian, indexing is asynchronous: after a write, getFileCache still returns
// the old cache until 'changed' fires on a later macrotask. Then 'resolve' fires per file and
// 'resolved' once the queue is empty. Files present at start are indexed already (Obsidian's
// persisted cache), and 'resolved' fires after the layout becomes ready. Indexing runs on the real
// timer captured at import, so vi.useFakeTimers() does not freeze it.
import type * as O from "obsidian";
import { Events } from "./events";
import { TFile } from "./files";
import { computeCache } from "./markdown-parse";
import { extensionOf, joinPath, parentPath, stripExtension } from "./path";
import type { Vault } from "./vault";

const realSetTimeout: typeof setTimeout = globalThis.setTimeout.bind(globalThis);

/** Delay before a changed file is indexed, in ms of real time. */
export const INDEX_DELAY_MS = 5;

export class MetadataCache extends Events implements O.MetadataCache {
  resolvedLinks: Record<string, Record<string, number>> = {};
  unresolvedLinks: Record<string, Record<string, number>> = {};
  /** Test helper: false until the first 'resolved' after startup. */
  initialized = false;

  private readonly caches = new Map<string, O.CachedMetadata>();
  private readonly pending = new Map<string, { file: TFile; data: string }>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private idleWaiters: (() => void)[] = [];
  private resolvedPending = false;

  constructor(private readonly vault: Vault) {
    super();
    vault.hooks = {
      changed: (file, data) => this.enqueue(file, data),
      deleted: (file) => this.onDeleted(file),
      renamed: (file, oldPath) => this.onRenamed(file, oldPath),
    };
  }

  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    return resolveLinkpath(this.vault, linkpath, sourcePath);
  }

  getFileCache(file: O.TFile): O.CachedMetadata | null {
    return this.getCache(file.path);
  }

  getCache(path: string): O.CachedMetadata | null {
    return this.caches.get(path) ?? null;
  }

  fileToLinktext(file: O.TFile, sourcePath: string, omitMdExtension = true): string {
    const name = omitMdExtension && file.extension === "md" ? file.basename : file.name;
    const dest = this.getFirstLinkpathDest(name, sourcePath);
    if (dest === file) return name;
    return omitMdExtension && file.extension === "md" ? stripExtension(file.path) : file.path;
  }

  // ---------------------------------------------------------------- test helpers

  /** Indexes a file synchronously with no event (startup state). Call refreshLinks() after a batch. */
  indexNow(file: TFile, data: string, refreshLinks = true): void {
    if (file.extension === "md") this.caches.set(file.path, computeCache(data));
    if (refreshLinks) this.recomputeLinks();
  }

  /** Recomputes resolvedLinks / unresolvedLinks from the current caches. */
  refreshLinks(): void {
    this.recomputeLinks();
  }

  /** Resolves when every pending change has been indexed and 'resolved' has fired. */
  whenIdle(): Promise<void> {
    if (this.pending.size === 0 && this.timer === null && !this.resolvedPending) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  isIdle(): boolean {
    return this.pending.size === 0 && this.timer === null && !this.resolvedPending;
  }

  /** Fires 'resolved' on a later macrotask (used at layout ready). */
  scheduleResolved(): void {
    this.resolvedPending = true;
    this.schedule();
  }

  // ---------------------------------------------------------------- internals

  private enqueue(file: TFile, data: string): void {
    this.pending.set(file.path, { file, data });
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== null) return;
    this.timer = realSetTimeout(() => this.flush(), INDEX_DELAY_MS);
  }

  private flush(): void {
    this.timer = null;
    const batch = [...this.pending.values()];
    this.pending.clear();
    const indexed: TFile[] = [];
    for (const { file, data } of batch) {
      if (this.vault.getFileByPath(file.path) !== file) continue; // deleted or renamed meanwhile
      if (file.extension !== "md") continue;
      const cache = computeCache(data);
      this.caches.set(file.path, cache);
      indexed.push(file);
      this.trigger("changed", file, data, cache);
    }
    this.recomputeLinks();
    for (const f of indexed) this.trigger("resolve", f);
    if (this.pending.size > 0) {
      this.schedule();
      return;
    }
    if (indexed.length > 0 || this.resolvedPending) {
      this.resolvedPending = false;
      this.initialized = true;
      this.trigger("resolved");
    }
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private onDeleted(file: TFile): void {
    const prev = this.caches.get(file.path) ?? null;
    this.caches.delete(file.path);
    this.pending.delete(file.path);
    delete this.resolvedLinks[file.path];
    delete this.unresolvedLinks[file.path];
    this.trigger("deleted", file, prev);
    this.recomputeLinks();
  }

  private onRenamed(file: TFile, oldPath: string): void {
    const c = this.caches.get(oldPath);
    this.caches.delete(oldPath);
    if (c) this.caches.set(file.path, c);
    const p = this.pending.get(oldPath);
    if (p) {
      this.pending.delete(oldPath);
      this.pending.set(file.path, p);
    }
    this.recomputeLinks();
  }

  private recomputeLinks(): void {
    const resolved: Record<string, Record<string, number>> = {};
    const unresolved: Record<string, Record<string, number>> = {};
    for (const file of this.vault.getMarkdownFiles()) {
      const cache = this.caches.get(file.path);
      const r: Record<string, number> = {};
      const u: Record<string, number> = {};
      const refs = [...(cache?.links ?? []), ...(cache?.embeds ?? []), ...(cache?.frontmatterLinks ?? [])];
      for (const ref of refs) {
        const linkpath = getLinkpath(ref.link);
        if (linkpath === "") continue;
        const dest = this.getFirstLinkpathDest(linkpath, file.path);
        if (dest) r[dest.path] = (r[dest.path] ?? 0) + 1;
        else u[linkpath] = (u[linkpath] ?? 0) + 1;
      }
      resolved[file.path] = r;
      unresolved[file.path] = u;
    }
    this.resolvedLinks = resolved;
    this.unresolvedLinks = unresolved;
  }
}

/** "Note#Heading" -> "Note"; "Note^block" → "Note" (Obsidian's getLinkpath). */
export function getLinkpath(linktext: string): string {
  return parseLinktext(linktext).path;
}

export function parseLinktext(linktext: string): { path: string; subpath: string } {
  const i = linktext.search(/[#^]/);
  if (i === -1) return { path: linktext, subpath: "" };
  return { path: linktext.slice(0, i), subpath: linktext.slice(i) };
}

interface LinkIndex {
  version: number;
  byPath: Map<string, TFile>;
  byName: Map<string, TFile[]>;
}

const linkIndexes = new WeakMap<Vault, LinkIndex>();

function linkIndex(vault: Vault): LinkIndex {
  const cached = linkIndexes.get(vault);
  if (cached && cached.version === vault.treeVersion) return cached;
  const index: LinkIndex = { version: vault.treeVersion, byPath: new Map(), byName: new Map() };
  for (const f of vault.getFiles()) {
    const p = f.path.toLowerCase();
    if (!index.byPath.has(p) || f.path === p) index.byPath.set(p, f);
    const n = f.name.toLowerCase();
    const list = index.byName.get(n);
    if (list) list.push(f);
    else index.byName.set(n, [f]);
  }
  linkIndexes.set(vault, index);
  return index;
}

/**
 * Obsidian's link resolution: a path with a folder matches that path (relative to the source's
 * folder first, then from the root); a bare name matches by file name, preferring the source's
 * folder, then the shortest path. ".md" may be left off. Case-insensitive.
 */
export function resolveLinkpath(vault: Vault, linkpath: string, sourcePath: string): TFile | null {
  const lp = linkpath.trim().replace(/^\/+/, "");
  if (lp === "") return vault.getFileByPath(sourcePath);
  const candidates = extensionOf(lp.split("/").pop() ?? "") ? [lp, `${lp}.md`] : [`${lp}.md`, lp];
  const index = linkIndex(vault);
  const byPath = (p: string): TFile | null => vault.getFileByPath(p) ?? index.byPath.get(p.toLowerCase()) ?? null;
  if (lp.includes("/")) {
    const folder = parentPath(sourcePath);
    for (const c of candidates) {
      const rel = byPath(joinPath(folder, c).replace(/^\//, ""));
      if (rel) return rel;
    }
    for (const c of candidates) {
      const abs = byPath(c);
      if (abs) return abs;
    }
    // A partial path matches the end of a full path.
    for (const c of candidates) {
      const suffix = `/${c.toLowerCase()}`;
      const hits = (index.byName.get(baseNameOf(c).toLowerCase()) ?? []).filter((f) => f.path.toLowerCase().endsWith(suffix));
      if (hits.length > 0) return shortest(hits);
    }
    return null;
  }
  for (const c of candidates) {
    const hits = index.byName.get(c.toLowerCase());
    if (!hits || hits.length === 0) continue;
    const folder = parentPath(sourcePath);
    const same = hits.find((f) => parentPath(f.path) === folder);
    return same ?? shortest(hits);
  }
  return null;
}

function baseNameOf(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function shortest(files: TFile[]): TFile {
  return files.slice().sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path))[0];
}
