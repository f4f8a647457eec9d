// Vault over an in-memory disk. Follows Obsidian: create/createFolder refuse existing paths, create
// needs the parent folder to exist, every write fires 'modify' before its promise resolves, rename
// keeps the same TFile object and fires 'rename'(file, oldPath) (for a folder also for everything in
// it), delete fires 'delete' for children first. Dot-paths (".obsidian/…") are not in the tree.
import type * as O from "obsidian";
import { type AdapterChange, type DiskData, FileSystemAdapter, InMemoryAdapter, MemoryDisk, asBytes, asText, byteLength, enoent, toArrayBuffer } from "./adapter";
import { Events } from "./events";
import { TAbstractFile, TFile, TFolder } from "./files";
import { isHiddenPath, joinPath, normalizePath, parentPath } from "./path";

/** Characters Obsidian refuses in a file or folder name. */
const FORBIDDEN_NAME = /[*"\\<>:|?]/;

export interface VaultHooks {
  changed(file: TFile, data: string): void;
  deleted(file: TFile): void;
  renamed(file: TFile, oldPath: string): void;
}

export interface WriteRecord {
  op: "create" | "modify" | "delete" | "rename" | "createFolder" | "trash";
  path: string;
  oldPath?: string;
  /** True when it came from outside the app (simulated sync or adapter write). */
  external?: boolean;
}

export class Vault extends Events implements O.Vault {
  readonly disk: MemoryDisk;
  adapter: InMemoryAdapter;
  configDir = ".obsidian";
  /** Test helper: every change made to visible files, in order. */
  readonly writeLog: WriteRecord[] = [];
  /** Internal: the metadata cache listens here (not through public events). */
  hooks: VaultHooks | null = null;
  /** Internal: bumped whenever a path appears, disappears or moves (link index cache key). */
  treeVersion = 0;

  private readonly fileMap = new Map<string, TAbstractFile>();
  private readonly root: TFolder;
  private name: string;

  constructor(name = "Test Vault", now: () => number = () => Date.now()) {
    super();
    this.name = name;
    this.disk = new MemoryDisk(now);
    this.adapter = new InMemoryAdapter(this.disk, () => this.name);
    this.adapter.onChange = (c) => this.onAdapterChange(c);
    this.root = new TFolder(this, "/");
    this.fileMap.set("/", this.root);
  }

  getName(): string {
    return this.name;
  }

  /** Test helper (AppOptions.basePath): the adapter becomes a FileSystemAdapter over `basePath`. */
  useFileSystem(basePath: string): void {
    this.adapter = new FileSystemAdapter(this.disk, () => this.name, basePath);
    this.adapter.onChange = (c) => this.onAdapterChange(c);
  }

  getFileByPath(path: string): TFile | null {
    const f = this.fileMap.get(path);
    return f instanceof TFile ? f : null;
  }

  getFolderByPath(path: string): TFolder | null {
    const f = this.fileMap.get(path);
    return f instanceof TFolder ? f : null;
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.fileMap.get(path) ?? null;
  }

  getRoot(): TFolder {
    return this.root;
  }

  async create(path: string, data: string, options?: O.DataWriteOptions): Promise<TFile> {
    return this.createAny(path, data, options);
  }

  async createBinary(path: string, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<TFile> {
    return this.createAny(path, new Uint8Array(data), options);
  }

  async createFolder(path: string): Promise<TFolder> {
    const p = normalizePath(path);
    checkName(p);
    if (this.disk.get(p)) throw new Error("Folder already exists.");
    const made = this.disk.mkdirp(p);
    for (const m of made) {
      this.attachFromDisk(m);
      this.log({ op: "createFolder", path: m });
      this.trigger("create", this.fileMap.get(m));
    }
    return this.getFolderByPath(p)!;
  }

  async read(file: TFile): Promise<string> {
    return asText(this.fileEntry(file).data);
  }

  async cachedRead(file: TFile): Promise<string> {
    return this.read(file);
  }

  async readBinary(file: TFile): Promise<ArrayBuffer> {
    return toArrayBuffer(asBytes(this.fileEntry(file).data));
  }

  getResourcePath(file: TFile): string {
    return `${this.adapter.getResourcePath(file.path)}?${file.stat.mtime}`;
  }

  async delete(file: TAbstractFile, force?: boolean): Promise<void> {
    this.ensureLive(file);
    if (file instanceof TFolder && file.children.length > 0 && !force) {
      throw new Error(`ENOTEMPTY: directory not empty, rmdir '${file.path}'`);
    }
    this.removeTree(file, "delete");
  }

  async trash(file: TAbstractFile, system: boolean): Promise<void> {
    this.ensureLive(file);
    if (!system) {
      // Local trash: ".trash/<name>", hidden from the vault like in Obsidian.
      this.disk.mkdirp(".trash");
      let dest = joinPath(".trash", file.name);
      for (let i = 1; this.disk.get(dest); i++) dest = joinPath(".trash", `${file.name} ${i}`);
      const copy = [file.path, ...(file instanceof TFolder ? this.disk.descendants(file.path) : [])];
      for (const k of copy) {
        const e = this.disk.get(k)!;
        this.disk.entries.set(dest + k.slice(file.path.length), e);
      }
    }
    this.removeTree(file, "trash");
  }

  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    this.ensureLive(file);
    const to = normalizePath(newPath);
    checkName(to);
    const from = file.path;
    if (to === from) return;
    const existing = this.disk.get(to);
    if (existing && from.toLowerCase() !== to.toLowerCase()) throw new Error("Destination file already exists!");
    if (!this.disk.isFolder(parentPath(to))) throw enoent(to, "rename");
    this.disk.move(from, to);
    this.moveInTree(file, to, false);
  }

  async modify(file: TFile, data: string, options?: O.DataWriteOptions): Promise<void> {
    this.writeExisting(file, data, options);
  }

  async modifyBinary(file: TFile, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<void> {
    this.writeExisting(file, new Uint8Array(data), options);
  }

  async append(file: TFile, data: string, options?: O.DataWriteOptions): Promise<void> {
    this.writeExisting(file, asText(this.fileEntry(file).data) + data, options);
  }

  async appendBinary(file: TFile, data: ArrayBuffer, options?: O.DataWriteOptions): Promise<void> {
    const before = asBytes(this.fileEntry(file).data);
    const add = new Uint8Array(data);
    const out = new Uint8Array(before.length + add.length);
    out.set(before);
    out.set(add, before.length);
    this.writeExisting(file, out, options);
  }

  /** Atomic: read, fn and write happen with nothing in between. */
  async process(file: TFile, fn: (data: string) => string, options?: O.DataWriteOptions): Promise<string> {
    const current = asText(this.fileEntry(file).data);
    const next = fn(current);
    if (typeof next !== "string") throw new TypeError("Vault.process: fn must return a string");
    this.writeExisting(file, next, options);
    return next;
  }

  async copy<T extends O.TAbstractFile>(file: T, newPath: string): Promise<T> {
    const src = file as unknown as TAbstractFile;
    this.ensureLive(src);
    const to = normalizePath(newPath);
    if (this.disk.get(to)) throw new Error("File already exists.");
    if (src instanceof TFile) {
      return (await this.createAny(to, this.fileEntry(src).data)) as unknown as T;
    }
    const folder = await this.createFolder(to);
    for (const child of (src as TFolder).children.slice()) await this.copy(child, joinPath(to, child.name));
    return folder as unknown as T;
  }

  getAllLoadedFiles(): TAbstractFile[] {
    return [...this.fileMap.values()];
  }

  getAllFolders(includeRoot?: boolean): TFolder[] {
    return [...this.fileMap.values()].filter((f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()));
  }

  static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => any): void {
    const stack: TAbstractFile[] = [root];
    while (stack.length > 0) {
      const f = stack.pop()!;
      cb(f);
      if (f instanceof TFolder) stack.push(...f.children);
    }
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === "md");
  }

  getFiles(): TFile[] {
    return [...this.fileMap.values()].filter((f): f is TFile => f instanceof TFile);
  }

  // ---------------------------------------------------------------- test helpers

  /** Adds files without any event, as if they were on disk when the app started. */
  seed(files: Record<string, DiskData>): void {
    for (const [raw, data] of Object.entries(files)) {
      const path = normalizePath(raw);
      for (const m of this.disk.mkdirp(parentPath(path))) this.attachFromDisk(m);
      this.disk.write(path, data);
      if (!isHiddenPath(path)) {
        if (this.fileMap.has(path)) this.refreshStat(this.fileMap.get(path) as TFile);
        else this.attachFromDisk(path);
      }
    }
  }

  /** Text of a file, synchronously, for assertions. Throws if it does not exist. */
  contentOf(path: string): string {
    const e = this.disk.get(path);
    if (!e || e.kind !== "file") throw enoent(path);
    return asText(e.data);
  }

  /** Every visible text file and its content. */
  snapshot(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const f of this.getFiles().sort((a, b) => a.path.localeCompare(b.path))) out[f.path] = this.contentOf(f.path);
    return out;
  }

  /** A change arriving from outside (a sync, git, another editor): creates or modifies, with events. */
  externalWrite(path: string, data: DiskData, options?: O.DataWriteOptions): TFile {
    const p = normalizePath(path);
    for (const m of this.disk.mkdirp(parentPath(p))) this.onAdapterChange({ type: "mkdir", path: m });
    this.disk.write(p, data, options);
    this.onAdapterChange({ type: "write", path: p });
    return this.getFileByPath(p)!;
  }

  /** A file or folder removed from outside the app. */
  externalDelete(path: string): void {
    const p = normalizePath(path);
    if (!this.disk.get(p)) throw enoent(p, "unlink");
    this.disk.delete(p);
    this.onAdapterChange({ type: "delete", path: p });
  }

  /** A file or folder renamed from outside the app. */
  externalRename(from: string, to: string): void {
    const a = normalizePath(from);
    const b = normalizePath(to);
    for (const m of this.disk.mkdirp(parentPath(b))) this.onAdapterChange({ type: "mkdir", path: m });
    this.disk.move(a, b);
    this.onAdapterChange({ type: "rename", path: b, oldPath: a });
  }

  // ---------------------------------------------------------------- internals

  private async createAny(path: string, data: DiskData, options?: O.DataWriteOptions): Promise<TFile> {
    const p = normalizePath(path);
    checkName(p);
    if (this.disk.get(p) || this.disk.findInsensitive(p)) throw new Error("File already exists.");
    this.disk.write(p, data, options);
    const file = this.attachFromDisk(p) as TFile;
    this.log({ op: "create", path: p });
    this.trigger("create", file);
    this.hooks?.changed(file, asText(data));
    return file;
  }

  private writeExisting(file: TFile, data: DiskData, options?: O.DataWriteOptions): void {
    this.ensureLive(file);
    this.disk.write(file.path, data, options);
    this.refreshStat(file);
    this.log({ op: "modify", path: file.path });
    this.trigger("modify", file);
    this.hooks?.changed(file, asText(data));
  }

  private fileEntry(file: TFile): Extract<ReturnType<MemoryDisk["get"]>, { kind: "file" }> {
    const e = this.disk.get(file.path);
    if (!e || e.kind !== "file" || this.fileMap.get(file.path) !== file) throw enoent(file.path);
    return e;
  }

  private ensureLive(file: TAbstractFile): void {
    if (this.fileMap.get(file.path) !== file) throw enoent(file.path);
  }

  private refreshStat(file: TFile): void {
    const e = this.disk.get(file.path);
    if (e?.kind === "file") file.stat = { ctime: e.ctime, mtime: e.mtime, size: byteLength(e.data) };
  }

  /** Creates the tree object for a path already on disk and links it to its parent. */
  private attachFromDisk(path: string): TAbstractFile {
    const e = this.disk.get(path)!;
    const obj = e.kind === "folder" ? new TFolder(this, path) : new TFile(this, path);
    const parent = this.fileMap.get(parentPath(path)) as TFolder;
    this.treeVersion++;
    obj.parent = parent;
    parent.children.push(obj);
    this.fileMap.set(path, obj);
    if (obj instanceof TFile) this.refreshStat(obj);
    return obj;
  }

  private removeTree(file: TAbstractFile, op: "delete" | "trash", external = false): void {
    const order: TAbstractFile[] = [];
    const walk = (f: TAbstractFile): void => {
      if (f instanceof TFolder) for (const c of f.children.slice()) walk(c);
      order.push(f);
    };
    walk(file);
    this.treeVersion++;
    this.disk.delete(file.path);
    file.parent?.children.splice(file.parent.children.indexOf(file), 1);
    for (const f of order) {
      this.fileMap.delete(f.path);
      this.log({ op, path: f.path, external: external || undefined });
      this.trigger("delete", f);
      if (f instanceof TFile) this.hooks?.deleted(f);
    }
    file.parent = null;
  }

  private moveInTree(file: TAbstractFile, to: string, external: boolean): void {
    const from = file.path;
    const oldParent = file.parent!;
    oldParent.children.splice(oldParent.children.indexOf(file), 1);
    const moved: [TAbstractFile, string][] = [];
    const walk = (f: TAbstractFile): void => {
      moved.push([f, f.path]);
      if (f instanceof TFolder) for (const c of f.children) walk(c);
    };
    walk(file);
    this.treeVersion++;
    for (const [f, old] of moved) {
      this.fileMap.delete(old);
      f._setPath(to + old.slice(from.length));
      this.fileMap.set(f.path, f);
    }
    const newParent = this.fileMap.get(parentPath(to)) as TFolder;
    file.parent = newParent;
    newParent.children.push(file);
    for (const [f, old] of moved) {
      this.log({ op: "rename", path: f.path, oldPath: old, external: external || undefined });
      this.trigger("rename", f, old);
      if (f instanceof TFile) this.hooks?.renamed(f, old);
    }
  }

  private onAdapterChange(c: AdapterChange): void {
    if (c.type === "rename") {
      const obj = this.fileMap.get(c.oldPath);
      if (obj && !isHiddenPath(c.path)) {
        this.moveInTree(obj, c.path, true);
        return;
      }
      if (obj) {
        // Moved out of sight: a delete for the vault.
        this.onAdapterChange({ type: "delete", path: c.oldPath });
        return;
      }
      this.onAdapterChange({ type: "write", path: c.path });
      return;
    }
    if (c.type === "delete") {
      const obj = this.fileMap.get(c.path);
      if (!obj) return;
      // The disk entry is already gone; rebuild the order from the tree.
      const order: TAbstractFile[] = [];
      const walk = (f: TAbstractFile): void => {
        if (f instanceof TFolder) for (const ch of f.children.slice()) walk(ch);
        order.push(f);
      };
      walk(obj);
      this.treeVersion++;
      obj.parent?.children.splice(obj.parent.children.indexOf(obj), 1);
      for (const f of order) {
        this.fileMap.delete(f.path);
        this.log({ op: "delete", path: f.path, external: true });
        this.trigger("delete", f);
        if (f instanceof TFile) this.hooks?.deleted(f);
      }
      obj.parent = null;
      return;
    }
    if (isHiddenPath(c.path)) return;
    const e = this.disk.get(c.path);
    if (!e) return;
    for (const m of ancestorsMissing(this.fileMap, c.path)) {
      this.attachFromDisk(m);
      this.log({ op: "createFolder", path: m, external: true });
      this.trigger("create", this.fileMap.get(m));
    }
    const existing = this.fileMap.get(c.path);
    if (existing instanceof TFile) {
      this.refreshStat(existing);
      this.log({ op: "modify", path: c.path, external: true });
      this.trigger("modify", existing);
      this.hooks?.changed(existing, asText((e as { data: DiskData }).data));
      return;
    }
    if (existing) return;
    const obj = this.attachFromDisk(c.path);
    this.log({ op: e.kind === "folder" ? "createFolder" : "create", path: c.path, external: true });
    this.trigger("create", obj);
    if (obj instanceof TFile) this.hooks?.changed(obj, asText((e as { data: DiskData }).data));
  }

  private log(r: WriteRecord): void {
    if (r.external === undefined) delete r.external;
    this.writeLog.push(r);
  }
}

function ancestorsMissing(map: Map<string, TAbstractFile>, path: string): string[] {
  const out: string[] = [];
  let p = parentPath(path);
  while (p !== "/" && !map.has(p)) {
    out.unshift(p);
    p = parentPath(p);
  }
  return out;
}

function checkName(path: string): void {
  for (const seg of path.split("/")) {
    if (FORBIDDEN_NAME.test(seg)) throw new Error(`File name cannot contain any of the following characters: * " \\ / < > : | ?`);
  }
}
